import type { INestApplication } from '@nestjs/common';
import { frameworksWithCodes } from '@attesta/catalog';
import { Db, scopeOf, type UserActor } from '@attesta/core';
import { ProcurementService } from '@attesta/procurement';
import { MappingCollectionsService, RecognitionRulesService } from '@attesta/recognition';
import { WorkspacesService } from '@attesta/workspaces';
import { randomUUID } from 'node:crypto';

type Doc = {
  'mapping-collection': { uuid: string; metadata: Record<string, unknown>; provenance: Record<string, unknown>; mappings: Record<string, unknown>[] };
};

/**
 * Mutual recognition on the demo (ILLUSTRATIVE, not legal advice): the Thai procurement office
 * takes the built-in DSER → ISO/IEC 20000-1 crosswalk as its own mapping collection, approves it,
 * and states a rule — "in TH, attestations against the DSER baseline from a body accredited under
 * the GAC MRA are accepted as meeting ISO/IEC 20000-1, with the residual gaps listed". The demo
 * workspace's pathway for TH then shows ISO/IEC 20000-1 as "accept with residual gaps", and a
 * second tender asking for ISO/IEC 20000-1 "or a recognised equivalent in TH" gets a compliant
 * bid through that mapping.
 */
export async function seedDemoRecognition(app: INestApplication, owners: { manufacturer: UserActor; procurer: UserActor }): Promise<void> {
  const { manufacturer, procurer } = owners;
  const collections = app.get(MappingCollectionsService);
  const db = app.get(Db);
  const fw = await db.tx(scopeOf(procurer), (em) => frameworksWithCodes(em, ['attesta-dser', 'iso-iec-20000-1']));
  const dser = fw.find((f) => f.code === 'attesta-dser');
  const iso = fw.find((f) => f.code === 'iso-iec-20000-1');
  if (!dser || !iso) return;

  const builtIn = (await collections.exportCrosswalks(procurer, dser.id)) as unknown as Doc;
  const mc = builtIn['mapping-collection'];
  const pair = mc.mappings.find((m) => String((m['target-resource'] as { href: string }).href).endsWith(`${iso.code}@${iso.version}`));
  if (!pair) return;
  const doc: Doc = {
    'mapping-collection': {
      ...mc,
      uuid: randomUUID(),
      metadata: { ...mc.metadata, title: 'DSER baseline to ISO/IEC 20000-1 (procurement office review, illustrative)', version: '2026-1' },
      provenance: {
        ...mc.provenance,
        'mapping-description': 'The built-in crosswalk, reviewed by the procurement office for its tenders. Illustrative, not legal advice.',
        props: [{ name: 'mapped-by', ns: 'https://attesta.example/ns/oscal', value: 'Thai Industrial Estate Procurement Office (illustrative)' }],
      },
      mappings: [pair],
    },
  };
  const collection = await collections.importCollection(procurer, doc, { code: 'dser-to-iso-20000-1' });
  await collections.setApproval(procurer, collection.id, true);
  await app.get(RecognitionRulesService).create(procurer, {
    market: 'TH',
    sourceFrameworkId: dser.id,
    targetFrameworkId: iso.id,
    mappingCollectionId: collection.id,
    arrangements: ['GAC MRA'],
    acceptsResidualGaps: true,
    residualRequirements: 'A Thai-language service description of the service layers (illustrative).',
    title: 'TH accepts DSER attestations from GAC MRA-accredited bodies as ISO/IEC 20000-1 (illustrative, not legal advice)',
    illustrative: true,
  });

  const [ws] = (await app.get(WorkspacesService).list(manufacturer, { limit: 1 })).data;
  if (!ws) return;
  const offeringId = ws.workspace.offeringId;
  const rows = (await db.tx(scopeOf(manufacturer), (em) => em.query(`SELECT id, status FROM attestations_public(NULL, $1)`, [offeringId]))) as {
    id: string;
    status: string;
  }[];
  const active = rows.find((r) => r.status === 'active');
  if (!active) return;
  const procurement = app.get(ProcurementService);
  const tender = await procurement.createTender(procurer, {
    ocid: 'ocds-tiepo1-2026-0057',
    title: 'Remote O&M service for machining centres (ISO/IEC 20000-1 or a recognised equivalent in TH)',
    buyer: 'Thai Industrial Estate Procurement Office',
    deadline: new Date(Date.now() + 45 * 86400_000),
    requirements: [{ frameworkId: iso.id, minimumOutcome: 'conformant_with_conditions', orRecognisedIn: 'TH' }],
    markets: ['TH'],
    maxEvidenceAgeDays: 365,
    accreditedIssuersOnly: true,
  });
  await procurement.submitBid(manufacturer, tender.id, { offeringId, attestationIds: [active.id] });
}
