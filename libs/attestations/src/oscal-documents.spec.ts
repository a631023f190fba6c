import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildAssessmentResults,
  buildComponentDefinition,
  buildPoam,
  targetState,
  type AssessmentResultsInput,
  type OscalReviewFinding,
} from './oscal-documents.js';
import { stableUuid } from './oscal-export.js';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;
const schema = (name: string) => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(new URL(`../../../../shared/data/oscal/${name}`, import.meta.url), 'utf8')) as object);
};

const at = new Date('2026-03-01T10:00:00Z');
const finding = (over: Partial<OscalReviewFinding>): OscalReviewFinding => ({
  id: '01a00000-0000-7000-8000-000000000001',
  requirementId: 'r1',
  severity: 'minor_nonconformity',
  title: 'Lock time not stated',
  description: '',
  status: 'open',
  dueDate: '2026-06-30',
  createdAt: at,
  updatedAt: at,
  responses: [],
  ...over,
});
const verdict = (outcome: AssessmentResultsInput['verdicts'][number]['outcome'], requirementId = 'r1') => ({
  id: `v-${requirementId}-${outcome}`,
  requirementId,
  outcome,
  comment: '',
  updatedAt: at,
});

const input = (findings: OscalReviewFinding[]): AssessmentResultsInput => ({
  baseUrl: 'https://attesta.example',
  workspace: { id: 'w1', name: 'Readiness' },
  offering: { id: 'o1', name: 'VMC-850', description: '' },
  supplier: { id: 's1', name: 'Maker' },
  assessor: { id: 'a1', name: 'Assessor' },
  components: [{ id: 'c1', name: 'SaaS', kind: 'saas', version: '4.2.0', serviceCategory: null }],
  frameworks: [{ id: 'f1', code: 'basic', version: '1', title: 'Basic' }],
  controls: new Map([
    ['r1', { requirementId: 'r1', frameworkId: 'f1', controlId: 's1.1.1', statementId: 's1.1.1_stm', ref: '1.1.1', title: 'Roles' }],
    ['r2', { requirementId: 'r2', frameworkId: 'f1', controlId: 's1.1.2', statementId: 's1.1.2_smt', ref: '1.1.2', title: 'Segregation' }],
  ]),
  submission: { id: 'sub1', number: 1, digest: 'sha256:abc', submittedAt: at },
  entries: [
    {
      requirementId: 'r1',
      evidence: [
        {
          evidenceId: 'e1',
          versionId: 'ver1',
          type: 'test_report',
          title: 'Lock test',
          componentId: 'c1',
          filename: 't.pdf',
          mediaType: 'application/pdf',
          sha256: 'a'.repeat(64),
        },
      ],
    },
    { requirementId: 'r2', evidence: [] },
  ],
  decision: { id: 'd1', outcome: 'conformant', scopeStatement: 'All', decidedAt: at, validFrom: '2026-03-01', validUntil: '2028-03-01' },
  attestationSerial: 'ATT-2026-0001',
  verdicts: [verdict('not_satisfied'), { ...verdict('satisfied'), id: 'later', updatedAt: new Date('2026-03-02T00:00:00Z') }, verdict('satisfied', 'r2')],
  findings,
});

