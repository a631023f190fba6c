import type { INestApplication } from '@nestjs/common';
import { frameworksWithCodes } from '@attesta/catalog';
import { Db, MemberRole, OrganizationKind, scopeOf, type UserActor, systemScope } from '@attesta/core';
import { Confidentiality, EvidenceService, EvidenceType } from '@attesta/evidence';
import { ApiKeysService, InvitationsService, OrganizationsService, UserPreferencesService } from '@attesta/identity';
import { LOCALE_ENDONYMS, type Locale } from '@attesta/i18n';
import { ComponentKind, OfferingsService, ServiceCategory } from '@attesta/offerings';
import { WorkspacesService } from '@attesta/workspaces';
import { Readable } from 'node:stream';
import { seedDemoActionItems } from './demo-action-items.js';
import { demoPdf } from './demo-pdf.js';
import { seedDemoReview } from './demo-review.js';
import { seedDemoRecognition } from './demo-recognition.js';
import { seedDemoOscal } from './demo-oscal.js';
import { freezeDemoRoster, seedDemoPersonnel } from './demo-personnel.js';
import { seedDemoVersions } from './demo-versions.js';
import { seedDemoServiceLevels } from './demo-service-levels.js';
import { AccreditationsService, readTrustListFile, TrustListService } from '@attesta/accreditation';
import { AttestationsService } from '@attesta/attestations';
import { AuditCheckpointsService } from '@attesta/audit';
import { ProcurementService } from '@attesta/procurement';
import { ReviewsService, SubmissionsService } from '@attesta/reviews';

export interface SeedResult {
  created: boolean;
  logins: string[];
}

/** The demo password of every seeded account (a demo, not a secret). */
export const DEMO_PASSWORD = 'Attesta-Demo-2026!';

interface DemoOrg {
  key: 'manufacturer' | 'vendor' | 'assessor' | 'procurer' | 'body' | 'assessor2';
  name: string;
  kind: OrganizationKind;
  /** `locale`: the language on the user's profile (the portal and mail follow it); unset = the browser's. */
  owner: { email: string; name: string; locale?: Locale };
  members?: { email: string; name: string; role: MemberRole; locale?: Locale }[];
  accreditation?: { accreditationBody: string; accreditationNumber: string; accreditationScope: string };
}

export const DEMO_ORGS: DemoOrg[] = [
  {
    key: 'manufacturer',
    name: 'Hanoi Precision Machines JSC',
    kind: OrganizationKind.Manufacturer,
    owner: { email: 'lan@hpm.demo', name: 'Lan Nguyen' },
    members: [{ email: 'quang@hpm.demo', name: 'Quang Le', role: MemberRole.Member, locale: 'vi' }],
  },
  { key: 'vendor', name: 'CloudOps Analytics Pte Ltd', kind: OrganizationKind.ServiceVendor, owner: { email: 'wei@cloudops.demo', name: 'Wei Tan' } },
  {
    key: 'assessor',
    name: 'ASEAN Digital Conformity Services',
    kind: OrganizationKind.Assessor,
    owner: { email: 'somchai@adcs.demo', name: 'Somchai Prasert' },
    members: [{ email: 'mai@adcs.demo', name: 'Mai Pham', role: MemberRole.Member, locale: 'vi' }],
    accreditation: {
      accreditationBody: 'BoA — Bureau of Accreditation (Viet Nam)',
      accreditationNumber: 'VICAS 210',
      accreditationScope: 'ISO/IEC 17065 certification of digital and remote services for industrial equipment',
    },
  },
  {
    key: 'procurer',
    name: 'Thai Industrial Estate Procurement Office',
    kind: OrganizationKind.Procurer,
    owner: { email: 'anong@tiepo.demo', name: 'Anong Chaiyaporn' },
  },
  // The accreditation body's own tenant, linked by the operator to its trust-list entry: it verified the demo assessor.
  {
    key: 'body',
    name: 'Bureau of Accreditation (BoA)',
    kind: OrganizationKind.AccreditationBody,
    owner: { email: 'hoa@boa.demo', name: 'Hoa Tran', locale: 'zh-CN' },
  },
  // A second assessor that only declared its accreditation: shown "declared, not verified", not accepted by accredited-only tenders.
  {
    key: 'assessor2',
    name: 'Mekong Conformity Partners',
    kind: OrganizationKind.Assessor,
    owner: { email: 'dara@mekong.demo', name: 'Dara Sok', locale: 'th' },
    accreditation: { accreditationBody: 'NSC-ONAC (Thailand)', accreditationNumber: 'CB-0815', accreditationScope: 'ISO/IEC 17065 digital services' },
  },
];

