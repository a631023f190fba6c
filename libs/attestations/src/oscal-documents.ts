import { stableUuid } from './oscal-export.js';

/**
 * OSCAL 1.1.2 documents of a workspace's review, linked the way OSCAL tools follow them:
 *
 * - assessment plan (per submission): reviewed controls with the source catalog's control ids,
 *   the offering's components as assessment subjects, an activity and a task;
 * - assessment results (per decided submission): `import-ap` names a back-matter resource whose
 *   rlink is the plan's URL (and whose `document-uuid` prop is the plan's uuid); one observation
 *   per evidence item (methods, types, subjects, relevant evidence pointing to back-matter
 *   resources with the download href and SHA-256); one finding per requirement whose target
 *   status follows the latest verdict and the findings' state; a risk per open nonconformity,
 *   linked from its finding; the decision and the attestation serial as result props;
 * - POA&M (open findings): risks with remediations (the corrective actions) and milestones
 *   (due dates), observations, poam-items linking them with their control (a `control-id` prop and
 *   a link to the catalog resource; OSCAL 1.1.2 POA&Ms have no findings), and `import-ssp` naming
 *   the offering's component definition;
 * - component definition (per offering): each component as a `service` (etc.) component with
 *   its implemented requirements described by the evidence linked to it.
 *
 * Pure builders: every uuid is name-based (v5) on stable ids and every timestamp comes from the
 * state, so the same state gives the same bytes.
 */

export const OSCAL_VERSION = '1.1.2';
const NS = 'https://attesta.dev/ns/oscal';

export interface OscalControl {
  requirementId: string;
  frameworkId: string;
  /** The control's id in the framework's OSCAL catalog export. */
  controlId: string;
  statementId: string;
  ref: string;
  title: string;
}

export interface OscalComponent {
  id: string;
  name: string;
  kind: string;
  version: string;
  serviceCategory: string | null;
}

export interface OscalManifestEvidence {
  evidenceId: string;
  versionId: string;
  type: string;
  title: string;
  componentId: string | null;
  filename: string;
  mediaType: string;
  sha256: string;
}

export interface OscalReviewFinding {
  id: string;
  requirementId: string;
  severity: 'major_nonconformity' | 'minor_nonconformity' | 'observation';
  title: string;
  description: string;
  status: 'open' | 'responded' | 'closed';
  dueDate: string | null;
  createdAt: Date;
  updatedAt: Date;
  responses: { id: string; kind: 'corrective_action' | 'accepted' | 'rejected'; text: string; createdAt: Date }[];
}

export interface OscalParty {
  id: string;
  name: string;
}

export interface ReviewDocumentsInput {
  baseUrl: string;
  workspace: { id: string; name: string };
  offering: { id: string; name: string; description: string };
  supplier: OscalParty | null;
  assessor: OscalParty | null;
  components: OscalComponent[];
  frameworks: { id: string; code: string; version: string; title: string }[];
  /** By requirement id. */
  controls: ReadonlyMap<string, OscalControl>;
  submission: { id: string; number: number; digest: string; submittedAt: Date };
  entries: { requirementId: string; evidence: OscalManifestEvidence[] }[];
}

export interface AssessmentResultsInput extends ReviewDocumentsInput {
  decision: {
    id: string;
    outcome: string;
    scopeStatement: string;
    decidedAt: Date;
    validFrom: string;
    validUntil: string;
    /** Conditions of a conformant-with-conditions decision (stated in the result, as in the credential). */
    conditions?: { text: string; dueDate: string | null; findingId: string | null }[];
  };
  attestationSerial: string | null;
  verdicts: {
    id: string;
    requirementId: string;
    outcome: 'satisfied' | 'not_satisfied' | 'not_applicable' | 'needs_information';
    comment: string;
    updatedAt: Date;
  }[];
  findings: OscalReviewFinding[];
}

const iso = (d: Date): string => d.toISOString();
const prop = (name: string, value: string) => ({ name, ns: NS, value });

const COMPONENT_TYPE: Record<string, string> = {
  hardware: 'hardware',
  firmware: 'software',
  connectivity: 'service',
  ai_service: 'service',
  cloud_service: 'service',
  saas: 'service',
};

const METHOD_OF: Record<string, 'EXAMINE' | 'TEST' | 'INTERVIEW'> = { test_report: 'TEST', validation_report: 'TEST', training_record: 'INTERVIEW' };

