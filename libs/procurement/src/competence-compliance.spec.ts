import type { CompetenceFact, CompetenceRule } from '@attesta/personnel';
import type { ServiceLevelReport } from '@attesta/service-levels';
import { describe, expect, it } from 'vitest';
import { applyCompetence } from './competence-compliance.js';
import type { ComplianceReport, PublicAttestation } from './compliance.js';
import { applyServiceLevels, reliedOn } from './service-level-compliance.js';

const now = new Date('2026-06-01T12:00:00Z');
const report = (overall: ComplianceReport['overall']): ComplianceReport => ({
  overall,
  requirements: [],
  drift: [],
  notices: [],
  evaluatedAt: now.toISOString(),
  basis: { attestations: [] },
});
const rule: CompetenceRule = { minPeople: 1, scheme: 'Remote diagnostics technician', levels: ['L2'], market: 'VN' };
const technician = (validUntil: string | null): CompetenceFact => ({
  personNo: 1,
  markets: ['VN'],
  timeZones: ['Asia/Ho_Chi_Minh'],
  scheme: 'Remote diagnostics technician',
  level: 'L2',
  validFrom: '2025-01-01',
  validUntil,
  machineFamilies: [],
  deviceModels: [],
  serviceTypes: [],
});
const held = [technician('2027-06-01')];
const endingSoon = [technician('2026-06-20')];

describe(applyCompetence.name, () => {
  it('makes the report non-compliant when a competence rule is not met, whatever the frameworks say', () => {
    const r = applyCompetence(report('compliant'), [rule], [], now);
    expect(r.competence).toEqual([expect.objectContaining({ result: 'not_met' })]);
    expect(r.overall).toBe('non_compliant');
    expect(applyCompetence(report('compliant_expiring'), [rule], [], now).overall).toBe('non_compliant');
  });

  it('lowers a compliant report to compliant_expiring for an expiring rule, and never raises a non-compliant one', () => {
    expect(applyCompetence(report('compliant'), [rule], endingSoon, now)).toMatchObject({
      overall: 'compliant_expiring',
      competence: [{ result: 'expiring' }],
    });
    expect(applyCompetence(report('non_compliant'), [rule], endingSoon, now).overall).toBe('non_compliant');
    expect(applyCompetence(report('non_compliant'), [rule], held, now).overall).toBe('non_compliant');
    expect(applyCompetence(report('compliant'), [rule], held, now).overall).toBe('compliant');
  });
});

describe(applyServiceLevels.name, () => {
  const levels = (result: ServiceLevelReport['result']): ServiceLevelReport => ({ result, atRisk: false, criteria: [] });

  it('makes the report non-compliant unless every service-level criterion is met', () => {
    expect(applyServiceLevels(report('compliant'), levels('met')).overall).toBe('compliant');
    for (const result of ['not_met', 'unknown'] as const) {
      expect(applyServiceLevels(report('compliant'), levels(result))).toMatchObject({ overall: 'non_compliant', serviceLevels: { result } });
    }
  });

  it('lets service levels answer only from attestations that are active now, their validity begun', () => {
    const a = (id: string, status: PublicAttestation['status'], validFrom = '2026-01-01T00:00:00Z') =>
      ({ id, status, validFrom, frameworks: [{ id: 'fw', code: 'dser' }] }) as PublicAttestation;
    expect(reliedOn([a('a1', 'active'), a('a2', 'suspended'), a('a3', 'superseded')], now).map((x) => x.active)).toEqual([true, false, false]);
    // Dated ahead: attests nothing until its validFrom, from that instant on.
    const ahead = a('a4', 'active', '2026-06-01T12:00:01Z');
    expect(reliedOn([ahead], now)[0]!.active).toBe(false);
    expect(reliedOn([ahead], new Date('2026-06-01T12:00:01Z'))[0]!.active).toBe(true);
  });
});