/**
 * Accreditations of the demo: the demo assessor declares its BoA accreditation and the
 * BoA tenant (linked to the trust-list entry by the operator) confirms it; the second
 * assessor's record stays declared. The trust list comes from the seed step (the
 * illustrative file); it is loaded here too when the database lacks it.
 */
async function seedAccreditations(app: INestApplication, owners: Record<DemoOrg['key'], UserActor>): Promise<void> {
  const trustList = app.get(TrustListService);
  const accreditations = app.get(AccreditationsService);
  if (!(await trustList.list()).some((b) => b.code === 'boa-vn')) await trustList.seed(readTrustListFile());
  const bodies = await trustList.list();
  const boa = bodies.find((b) => b.code === 'boa-vn')!;
  const onac = bodies.find((b) => b.code === 'nsc-onac-th') ?? boa;
  await trustList.link(boa.id, owners.body.organizationId);
  const verified = await accreditations.declare(owners.assessor, {
    bodyId: boa.id,
    number: 'VICAS 210',
    standard: 'ISO/IEC 17065',
    scope: {
      frameworkCodes: ['attesta-dser', 'iso-iec-27001'],
      markets: ['VN', 'TH', 'MY'],
      serviceCategories: [ServiceCategory.PredictiveMaintenance, ServiceCategory.RemoteQualityInspection, ServiceCategory.CloudOm],
    },
    validFrom: '2025-01-01',
    validUntil: '2029-12-31',
  });
  await accreditations.confirmByBody(owners.body, verified.accreditation.id, 'Matches the BoA register entry VICAS 210 (scope annex rev. 4)');
  await accreditations.declare(owners.assessor2, {
    bodyId: onac.id,
    number: 'CB-0815',
    standard: 'ISO/IEC 17065',
    scope: { frameworkCodes: ['attesta-dser'], markets: ['TH'], serviceCategories: [ServiceCategory.PredictiveMaintenance] },
    validFrom: '2025-06-01',
    validUntil: '2028-05-31',
  });
}

/** Seeds the demo tenant set once; a database that already has organizations is left alone. */
export async function seedDemoIfEmpty(app: INestApplication): Promise<SeedResult> {
  const db = app.get(Db);
  // Counting across tenants is an operator's question: ask through the owner-side look-up.
  const [{ exists }] = await db.tx(systemScope('demo seed: is the demo already there'), (em) =>
    em.query(`SELECT EXISTS (SELECT 1 FROM auth_user_by_email($1)) AS exists`, [DEMO_ORGS[0]!.owner.email]),
  );
  const logins = DEMO_ORGS.flatMap((o) =>
    [o.owner, ...(o.members ?? [])].map(
      (u) => `${o.kind.padEnd(18)} ${u.email.padEnd(20)} ${DEMO_PASSWORD}   (${o.name}${u.locale ? `; portal in ${LOCALE_ENDONYMS[u.locale]}` : ''})`,
    ),
  );
  if (exists) return { created: false, logins };

  const organizations = app.get(OrganizationsService);
  const invitations = app.get(InvitationsService);
  const preferences = app.get(UserPreferencesService);
  const owners = {} as Record<DemoOrg['key'], UserActor>;
  for (const o of DEMO_ORGS) {
    const { organization, session } = await organizations.signup({
      organization: { name: o.name, kind: o.kind, ...o.accreditation },
      user: { email: o.owner.email, name: o.owner.name, password: DEMO_PASSWORD },
    });
    const owner: UserActor = { kind: 'user', userId: session.userId, organizationId: organization.id, organizationKind: o.kind, role: MemberRole.Owner };
    owners[o.key] = owner;
    if (o.owner.locale) await preferences.update(owner, { locale: o.owner.locale });
    for (const m of o.members ?? []) {
      const invite = await invitations.create(owner, { email: m.email, role: m.role });
      const member = await invitations.accept({ token: invite.token, name: m.name, password: DEMO_PASSWORD });
      if (m.locale) await preferences.update({ ...owner, userId: member.userId, role: m.role }, { locale: m.locale });
    }
  }
  await seedAccreditations(app, owners);
  await seedAssessmentWorkspace(app, owners);
  await seedDemoPersonnel(app, owners);
  const decided = await seedDemoReview(app, owners);
  if (decided) await seedAttestationAndTender(app, owners, decided);
  await seedDemoOscal(app, owners);
  if (decided) await seedDemoRecognition(app, owners);
  await seedDemoVersions(app, owners);
  if (decided) await seedDemoServiceLevels(app, owners);
  await seedDemoActionItems(app, owners);
  // Every audit stream sealed at its head by a signed checkpoint (what the worker does every
  // AUDIT_CHECKPOINT_INTERVAL_MS), so the workspace's audit page and verify show one at once.
  await app.get(AuditCheckpointsService).checkpointDue();
  return { created: true, logins };
}