export const componentUuid = (id: string): string => stableUuid('component', id);
export const assessmentPlanUuid = (submissionId: string): string => stableUuid('assessment-plan', submissionId);

function urls(i: ReviewDocumentsInput) {
  const ws = `${i.baseUrl}/v1/workspaces/${i.workspace.id}`;
  return {
    plan: `${ws}/submissions/${i.submission.number}/oscal/assessment-plan`,
    componentDefinition: `${ws}/oscal/component-definition`,
    evidence: (versionId: string) => `${ws}/submissions/${i.submission.number}/evidence/${versionId}/content`,
  };
}

function metadata(title: string, lastModified: Date, version: string, parties: { role: string; title: string; party: OscalParty | null }[]) {
  const present = parties.filter((p): p is { role: string; title: string; party: OscalParty } => p.party !== null);
  const uniqueParties = [...new Map(present.map((p) => [p.party.id, p.party])).values()];
  return {
    title,
    'last-modified': iso(lastModified),
    version,
    'oscal-version': OSCAL_VERSION,
    ...(present.length
      ? {
          roles: present.map((p) => ({ id: p.role, title: p.title })),
          parties: uniqueParties.map((p) => ({ uuid: stableUuid('party', p.id), type: 'organization', name: p.name })),
          'responsible-parties': present.map((p) => ({ 'role-id': p.role, 'party-uuids': [stableUuid('party', p.party.id)] })),
        }
      : {}),
  };
}

function oscalComponents(components: readonly OscalComponent[]) {
  return components.map((c) => ({
    uuid: componentUuid(c.id),
    type: COMPONENT_TYPE[c.kind] ?? 'service',
    title: c.name,
    description: `${c.name} (${c.kind.replace(/_/g, ' ')}, version ${c.version}).`,
    props: [prop('component-kind', c.kind), prop('component-version', c.version), ...(c.serviceCategory ? [prop('service-category', c.serviceCategory)] : [])],
    status: { state: 'operational' },
  }));
}

function reviewedControls(i: ReviewDocumentsInput) {
  const ids = [...new Set(i.entries.map((e) => i.controls.get(e.requirementId)?.controlId).filter((id): id is string => Boolean(id)))];
  return { 'control-selections': [{ 'include-controls': ids.map((id) => ({ 'control-id': id })) }] };
}

const catalogResource = (workspaceId: string, frameworkId: string): string => stableUuid('catalog-resource', workspaceId, frameworkId);

function catalogResources(i: Pick<ReviewDocumentsInput, 'baseUrl' | 'workspace' | 'controls' | 'frameworks'>) {
  const used = new Set([...i.controls.values()].map((c) => c.frameworkId));
  const catalogUrl = (frameworkId: string) => `${i.baseUrl}/v1/workspaces/${i.workspace.id}/frameworks/${frameworkId}/oscal/catalog`;
  return i.frameworks
    .filter((f) => used.has(f.id))
    .map((f) => ({
      uuid: catalogResource(i.workspace.id, f.id),
      title: `${f.title} ${f.version} (OSCAL catalog with the workspace's parameter values)`,
      props: [prop('framework', `${f.code}@${f.version}`)],
      rlinks: [{ href: catalogUrl(f.id), 'media-type': 'application/oscal.catalog+json' }],
    }));
}

function componentDefinitionResource(i: Pick<ReviewDocumentsInput, 'baseUrl' | 'workspace' | 'offering' | 'submission'>) {
  return {
    uuid: stableUuid('component-definition-resource', i.workspace.id),
    title: `Component definition of ${i.offering.name}`,
    rlinks: [{ href: `${i.baseUrl}/v1/workspaces/${i.workspace.id}/oscal/component-definition`, 'media-type': 'application/oscal.component-definition+json' }],
  };
}

