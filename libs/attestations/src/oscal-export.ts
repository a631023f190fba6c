import { createHash } from 'node:crypto';

/**
 * OSCAL 1.1.2 JSON exports of a workspace's review: the assessment results of a decided
 * submission (reviewed controls = its requirements; one observation per requirement with
 * the evidence versions examined; one finding per verdict and per nonconformity) and the
 * open findings as a plan of action and milestones. Pure builders; UUIDs are derived
 * (v5-style, SHA-1 over a namespace) so an export is reproducible.
 */
export interface OscalRequirement {
  id: string;
  ref: string;
  title: string;
  frameworkCode: string;
}

export interface OscalEvidence {
  versionId: string;
  title: string;
  filename: string;
  sha256?: string | null;
}

export interface OscalVerdict {
  id: string;
  requirementId: string;
  outcome: 'satisfied' | 'not_satisfied' | 'not_applicable' | 'needs_information';
  comment: string;
  recordedAt: Date;
}

export interface OscalFinding {
  id: string;
  requirementId: string;
  severity: 'major_nonconformity' | 'minor_nonconformity' | 'observation';
  title: string;
  description: string;
  status: 'open' | 'responded' | 'closed';
  dueDate: string | null;
  raisedAt: Date;
}

export interface AssessmentResultsInput {
  workspace: { id: string; name: string };
  offering: { name: string };
  submission: { id: string; number: number; digest: string; submittedAt: Date };
  decision: { id: string; outcome: string; scopeStatement: string; decidedAt: Date; validFrom: string; validUntil: string } | null;
  assessor: { id: string; name: string } | null;
  requirements: OscalRequirement[];
  evidenceByRequirement: Record<string, OscalEvidence[]>;
  verdicts: OscalVerdict[];
  findings: OscalFinding[];
  generatedAt: Date;
  publicBaseUrl: string;
}