/**
 * The story a newcomer follows: a CNC machine sold with a predictive-maintenance SaaS
 * run by a vendor, assessed for Viet Nam, Thailand and Malaysia against the built-in
 * export-readiness baseline and ISO/IEC 27001 Annex A (which inherits coverage through
 * the crosswalk). The vendor has uploaded and linked some evidence; a training record
 * is about to expire.
 */
async function seedAssessmentWorkspace(app: INestApplication, owners: Record<DemoOrg['key'], UserActor>): Promise<void> {
  const db = app.get(Db);
  const offerings = app.get(OfferingsService);
  const workspaces = app.get(WorkspacesService);
  const evidence = app.get(EvidenceService);
  const { manufacturer, vendor, assessor, procurer } = owners;

  const offering = await offerings.create(manufacturer, {
    name: 'VMC-850 machining centre with predictive maintenance',
    description: 'Vertical machining centre sold with remote monitoring, predictive maintenance and remote commissioning.',
    components: [
      { name: 'VMC-850 machining centre', kind: ComponentKind.Hardware, version: 'rev C' },
      { name: 'Spindle controller firmware', kind: ComponentKind.Firmware, version: '3.1.4' },
      { name: 'Edge gateway (LTE/Ethernet)', kind: ComponentKind.Connectivity, version: '2.0.2' },
      {
        name: 'PredictCare predictive-maintenance SaaS',
        kind: ComponentKind.Saas,
        version: '4.2.0',
        providerOrganizationId: vendor.organizationId,
        serviceCategory: ServiceCategory.PredictiveMaintenance,
        description: 'Vibration analytics and failure prediction, run by CloudOps Analytics.',
      },
    ],
  });
  const saas = offering.components!.find((c) => c.kind === ComponentKind.Saas)!;
  const frameworks = await db.tx(scopeOf(manufacturer), (em) => frameworksWithCodes(em, ['attesta-dser', 'iso-iec-27001']));
  const ws = await workspaces.create(manufacturer, {
    offeringId: offering.id,
    name: 'VMC-850 + PredictCare — ASEAN export readiness',
    frameworkIds: frameworks.map((f) => f.id),
    targetMarkets: ['VN', 'TH', 'MY'],
  });
  const workspaceId = ws.workspace.id;
  await workspaces.inviteParticipant(manufacturer, workspaceId, { organizationId: vendor.organizationId, role: 'contributor', componentIds: [saas.id] });
  await workspaces.inviteParticipant(manufacturer, workspaceId, { organizationId: assessor.organizationId, role: 'assessor' });
  await workspaces.inviteParticipant(manufacturer, workspaceId, { organizationId: procurer.organizationId, role: 'observer' });
  for (const who of [vendor, assessor, procurer]) await workspaces.respond(who, workspaceId, true);

  const refs = new Map<string, string>();
  for (let cursor: string | undefined, more = true; more;) {
    const page = await workspaces.applicability(manufacturer, workspaceId, { limit: 200, cursor });
    page.data.forEach((r) => refs.set(r.requirement.ref, r.requirement.id));
    cursor = page.nextCursor ?? undefined;
    more = Boolean(page.nextCursor);
  }

  const soon = new Date(Date.now() + 20 * 86400_000).toISOString().slice(0, 10);
  const items: {
    by: UserActor;
    type: EvidenceType;
    title: string;
    file: string;
    mediaType: string;
    body: string;
    componentId?: string;
    validUntil?: string;
    refs: string[];
  }[] = [
    {
      by: vendor,
      type: EvidenceType.SlaDefinition,
      title: 'PredictCare SLA v3',
      file: 'predictcare-sla-v3.md',
      mediaType: 'text/markdown',
      body: '# PredictCare service level agreement v3\n\n- Availability: 99.9 % per calendar month\n- P1 incident response: 30 minutes, 24/7\n- Monthly availability report to the customer\n',
      componentId: saas.id,
      refs: ['DSER-2.1', 'DSER-2.2'],
    },
    {
      by: vendor,
      type: EvidenceType.ApiDocumentation,
      title: 'PredictCare public API (OpenAPI 3.1, v4.2)',
      file: 'predictcare-api-4.2.yaml',
      mediaType: 'application/yaml',
      body: 'openapi: 3.1.0\ninfo:\n  title: PredictCare API\n  version: 4.2.0\npaths: {}\n',
      componentId: saas.id,
      refs: ['DSER-3.4'],
    },
    {
      by: vendor,
      type: EvidenceType.TrainingRecord,
      title: 'Remote technician training records 2026',
      file: 'technician-training-2026.csv',
      mediaType: 'text/csv',
      body:
        'technician,course,completed,valid_until\nT. Nguyen,Safe remote intervention,2026-02-10,' +
        soon +
        '\nP. Somsak,Safe remote intervention,2026-03-02,' +
        soon +
        '\n',
      componentId: saas.id,
      validUntil: soon,
      refs: ['DSER-4.2'],
    },
    {
      by: manufacturer,
      type: EvidenceType.ServiceDescription,
      title: 'VMC-850 service-level description',
      file: 'vmc-850-service-description.txt',
      mediaType: 'text/plain',
      body: 'VMC-850 bundled services: remote monitoring, predictive maintenance (PredictCare), remote commissioning.\n',
      refs: ['DSER-1.1', 'DSER-1.3'],
    },
    {
      // A PDF, so the assessor's preview pane shows a document in the browser's own viewer.
      by: manufacturer,
      type: EvidenceType.TestReport,
      title: 'VMC-850 remote-monitoring acceptance test report',
      file: 'vmc-850-acceptance-test.pdf',
      mediaType: 'application/pdf',
      body: demoPdf('VMC-850 remote-monitoring acceptance test', [
        'Hai Phong Precision Machinery - factory acceptance, line 2',
        'Telemetry link: 72 h soak, 0 lost samples, median latency 180 ms',
        'Alarm forwarding to PredictCare: 24 of 24 injected faults reported',
        'Remote commissioning session recorded and signed off by QA',
      ]),
      refs: ['DSER-1.1'],
    },
  ];
  for (const item of items) {
    const created = await evidence.create(item.by, workspaceId, {
      type: item.type,
      title: item.title,
      componentId: item.componentId ?? null,
      confidentiality: Confidentiality.Confidential,
      // Relative to the seeding day: tenders limit the age of relied-on evidence (365 days in the demo tender).
      effectiveDate: new Date(Date.now() - 90 * 86400_000).toISOString().slice(0, 10),
      validUntil: item.validUntil ?? null,
    });
    await evidence.uploadVersion(item.by, workspaceId, created.id, async () => ({
      stream: Readable.from([Buffer.from(item.body, 'utf8')]),
      filename: item.file,
      declaredMediaType: item.mediaType,
    }));
    for (const ref of item.refs) {
      const requirementId = refs.get(ref);
      if (requirementId) await evidence.link(item.by, workspaceId, created.id, { requirementId, note: `Demo evidence for ${ref}` });
    }
  }
}