/** The assessment plan of a submission. */
export function buildAssessmentPlan(i: ReviewDocumentsInput): Record<string, unknown> {
  const activityUuid = stableUuid('activity', i.submission.id, 'examine');
  const cdef = componentDefinitionResource(i);
  return {
    'assessment-plan': {
      uuid: assessmentPlanUuid(i.submission.id),
      metadata: metadata(
        `Assessment plan: ${i.workspace.name}, submission #${i.submission.number}`,
        i.submission.submittedAt,
        `submission-${i.submission.number}`,
        [{ role: 'supplier', title: 'Supplier', party: i.supplier }],
      ),
      'import-ssp': { href: `#${cdef.uuid}` },
      'local-definitions': {
        ...(i.components.length ? { components: oscalComponents(i.components) } : {}),
        activities: [
          {
            uuid: activityUuid,
            title: 'Examine the submitted evidence',
            description: `The assessor examines each evidence version frozen in submission #${i.submission.number} (digest ${i.submission.digest}) against the reviewed controls, records a verdict per control and raises findings.`,
            props: [{ name: 'method', value: 'EXAMINE' }],
            'related-controls': reviewedControls(i),
          },
        ],
      },
      'reviewed-controls': reviewedControls(i),
      'assessment-subjects': [
        i.components.length
          ? { type: 'component', 'include-subjects': i.components.map((c) => ({ 'subject-uuid': componentUuid(c.id), type: 'component' })) }
          : { type: 'component', 'include-all': {} },
      ],
      tasks: [
        {
          uuid: stableUuid('task', i.submission.id, 'review'),
          type: 'action',
          title: `Review submission #${i.submission.number} of ${i.offering.name}`,
          'associated-activities': [{ 'activity-uuid': activityUuid, subjects: [{ type: 'component', 'include-all': {} }] }],
        },
      ],
      'back-matter': { resources: [cdef, ...catalogResources(i)] },
    },
  };
}

type TargetState = 'satisfied' | 'not-satisfied';

/**
 * An open or answered nonconformity keeps a control unsatisfied; otherwise the latest verdict
 * decides. A `not_applicable` verdict counts only with its justification (the comment), as for
 * a decision (decision readiness): one without is not a judgement, so the control is not shown
 * satisfied.
 */
export function targetState(verdict: AssessmentResultsInput['verdicts'][number] | undefined, findings: readonly OscalReviewFinding[]): TargetState {
  if (findings.some((f) => f.status !== 'closed' && f.severity !== 'observation')) return 'not-satisfied';
  if (verdict?.outcome === 'satisfied') return 'satisfied';
  return verdict?.outcome === 'not_applicable' && verdict.comment.trim() ? 'satisfied' : 'not-satisfied';
}

