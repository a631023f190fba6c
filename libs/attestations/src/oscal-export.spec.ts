import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAssessmentResults, buildPoam, controlIdOf, type AssessmentResultsInput } from './oscal-export.js';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => void;
// The official NIST schemas, read from ../shared/data at test time.
function schema(name: string): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(new URL(`../../../../shared/data/oscal/${name}`, import.meta.url), 'utf8')) as object);
}

const at = new Date('2026-03-01T10:00:00Z');
const oscalInput: AssessmentResultsInput = {
  workspace: { id: '01970000-0000-7000-8000-0000000000a1', name: 'Export readiness VN/TH' },
  offering: { name: 'VMC-850 with predictive maintenance' },
  submission: { id: '01970000-0000-7000-8000-0000000000c1', number: 2, digest: 'ab'.repeat(32), submittedAt: at },
  decision: {
    id: '01970000-0000-7000-8000-0000000000d1',
    outcome: 'conformant_with_conditions',
    scopeStatement: 'All layers',
    decidedAt: at,
    validFrom: '2026-03-01',
    validUntil: '2029-03-01',
  },
  assessor: { id: '01970000-0000-7000-8000-0000000000e1', name: 'TÜV Example' },
  requirements: [
    { id: 'r1', ref: '8.3.2', title: 'Incident response', frameworkCode: 'ISO/IEC 27001' },
    { id: 'r2', ref: 'DSER-1.1', title: 'SLA defined', frameworkCode: 'attesta-dser' },
  ],
  evidenceByRequirement: { r1: [{ versionId: '01970000-0000-7000-8000-0000000000f1', title: 'IR plan', filename: 'ir.pdf', sha256: 'cd'.repeat(32) }] },
  verdicts: [
    { id: 'v1', requirementId: 'r1', outcome: 'satisfied', comment: '', recordedAt: at },
    { id: 'v2', requirementId: 'r2', outcome: 'not_satisfied', comment: 'No P1 escalation time', recordedAt: at },
  ],
  findings: [
    {
      id: 'f1',
      requirementId: 'r2',
      severity: 'minor_nonconformity',
      title: 'No P1 escalation time',
      description: 'The SLA sets none.',
      status: 'open',
      dueDate: '2026-04-01',
      raisedAt: at,
    },
    { id: 'f2', requirementId: 'r1', severity: 'observation', title: 'Old contact list', description: '', status: 'closed', dueDate: null, raisedAt: at },
  ],
  generatedAt: at,
  publicBaseUrl: 'http://localhost:3000',
};

describe('OSCAL exports', () => {
  it('assessment results validate against the official OSCAL schema', () => {
    const doc = buildAssessmentResults(oscalInput);
    const validate = schema('oscal_assessment-results_schema.json');
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    const result = (doc['assessment-results'] as { results: { findings: unknown[]; observations: unknown[] }[] }).results[0]!;
    expect(result.observations).toHaveLength(2);
    expect(result.findings).toHaveLength(4);
    expect(JSON.stringify(buildAssessmentResults(oscalInput))).toBe(JSON.stringify(doc));
  });

  it('open findings become a POA&M that validates against the official schema', () => {
    const doc = buildPoam({ ...oscalInput })!;
    const validate = schema('oscal_poam_schema.json');
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    expect((doc['plan-of-action-and-milestones'] as { 'poam-items': unknown[] })['poam-items']).toHaveLength(1);
    // OSCAL requires at least one POA&M item: nothing open, nothing to plan.
    expect(buildPoam({ ...oscalInput, findings: oscalInput.findings.filter((f) => f.status === 'closed') })).toBeNull();
  });

  it('makes OSCAL tokens of requirement refs', () => {
    expect(controlIdOf({ frameworkCode: 'ISO/IEC 27001', ref: '8.3.2' })).toBe('iso_iec_27001-8.3.2');
    expect(controlIdOf({ frameworkCode: '62443', ref: 'SR 1.1' })).toBe('r-62443-sr_1.1');
  });
});