/** The requirement the surveillance decision's condition is about (DSER incident response). */
const SURVEILLANCE_CONDITION_REF = 'DSER-4.3';

/**
 * A surveillance re-assessment of the same offering and scope: the manufacturer submits
 * again, the assessor judges every requirement once more and decides conformant with one
 * condition: the incident response plan must name the escalation contact within 60 days (a
 * minor finding the condition rests on; the public summary shows it with its due date, and
 * the hourly scan suspends the attestation if it is still open after then). Returns the
 * decision, whose attestation supersedes the first one (the portal links them both ways).
 */
async function seedSurveillance(app: INestApplication, owners: Record<DemoOrg['key'], UserActor>, workspaceId: string): Promise<string> {
  const submissions = app.get(SubmissionsService);
  const reviews = app.get(ReviewsService);
  const { assessor } = owners;
  const { submission } = await submissions.submit(owners.manufacturer, workspaceId, {
    note: 'Surveillance re-assessment: the offering is unchanged since submission 2.',
  });
  // The roster frozen with it: the attestation states the competence summary (counts by qualification and market).
  await freezeDemoRoster(app, owners.manufacturer, workspaceId, submission.number);
  const day = (offset: number) => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);
  let escalation: string | undefined;
  for (let cursor: string | undefined, more = true; more;) {
    const page = await submissions.entries(assessor, workspaceId, submission.number, { limit: 200, cursor });
    for (const e of page.data) {
      if (e.content.ref === SURVEILLANCE_CONDITION_REF && !escalation) {
        escalation = e.requirementId;
        await reviews.recordVerdict(assessor, workspaceId, submission.number, e.requirementId, {
          outcome: 'needs_information',
          comment: 'The incident response plan names no on-call escalation contact for Thai customers.',
        });
        continue;
      }
      const comment = e.content.evidence.length
        ? 'Evidence re-checked in the surveillance visit.'
        : 'Re-verified in the surveillance visit: witnessed remote operation and interviews.';
      await reviews.recordVerdict(assessor, workspaceId, submission.number, e.requirementId, { outcome: 'satisfied', comment });
    }
    cursor = page.nextCursor ?? undefined;
    more = Boolean(page.nextCursor);
  }
  if (!escalation) throw new Error(`demo surveillance: requirement ${SURVEILLANCE_CONDITION_REF} is not in submission ${submission.number}`);
  const finding = await reviews.raiseFinding(assessor, workspaceId, submission.number, {
    requirementId: escalation,
    severity: 'minor_nonconformity',
    title: 'No escalation contact for Thai customers in the incident response plan',
    description: 'Name the on-call contact and the escalation time for customers in Thailand.',
    dueDate: day(60),
  });
  const decided = await reviews.decide(assessor, workspaceId, submission.number, {
    outcome: 'conformant_with_conditions',
    scopeStatement: 'VMC-850 machining centre rev C with PredictCare predictive-maintenance SaaS 4.2.0, for Viet Nam, Thailand and Malaysia (surveillance).',
    validFrom: day(0),
    validUntil: day(3 * 365),
    conditions: [
      {
        text: 'Add the on-call escalation contact and escalation time for Thai customers to the incident response plan.',
        dueDate: day(60),
        findingId: finding.finding.id,
      },
    ],
  });
  return decided.decision.id;
}