/** The assessment results of a decided submission. */
export function buildAssessmentResults(i: AssessmentResultsInput): Record<string, unknown> {
  const u = urls(i);
  const planResource = {
    uuid: stableUuid('assessment-plan-resource', i.submission.id),
    title: `Assessment plan of submission #${i.submission.number}`,
    props: [prop('document-uuid', assessmentPlanUuid(i.submission.id))],
    rlinks: [{ href: u.plan, 'media-type': 'application/oscal.ap+json' }],
  };
  const evidence = new Map<string, OscalManifestEvidence>();
  for (const e of i.entries) for (const v of e.evidence) evidence.set(v.versionId, v);
  const evidenceResource = (versionId: string) => stableUuid('evidence-resource', i.submission.id, versionId);
  const observationUuid = (versionId: string) => stableUuid('observation', i.submission.id, versionId);
  const subjectsOf = (v: OscalManifestEvidence) =>
    v.componentId && i.components.some((c) => c.id === v.componentId)
      ? [{ 'subject-uuid': componentUuid(v.componentId), type: 'component' }]
      : i.supplier
        ? [{ 'subject-uuid': stableUuid('party', i.supplier.id), type: 'party' }]
        : [];
  const observations = [...evidence.values()].map((v) => {
    const subjects = subjectsOf(v);
    return {
      uuid: observationUuid(v.versionId),
      title: v.title,
      description: `Evidence ${v.title} (${v.type.replace(/_/g, ' ')}, ${v.filename}) examined in submission #${i.submission.number}.`,
      methods: [METHOD_OF[v.type] ?? 'EXAMINE'],
      types: ['control-objective'],
      ...(subjects.length ? { subjects } : {}),
      'relevant-evidence': [{ href: `#${evidenceResource(v.versionId)}`, description: `${v.filename}, SHA-256 ${v.sha256}` }],
      collected: iso(i.submission.submittedAt),
    };
  });

  // The latest verdict per requirement.
  const verdictOf = new Map<string, AssessmentResultsInput['verdicts'][number]>();
  for (const v of i.verdicts) {
    const seen = verdictOf.get(v.requirementId);
    if (!seen || v.updatedAt >= seen.updatedAt) verdictOf.set(v.requirementId, v);
  }
  const riskUuid = (findingId: string) => stableUuid('risk', findingId);
  const openNonconformities = i.findings.filter((f) => f.status !== 'closed' && f.severity !== 'observation' && i.controls.has(f.requirementId));
  const risks = openNonconformities.map((f) => {
    const c = i.controls.get(f.requirementId)!;
    return {
      uuid: riskUuid(f.id),
      title: f.title,
      description: f.description || f.title,
      statement: `${f.severity.replace(/_/g, ' ')} on ${c.ref} ${c.title}: ${f.description || f.title}`,
      status: f.status === 'responded' ? 'remediating' : 'open',
      props: [prop('severity', f.severity)],
      ...(f.dueDate ? { deadline: `${f.dueDate}T23:59:59Z` } : {}),
    };
  });
  const findings = i.entries
    .filter((e) => i.controls.has(e.requirementId))
    .map((e) => {
      const c = i.controls.get(e.requirementId)!;
      const verdict = verdictOf.get(e.requirementId);
      const own = i.findings.filter((f) => f.requirementId === e.requirementId);
      const openOwn = own.filter((f) => f.status !== 'closed' && f.severity !== 'observation');
      return {
        uuid: stableUuid('finding', i.submission.id, e.requirementId),
        title: `${c.ref} ${c.title}`,
        description: [
          verdict ? `Verdict: ${verdict.outcome.replace(/_/g, ' ')}.${verdict.comment ? ` ${verdict.comment}` : ''}` : 'No verdict recorded.',
          ...own.map((f) => `${f.severity.replace(/_/g, ' ')} (${f.status}): ${f.title}`),
        ].join(' '),
        props: [...(verdict ? [prop('verdict', verdict.outcome)] : []), ...own.map((f) => prop('finding-status', `${f.id}:${f.status}`))],
        target: { type: 'statement-id', 'target-id': c.statementId, status: { state: targetState(verdict, own) } },
        ...(e.evidence.length ? { 'related-observations': e.evidence.map((v) => ({ 'observation-uuid': observationUuid(v.versionId) })) } : {}),
        ...(openOwn.length ? { 'related-risks': openOwn.map((f) => ({ 'risk-uuid': riskUuid(f.id) })) } : {}),
      };
    });
  const d = i.decision;
  return {
    'assessment-results': {
      uuid: stableUuid('assessment-results', i.submission.id, d.id),
      metadata: metadata(`Assessment results: ${i.workspace.name}, submission #${i.submission.number}`, d.decidedAt, `submission-${i.submission.number}`, [
        { role: 'assessor', title: 'Assessor', party: i.assessor },
        { role: 'supplier', title: 'Supplier', party: i.supplier },
      ]),
      'import-ap': { href: `#${planResource.uuid}` },
      results: [
        {
          uuid: stableUuid('result', i.submission.id),
          title: `Review of submission #${i.submission.number} (${i.offering.name})`,
          description: `Decision: ${d.outcome}. Scope: ${d.scopeStatement}${
            d.conditions?.length ? ` Conditions: ${d.conditions.map((c) => (c.dueDate ? `${c.text} (due ${c.dueDate})` : c.text)).join('; ')}.` : ''
          }`,
          start: iso(i.submission.submittedAt),
          end: iso(d.decidedAt),
          props: [
            prop('submission-digest', i.submission.digest),
            prop('decision-uuid', d.id),
            prop('decision-outcome', d.outcome),
            prop('valid-from', d.validFrom),
            prop('valid-until', d.validUntil),
            ...(d.conditions ?? []).map((c) => ({
              ...prop('decision-condition', c.text.trim()),
              remarks:
                [c.dueDate ? `Due ${c.dueDate}.` : '', c.findingId ? `Rests on finding ${c.findingId}.` : ''].filter(Boolean).join(' ') ||
                'A condition of the decision.',
            })),
            ...(i.attestationSerial ? [prop('attestation-serial', i.attestationSerial)] : []),
          ],
          ...(i.components.length ? { 'local-definitions': { components: oscalComponents(i.components) } } : {}),
          'reviewed-controls': reviewedControls(i),
          ...(observations.length ? { observations } : {}),
          ...(risks.length ? { risks } : {}),
          ...(findings.length ? { findings } : {}),
        },
      ],
      'back-matter': {
        resources: [
          planResource,
          ...[...evidence.values()].map((v) => ({
            uuid: evidenceResource(v.versionId),
            title: v.title,
            props: [prop('evidence-type', v.type)],
            rlinks: [
              { href: u.evidence(v.versionId), 'media-type': v.mediaType || 'application/octet-stream', hashes: [{ algorithm: 'SHA-256', value: v.sha256 }] },
            ],
          })),
          ...catalogResources(i),
        ],
      },
    },
  };
}

