import type { INestApplication } from '@nestjs/common';
import { Db, scopeOf, type UserActor } from '@attesta/core';
import { ProcurementService } from '@attesta/procurement';
import { ServiceLevelsService } from '@attesta/service-levels';

const DAY = 86_400_000;

/**
 * PredictCare's service levels (docs/service-levels.md): a profile on the SaaS component
 * (availability 99.9 % monthly, time to restore ≤ 4 h, first response ≤ 30 min in ICT business
 * hours, data kept in VN/TH/SG), 90 days of daily availability measurements with one breach
 * (an outage 40 days ago that pulls that month below 99.9 % beyond the tolerance: a finding
 * draft for the assessor), and a tender asking availability ≥ 99.5 %, time to restore ≤ 8 h and
 * data residency including TH, which the manufacturer bids on: each requirement answered from
 * the profile with its margin, the bid flagged at risk by the measured breach.
 */
export async function seedDemoServiceLevels(app: INestApplication, owners: { manufacturer: UserActor; procurer: UserActor }): Promise<void> {
  const { manufacturer, procurer } = owners;
  const db = app.get(Db);
  const serviceLevels = app.get(ServiceLevelsService);
  const [saas] = (await db.tx(scopeOf(manufacturer), (em) =>
    em.query(`SELECT id, offering_id FROM offering_components WHERE service_category = 'predictive_maintenance' ORDER BY id LIMIT 1`),
  )) as { id: string; offering_id: string }[];
  if (!saas) return;
  await serviceLevels.createProfile(manufacturer, saas.offering_id, saas.id, {
    objectives: [
      { metric: 'availability', operator: '>=', target: 99.9, period: 'P1M', aggregation: 'mean', tolerance: 0.2 },
      { metric: 'time_to_restore', operator: '<=', target: 4, period: 'P1M', aggregation: 'max' },
      {
        metric: 'time_to_first_response',
        operator: '<=',
        target: 30,
        period: 'P1M',
        aggregation: 'p95',
        note: 'Within ICT business hours (Mon-Fri 08:00-17:00 ICT)',
      },
      { metric: 'support_hours', operator: '=', target: 'Mon-Fri 08:00-17:00 ICT' },
      { metric: 'data_residency', operator: 'in', target: ['VN', 'TH', 'SG'] },
    ],
    slaDocuments: [{ title: 'PredictCare SLA v3', uri: 'https://predictcare.demo/sla-v3.pdf' }],
  });

  // The procurer's tender: the SaaS layer's service levels, evidence and measurements up to a year old.
  const procurement = app.get(ProcurementService);
  const [attestation] = (await db.tx(scopeOf(manufacturer), (em) =>
    em.query(`SELECT id, frameworks FROM attestations WHERE offering_id = $1 AND status = 'active' ORDER BY issued_at DESC NULLS LAST, id DESC LIMIT 1`, [
      saas.offering_id,
    ]),
  )) as { id: string; frameworks: { id: string; code: string }[] }[];
  if (!attestation) return;
  const dser = attestation.frameworks.find((f) => f.code === 'attesta-dser') ?? attestation.frameworks[0]!;
  const tender = await procurement.createTender(procurer, {
    ocid: 'ocds-tiepo1-2026-0061',
    title: 'Predictive-maintenance service for the Rayong machining cluster',
    buyer: 'Thai Industrial Estate Procurement Office',
    deadline: new Date(Date.now() + 30 * DAY),
    requirements: [{ frameworkId: dser.id, minimumOutcome: 'conformant_with_conditions' }],
    markets: ['TH'],
    maxEvidenceAgeDays: 365,
    criteria: [
      {
        id: 'pm-saas-service-levels',
        title: 'Predictive-maintenance SaaS service levels',
        requirementGroups: [
          {
            id: 'pm-saas',
            description: 'Availability, restoration and data residency of the predictive-maintenance layer',
            requirements: [
              {
                id: 'availability',
                title: 'Monthly availability',
                metric: 'availability',
                serviceLayer: 'predictive_maintenance',
                minValue: 99.5,
                observationPeriod: 'P1M',
              },
              {
                id: 'time-to-restore',
                title: 'Time to restore service',
                metric: 'time_to_restore',
                serviceLayer: 'predictive_maintenance',
                maxValue: 8,
                unit: 'HUR',
              },
              {
                id: 'data-residency',
                title: 'Data kept within Thailand, Vietnam, Singapore or Malaysia',
                metric: 'data_residency',
                serviceLayer: 'predictive_maintenance',
                expectedValues: ['TH', 'VN', 'SG', 'MY'],
                setOperator: 'in',
              },
            ],
          },
        ],
      },
    ],
  });
  await procurement.submitBid(manufacturer, tender.id, { offeringId: saas.offering_id, attestationIds: [attestation.id] });

  // 90 daily windows ending yesterday; 40 days ago a 6-hour outage (75 %) pulls its month below the objective.
  const today = Math.floor(Date.now() / DAY) * DAY;
  const windows = Array.from({ length: 90 }, (_, i) => {
    const start = today - (90 - i) * DAY;
    const daysAgo = 90 - i;
    const value = daysAgo === 40 ? 75 : 99.9 + ((i * 37) % 10) / 100;
    return {
      periodStart: new Date(start).toISOString(),
      periodEnd: new Date(start + DAY).toISOString(),
      value,
      sampleCount: 1440,
      source: 'prometheus-blackbox',
    };
  });
  await serviceLevels.recordMeasurements(manufacturer, saas.offering_id, saas.id, 'availability', windows);
}