/**
 * The assessor issues the signed attestation from its decision, then the one of a
 * surveillance re-assessment, which supersedes it; the procurer publishes a tender for
 * Thailand (with a contract period the attestation covers) and the manufacturer bids with
 * the current attestation: a compliant bid.
 */
async function seedAttestationAndTender(
  app: INestApplication,
  owners: Record<DemoOrg['key'], UserActor>,
  decided: { workspaceId: string; decisionId: string },
): Promise<void> {
  const attestations = app.get(AttestationsService);
  await attestations.issueFromDecision(owners.assessor, decided.workspaceId, decided.decisionId);
  // The surveillance re-assessment's attestation supersedes the first (same assessor, offering and scope).
  const attestation = await attestations.issueFromDecision(owners.assessor, decided.workspaceId, await seedSurveillance(app, owners, decided.workspaceId));
  const procurement = app.get(ProcurementService);
  const dser = attestation.frameworks.find((f) => f.code === 'attesta-dser') ?? attestation.frameworks[0]!;
  const tender = await procurement.createTender(owners.procurer, {
    ocid: 'ocds-tiepo1-2026-0042',
    title: 'CNC machining centres with predictive maintenance, lot 2',
    buyer: 'Thai Industrial Estate Procurement Office',
    deadline: new Date(Date.now() + 30 * 86400_000),
    requirements: [{ frameworkId: dser.id, minimumOutcome: 'conformant_with_conditions' }],
    markets: ['TH'],
    maxEvidenceAgeDays: 365,
    accreditedIssuersOnly: true,
    // The machines are serviced under a two-year contract: the attestation must hold throughout.
    contractPeriod: { startDate: new Date(Date.now() + 60 * 86400_000), endDate: new Date(Date.now() + 790 * 86400_000) },
  });
  // The bid keeps the component versions offered; the report checks them against the attested ones.
  await procurement.submitBid(owners.manufacturer, tender.id, { offeringId: attestation.offeringId, attestationIds: [attestation.id] });
  // The procurer's e-tendering system reads tenders and checks conformity with its own key
  // (the portal's API keys screen shows it; its secret was shown once, at creation, and is not kept).
  await app.get(ApiKeysService).create(owners.procurer, { name: 'e-Tendering system (read-only)', scopes: ['tenders:read', 'conformity:read'] });
}