export interface PoamInput {
  baseUrl: string;
  workspace: { id: string; name: string };
  offering: { id: string; name: string; description: string };
  supplier: OscalParty | null;
  assessor: OscalParty | null;
  components: OscalComponent[];
  frameworks: { id: string; code: string; version: string; title: string }[];
  controls: ReadonlyMap<string, OscalControl>;
  findings: OscalReviewFinding[];
}

/** The open and answered findings as a POA&M; null when nothing is open (OSCAL needs an item). */
export function buildPoam(i: PoamInput): Record<string, unknown> | null {
  const open = i.findings.filter((f) => f.status !== 'closed');
  if (!open.length) return null;
  const times = open.flatMap((f) => [f.updatedAt, ...f.responses.map((r) => r.createdAt)]);
  const lastModified = new Date(Math.max(...times.map((t) => t.getTime())));
  const cdef = componentDefinitionResource({ ...i, submission: { id: '', number: 0, digest: '', submittedAt: lastModified } });
  const ids = (f: OscalReviewFinding) => ({
    observation: stableUuid('poam-observation', f.id),
    risk: stableUuid('poam-risk', f.id),
  });
  const observations = open.map((f) => ({
    uuid: ids(f).observation,
    title: f.title,
    description: f.description || f.title,
    methods: ['EXAMINE'],
    types: ['finding'],
    collected: iso(f.createdAt),
  }));
  const risks = open.map((f) => {
    const actions = f.responses.filter((r) => r.kind === 'corrective_action');
    const accepted = f.responses.some((r) => r.kind === 'accepted');
    const milestone = f.dueDate
      ? [
          {
            uuid: stableUuid('poam-milestone', f.id, f.dueDate),
            type: 'milestone',
            title: `Corrective action due ${f.dueDate}`,
            timing: { 'on-date': { date: `${f.dueDate}T23:59:59Z` } },
          },
        ]
      : [];
    const remediations = actions.length
      ? actions.map((r, n) => ({
          uuid: stableUuid('poam-remediation', r.id),
          lifecycle: accepted && n === actions.length - 1 ? 'completed' : 'planned',
          title: `Corrective action ${n + 1}`,
          description: r.text || 'Corrective action submitted.',
          ...(n === actions.length - 1 && milestone.length ? { tasks: milestone } : {}),
        }))
      : [
          {
            uuid: stableUuid('poam-remediation', f.id, 'awaited'),
            lifecycle: 'recommendation',
            title: 'Corrective action awaited',
            description: `The supplier is to answer the finding "${f.title}" with a corrective action.`,
            ...(milestone.length ? { tasks: milestone } : {}),
          },
        ];
    return {
      uuid: ids(f).risk,
      title: f.title,
      description: f.description || f.title,
      statement: `${f.severity.replace(/_/g, ' ')}: ${f.description || f.title}`,
      status: f.status === 'responded' ? 'remediating' : 'open',
      props: [prop('severity', f.severity)],
      ...(f.dueDate ? { deadline: `${f.dueDate}T23:59:59Z` } : {}),
      remediations,
      'related-observations': [{ 'observation-uuid': ids(f).observation }],
    };
  });
  return {
    'plan-of-action-and-milestones': {
      uuid: stableUuid('poam', i.workspace.id, iso(lastModified)),
      metadata: metadata(`Plan of action and milestones: ${i.workspace.name} (${i.offering.name})`, lastModified, iso(lastModified), [
        { role: 'assessor', title: 'Assessor', party: i.assessor },
        { role: 'supplier', title: 'Supplier', party: i.supplier },
      ]),
      'import-ssp': { href: `#${cdef.uuid}` },
      'system-id': { 'identifier-type': 'https://attesta.dev/ns/workspace', id: i.workspace.id },
      ...(i.components.length ? { 'local-definitions': { components: oscalComponents(i.components) } } : {}),
      observations,
      risks,
      'poam-items': open.map((f) => {
        const c = i.controls.get(f.requirementId);
        return {
          uuid: stableUuid('poam-item', f.id),
          title: f.title,
          description: `${c ? `${c.ref} ${c.title}: ` : ''}${f.description || f.title}`,
          // OSCAL 1.1.2 POA&M items have no target: the control is a prop (its id in the catalog export) and a link to that catalog.
          props: [
            prop('severity', f.severity),
            prop('finding-status', f.status),
            ...(c ? [prop('control-id', c.controlId), prop('statement-id', c.statementId)] : []),
          ],
          ...(c ? { links: [{ href: `#${catalogResource(i.workspace.id, c.frameworkId)}`, rel: 'reference', text: c.controlId }] } : {}),
          'related-observations': [{ 'observation-uuid': ids(f).observation }],
          'related-risks': [{ 'risk-uuid': ids(f).risk }],
        };
      }),
      'back-matter': { resources: [cdef, ...catalogResources({ baseUrl: i.baseUrl, workspace: i.workspace, controls: i.controls, frameworks: i.frameworks })] },
    },
  };
}

