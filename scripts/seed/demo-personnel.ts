import type { INestApplication } from '@nestjs/common';
import { Db, scopeOf, type UserActor } from '@attesta/core';
import { PersonnelService } from '@attesta/personnel';

const DAY = 86_400_000;
const isoDay = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const SCHEME = 'Remote diagnostics technician (ISO/IEC 17024 scheme)';

/**
 * CloudOps Analytics' roster of remote technicians (the vendor running the PredictCare SaaS):
 * five people imported from CSV, serving VN, TH and MY, assigned to the SaaS component. One
 * certification ends in 21 days, so the expiring list, the expiry scan and a tender's competence
 * rule all have something to show; the demo workspace's roster shows pseudonyms to the assessor
 * and counts to the procurer.
 */
export async function seedDemoPersonnel(app: INestApplication, owners: { vendor: UserActor }): Promise<void> {
  const { vendor } = owners;
  const personnel = app.get(PersonnelService);
  const db = app.get(Db);
  const csv = [
    'internal_id,display_name,email,markets,time_zones,languages,remote_privileges,cert_scheme,cert_level,cert_issuing_body,cert_number,cert_valid_from,cert_valid_until,cert_machine_families,cert_service_types',
    `CO-0042,Nguyen Van An,an.nguyen@cloudops.demo,VN,Asia/Ho_Chi_Minh,vi;en,vpn;plc_read,${SCHEME},L3,VinaCert Personnel Certification,PC-2024-00917,${isoDay(-700)},${isoDay(21)},VMC-850,remote_diagnosis;predictive_maintenance`,
    `CO-0043,Tran Thi Binh,binh.tran@cloudops.demo,VN;MY,Asia/Ho_Chi_Minh,vi;en,vpn,${SCHEME},L2,VinaCert Personnel Certification,PC-2025-00133,${isoDay(-200)},${isoDay(900)},VMC-850,remote_diagnosis`,
    `CO-0051,Somchai Wongsakul,somchai.w@cloudops.demo,TH,Asia/Bangkok,th;en,vpn,${SCHEME},L2,Thai Professional Qualification Institute,TPQI-77120,${isoDay(-90)},${isoDay(1000)},VMC-850,remote_diagnosis`,
    `CO-0060,Lim Wei Ling,weiling.lim@cloudops.demo,MY;SG,Asia/Kuala_Lumpur,ms;en;zh,vpn;cloud_admin,Cloud O&M engineer,L2,CloudOps Academy,COA-5512,${isoDay(-30)},${isoDay(700)},,cloud_om`,
    `CO-0061,Ahmad Faiz,ahmad.faiz@cloudops.demo,MY,Asia/Kuala_Lumpur,ms;en,vpn,,,,,,,,`,
  ].join('\n');
  await personnel.importRoster(vendor, `${csv}\n`);

  // The SaaS component CloudOps provides in the demo offering: its people serve it.
  const [component] = (await db.tx(scopeOf(vendor), (em) =>
    em.query(`SELECT id, offering_id FROM offering_components WHERE provider_organization_id = $1 ORDER BY id LIMIT 1`, [vendor.organizationId]),
  )) as { id: string; offering_id: string }[];
  if (!component) return;
  const people = await personnel.listPeople(vendor, { limit: 50 });
  for (const p of people.data) await personnel.assign(vendor, p.id, { offeringId: component.offering_id, componentId: component.id });

  // The expiring certificate rests on the workspace's training record (uploaded through the evidence path).
  const [training] = (await db.tx(scopeOf(vendor), (em) => em.query(`SELECT id FROM evidence WHERE type = 'training_record' ORDER BY id LIMIT 1`))) as {
    id: string;
  }[];
  const an = people.data.find((p) => p.internalId === 'CO-0042');
  if (an && training) {
    await personnel.addCertification(vendor, an.id, {
      scheme: 'PredictCare field service training',
      level: 'Advanced',
      issuingBody: 'CloudOps Academy',
      number: 'COA-TR-2024-118',
      validFrom: isoDay(-340),
      validUntil: isoDay(25),
      machineFamilies: ['VMC-850'],
      deviceModels: [],
      serviceTypes: ['remote_diagnosis'],
      evidenceId: training.id,
    });
  }
  await personnel.expiryScan();
}

/**
 * The roster frozen with a demo submission before its attestation is issued (what the worker does
 * on `submission.created`; the seed does not wait for it), so the attestation's credential states
 * the competence summary. Idempotent; losing a race with the worker leaves the worker's snapshot.
 */
export async function freezeDemoRoster(app: INestApplication, manufacturer: UserActor, workspaceId: string, submissionNumber: number): Promise<void> {
  await app
    .get(PersonnelService)
    .freezeForSubmission(manufacturer.organizationId, workspaceId, submissionNumber)
    .catch(() => null);
}