describe('OSCAL review documents', () => {
  it('target status follows the latest verdict and the findings', () => {
    expect(targetState(verdict('satisfied'), [finding({ status: 'closed' })])).toBe('satisfied');
    expect(targetState(verdict('satisfied'), [finding({ status: 'responded' })])).toBe('not-satisfied');
    expect(targetState(verdict('satisfied'), [finding({ severity: 'observation' })])).toBe('satisfied');
    expect(targetState({ ...verdict('not_applicable'), comment: 'No wireless interface on this model.' }, [])).toBe('satisfied');
    // Not applicable without a justification is no judgement (decision readiness does not count it either).
    expect(targetState(verdict('not_applicable'), [])).toBe('not-satisfied');
    expect(targetState({ ...verdict('not_applicable'), comment: '   ' }, [])).toBe('not-satisfied');
    expect(targetState(verdict('needs_information'), [])).toBe('not-satisfied');
    expect(targetState(undefined, [])).toBe('not-satisfied');
  });

  it('links an open nonconformity as a risk from its finding, and validates against the AR schema', { timeout: 60_000 }, () => {
    const doc = buildAssessmentResults(input([finding({})]));
    const validate = schema('oscal_assessment-results_schema.json');
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const result = (
      doc['assessment-results'] as { results: Record<string, { uuid: string; target?: { status: { state: string } }; 'related-risks'?: unknown }[]>[] }
    ).results[0]!;
    const [f1, f2] = result.findings!;
    expect(f1!.target!.status.state).toBe('not-satisfied');
    expect(f1!['related-risks']).toEqual([{ 'risk-uuid': result.risks![0]!.uuid }]);
    expect(f2!.target!.status.state).toBe('satisfied');
    // Closed: the same requirement is satisfied (the latest verdict), and no risk remains.
    const closed = buildAssessmentResults(input([finding({ status: 'closed' })]));
    const closedResult = (closed['assessment-results'] as { results: Record<string, unknown>[] }).results[0]!;
    expect(closedResult.risks).toBeUndefined();
    expect((closedResult.findings as { target: { status: { state: string } } }[]).map((f) => f.target.status.state)).toEqual(['satisfied', 'satisfied']);
  });

  it(
    'states the conditions of a conformant-with-conditions decision, as the credential does, and stays valid against the AR schema',
    { timeout: 60_000 },
    () => {
      const base = input([finding({})]);
      const doc = buildAssessmentResults({
        ...base,
        decision: {
          ...base.decision,
          outcome: 'conformant_with_conditions',
          conditions: [{ text: 'Publish the failure-response protocol v2', dueDate: '2027-06-30', findingId: 'f1' }],
        },
      });
      const validate = schema('oscal_assessment-results_schema.json');
      expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const result = (doc['assessment-results'] as { results: { description: string; props: { name: string; value: string; remarks?: string }[] }[] })
        .results[0]!;
      expect(result.description).toContain('Conditions: Publish the failure-response protocol v2 (due 2027-06-30).');
      expect(result.props.filter((p) => p.name === 'decision-condition')).toEqual([
        expect.objectContaining({ value: 'Publish the failure-response protocol v2', remarks: 'Due 2027-06-30. Rests on finding f1.' }),
      ]);
    },
  );

  it('exports the same POA&M state byte-identical, with remediations and milestones, valid against the schema', { timeout: 60_000 }, () => {
    const state = {
      ...input([]),
      findings: [
        finding({
          status: 'responded',
          responses: [{ id: 'resp1', kind: 'corrective_action' as const, text: 'Lock added', createdAt: new Date('2026-03-05T00:00:00Z') }],
        }),
      ],
    };
    const a = JSON.stringify(buildPoam(state));
    const b = JSON.stringify(buildPoam({ ...state, findings: state.findings.map((f) => ({ ...f })) }));
    expect(b).toBe(a);
    const doc = JSON.parse(a) as Record<string, unknown>;
    const validate = schema('oscal_poam_schema.json');
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const poam = doc['plan-of-action-and-milestones'] as { metadata: { 'last-modified': string }; risks: { remediations: { tasks?: unknown[] }[] }[] };
    expect(poam.metadata['last-modified']).toBe('2026-03-05T00:00:00.000Z');
    expect(poam.risks[0]!.remediations[0]!.tasks).toEqual([
      expect.objectContaining({ type: 'milestone', timing: { 'on-date': { date: '2026-06-30T23:59:59Z' } } }),
    ]);
    // A changed state is a new revision (new uuid).
    const changed = buildPoam({ ...state, findings: [{ ...state.findings[0]!, updatedAt: new Date('2026-03-09T00:00:00Z') }] })!;
    expect((changed['plan-of-action-and-milestones'] as { uuid: string }).uuid).not.toBe((doc['plan-of-action-and-milestones'] as { uuid: string }).uuid);
    expect(buildPoam({ ...state, findings: [finding({ status: 'closed' })] })).toBeNull();
  });
});

describe('stableUuid', () => {
  it('is a v5-style uuid, the same for the same ids and different otherwise', () => {
    expect(stableUuid('poam', 'w1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('poam', 'w1')).toBe(stableUuid('poam', 'w1'));
    expect(stableUuid('poam', 'w1')).not.toBe(stableUuid('poam', 'w2'));
  });
});

describe('component definition', () => {
  it('describes each component with the evidence it implements and its attested service-level objectives', () => {
    const base = input([]);
    const doc = buildComponentDefinition({
      ...base,
      components: base.components.map((c) => ({ ...c, createdAt: at })),
      asOf: at,
      serviceLevels: [
        { componentId: 'c1', objectiveId: 'avail', metric: 'availability', operator: '>=', value: 99.9, unit: 'P1', period: 'P1M', aggregation: 'mean' },
      ],
    });
    const [component] = (doc['component-definition'] as { components: Record<string, unknown>[] }).components;
    expect(component).toMatchObject({ type: 'service', title: 'SaaS' });
    expect(component!.status).toBeUndefined();
    expect(component!.props).toContainEqual(expect.objectContaining({ name: 'service-level-objective', value: 'availability >= 99.9 P1 per P1M (mean)' }));
    const implemented = (component!['control-implementations'] as { 'implemented-requirements': { 'control-id': string; description: string }[] }[])[0]![
      'implemented-requirements'
    ];
    expect(implemented).toEqual([expect.objectContaining({ 'control-id': 's1.1.1', description: expect.stringContaining('Lock test') })]);
    expect(JSON.stringify(buildComponentDefinition({ ...base, components: base.components.map((c) => ({ ...c, createdAt: at })), asOf: at }))).toBe(
      JSON.stringify(buildComponentDefinition({ ...base, components: base.components.map((c) => ({ ...c, createdAt: at })), asOf: at })),
    );
  });
});