export interface ComponentDefinitionInput {
  baseUrl: string;
  workspace: { id: string; name: string };
  offering: { id: string; name: string; description: string };
  supplier: OscalParty | null;
  components: (OscalComponent & { createdAt: Date })[];
  frameworks: { id: string; code: string; version: string; title: string }[];
  controls: ReadonlyMap<string, OscalControl>;
  /** Evidence linked to requirements (the latest submission's manifest), with its component. */
  entries: { requirementId: string; evidence: OscalManifestEvidence[] }[];
  /** When the linked evidence was frozen; null without a submission. */
  asOf: Date | null;
  /** Service-level objectives the assessor attested in that submission, per component. */
  serviceLevels?: {
    componentId: string;
    objectiveId: string;
    metric: string;
    operator: string;
    value: unknown;
    unit: string | null;
    period: string;
    aggregation: string;
  }[];
}

/** The offering's service description: its components and what evidence each implements. */
export function buildComponentDefinition(i: ComponentDefinitionInput): Record<string, unknown> {
  const times = [...i.components.map((c) => c.createdAt.getTime()), ...(i.asOf ? [i.asOf.getTime()] : [])];
  const lastModified = new Date(times.length ? Math.max(...times) : 0);
  const components = oscalComponents(i.components).map((oc, n) => {
    const c = i.components[n]!;
    const byFramework = new Map<string, { control: OscalControl; evidence: OscalManifestEvidence[] }[]>();
    for (const e of i.entries) {
      const control = i.controls.get(e.requirementId);
      const evidence = e.evidence.filter((v) => v.componentId === c.id);
      if (!control || !evidence.length) continue;
      const list = byFramework.get(control.frameworkId) ?? [];
      list.push({ control, evidence });
      byFramework.set(control.frameworkId, list);
    }
    const implementations = [...byFramework.entries()].map(([frameworkId, items]) => {
      const f = i.frameworks.find((x) => x.id === frameworkId);
      return {
        uuid: stableUuid('control-implementation', c.id, frameworkId),
        source: `${i.baseUrl}/v1/workspaces/${i.workspace.id}/frameworks/${frameworkId}/oscal/catalog`,
        description: `How ${c.name} meets ${f ? `${f.title} ${f.version}` : 'the framework'}, as shown by the evidence linked to it.`,
        'implemented-requirements': items.map(({ control, evidence }) => ({
          uuid: stableUuid('implemented-requirement', c.id, control.requirementId),
          'control-id': control.controlId,
          description: `Evidenced by: ${evidence.map((v) => `${v.title} (${v.type.replace(/_/g, ' ')}, SHA-256 ${v.sha256})`).join('; ')}.`,
        })),
      };
    });
    const { status: _status, ...defined } = oc;
    // Attested service-level objectives (ISO/IEC 19086-2 style: metric, operator, target, unit, period, aggregation).
    const slos = (i.serviceLevels ?? [])
      .filter((o) => o.componentId === c.id)
      .map((o) => ({
        name: 'service-level-objective',
        ns: NS,
        value: `${o.metric} ${o.operator} ${Array.isArray(o.value) ? o.value.join(', ') : String(o.value)}${o.unit ? ` ${o.unit}` : ''} per ${o.period} (${o.aggregation})`,
        remarks: `Objective ${o.objectiveId}, attested in the latest submission.`,
      }));
    if (slos.length) defined.props = [...defined.props, ...slos];
    return { ...defined, ...(implementations.length ? { 'control-implementations': implementations } : {}) };
  });
  return {
    'component-definition': {
      uuid: stableUuid('component-definition', i.offering.id, iso(lastModified)),
      metadata: metadata(`Component definition: ${i.offering.name}`, lastModified, iso(lastModified), [
        { role: 'supplier', title: 'Supplier', party: i.supplier },
      ]),
      ...(components.length ? { components } : {}),
    },
  };
}