const NS = 'attesta-oscal-v1';
export function stableUuid(...parts: string[]): string {
  const h = createHash('sha1').update(NS).update('\0').update(parts.join('\0')).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** An OSCAL token (control ids): letters first, then letters, digits, `.`, `-`, `_`. */
export function controlIdOf(r: Pick<OscalRequirement, 'ref' | 'frameworkCode'>): string {
  const token = `${r.frameworkCode}-${r.ref}`.toLowerCase().replace(/[^\p{L}\p{N}._-]+/gu, '_');
  return /^[\p{L}_]/u.test(token) ? token : `r-${token}`;
}

const iso = (d: Date) => d.toISOString();
const STATE: Record<OscalVerdict['outcome'], 'satisfied' | 'not-satisfied'> = {
  satisfied: 'satisfied',
  not_applicable: 'satisfied',
  not_satisfied: 'not-satisfied',
  needs_information: 'not-satisfied',
};

function metadata(title: string, at: Date, version: string, assessor: { id: string; name: string } | null) {
  return {
    title,
    'last-modified': iso(at),
    version,
    'oscal-version': '1.1.2',
    ...(assessor
      ? {
          roles: [{ id: 'assessor', title: 'Assessor' }],
          parties: [{ uuid: stableUuid('party', assessor.id), type: 'organization', name: assessor.name }],
          'responsible-parties': [{ 'role-id': 'assessor', 'party-uuids': [stableUuid('party', assessor.id)] }],
        }
      : {}),
  };
}

export function buildAssessmentResults(i: AssessmentResultsInput): Record<string, unknown> {
  const byId = new Map(i.requirements.map((r) => [r.id, r]));
  const observationUuid = (reqId: string) => stableUuid('observation', i.submission.id, reqId);
  const observations = i.requirements.map((r) => ({
    uuid: observationUuid(r.id),
    title: `Evidence examined for ${r.frameworkCode} ${r.ref}`,
    description: `${r.title}: ${(i.evidenceByRequirement[r.id] ?? []).length} evidence version(s) in submission #${i.submission.number}.`,
    methods: ['EXAMINE'],
    collected: iso(i.submission.submittedAt),
    ...((i.evidenceByRequirement[r.id] ?? []).length
      ? {
          'relevant-evidence': (i.evidenceByRequirement[r.id] ?? []).map((e) => ({
            href: `urn:uuid:${e.versionId}`,
            description: `${e.title} (${e.filename})${e.sha256 ? `, SHA-256 ${e.sha256}` : ''}`,
          })),
        }
      : {}),
  }));
  const verdictFindings = i.verdicts
    .filter((v) => byId.has(v.requirementId))
    .map((v) => {
      const r = byId.get(v.requirementId)!;
      return {
        uuid: stableUuid('verdict', v.id),
        title: `${r.frameworkCode} ${r.ref}: ${v.outcome.replace('_', ' ')}`,
        description: v.comment || `Verdict on ${r.title}.`,
        props: [{ name: 'verdict', ns: 'https://attesta.dev/ns/oscal', value: v.outcome }],
        target: { type: 'statement-id', 'target-id': `${controlIdOf(r)}_smt`, status: { state: STATE[v.outcome] } },
        'related-observations': [{ 'observation-uuid': observationUuid(r.id) }],
      };
    });
  const nonconformities = i.findings
    .filter((f) => byId.has(f.requirementId))
    .map((f) => {
      const r = byId.get(f.requirementId)!;
      return {
        uuid: stableUuid('finding', f.id),
        title: f.title,
        description: f.description || f.title,
        props: [
          { name: 'severity', ns: 'https://attesta.dev/ns/oscal', value: f.severity },
          { name: 'finding-status', ns: 'https://attesta.dev/ns/oscal', value: f.status },
        ],
        target: { type: 'statement-id', 'target-id': `${controlIdOf(r)}_smt`, status: { state: f.severity === 'observation' ? 'satisfied' : 'not-satisfied' } },
        'related-observations': [{ 'observation-uuid': observationUuid(r.id) }],
      };
    });
  const d = i.decision;
  return {
    'assessment-results': {
      uuid: stableUuid('assessment-results', i.submission.id, d?.id ?? 'undecided'),
      metadata: metadata(`Assessment results: ${i.workspace.name}, submission #${i.submission.number}`, i.generatedAt, String(i.submission.number), i.assessor),
      'import-ap': { href: `${i.publicBaseUrl}/v1/workspaces/${i.workspace.id}#assessment-plan` },
      results: [
        {
          uuid: stableUuid('result', i.submission.id),
          title: `Review of submission #${i.submission.number} (${i.offering.name})`,
          description: d ? `Decision: ${d.outcome}. Scope: ${d.scopeStatement}` : 'Review in progress; no decision yet.',
          start: iso(i.submission.submittedAt),
          ...(d ? { end: iso(d.decidedAt) } : {}),
          props: [
            { name: 'submission-digest', ns: 'https://attesta.dev/ns/oscal', value: i.submission.digest },
            ...(d ? [{ name: 'decision-outcome', ns: 'https://attesta.dev/ns/oscal', value: d.outcome }] : []),
          ],
          'reviewed-controls': {
            'control-selections': [{ 'include-controls': i.requirements.map((r) => ({ 'control-id': controlIdOf(r) })) }],
          },
          observations,
          ...(verdictFindings.length + nonconformities.length ? { findings: [...verdictFindings, ...nonconformities] } : {}),
        },
      ],
    },
  };
}

export function buildPoam(i: {
  workspace: { id: string; name: string };
  offering: { name: string };
  requirements: OscalRequirement[];
  findings: OscalFinding[];
  generatedAt: Date;
  assessor: { id: string; name: string } | null;
}): Record<string, unknown> | null {
  const byId = new Map(i.requirements.map((r) => [r.id, r]));
  const open = i.findings.filter((f) => f.status !== 'closed');
  // OSCAL requires at least one item: with nothing open there is no plan to export.
  if (open.length === 0) return null;
  const observations = open.map((f) => ({
    uuid: stableUuid('poam-observation', f.id),
    description: f.description || f.title,
    methods: ['EXAMINE'],
    collected: iso(f.raisedAt),
  }));
  return {
    'plan-of-action-and-milestones': {
      uuid: stableUuid('poam', i.workspace.id, iso(i.generatedAt)),
      metadata: metadata(`Plan of action and milestones: ${i.workspace.name} (${i.offering.name})`, i.generatedAt, iso(i.generatedAt), i.assessor),
      'system-id': { 'identifier-type': 'https://attesta.dev/ns/workspace', id: i.workspace.id },
      ...(observations.length ? { observations } : {}),
      'poam-items': open.map((f) => {
        const r = byId.get(f.requirementId);
        return {
          uuid: stableUuid('poam-item', f.id),
          title: f.title,
          description: `${r ? `${r.frameworkCode} ${r.ref} ${r.title}: ` : ''}${f.description || f.title}`,
          props: [
            { name: 'severity', ns: 'https://attesta.dev/ns/oscal', value: f.severity },
            { name: 'finding-status', ns: 'https://attesta.dev/ns/oscal', value: f.status },
            ...(f.dueDate ? [{ name: 'due-date', ns: 'https://attesta.dev/ns/oscal', value: f.dueDate }] : []),
          ],
          'related-observations': [{ 'observation-uuid': stableUuid('poam-observation', f.id) }],
        };
      }),
    },
  };
}
