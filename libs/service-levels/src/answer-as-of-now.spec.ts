import { describe, expect, it } from 'vitest';
import type { RequirementResponse } from './criteria.js';
import { answerAsOfNow } from './service-levels.hooks.js';

const response = (id: string, source: RequirementResponse['source'], attestationId: string | null): RequirementResponse => ({
  id: `${id}-response`,
  requirement: { id },
  value: 99.9,
  unit: 'P1',
  source,
  componentId: 'saas',
  objectiveId: `objective-${id}`,
  attestationId,
  operator: '>=',
  objective: null,
});

const answer = {
  responses: [response('a', 'attested', 'att-a'), response('b', 'attested', 'att-b'), response('c', 'declared', null)],
  matchContext: { attestedFrameworkIds: ['fw-a', 'fw-b'], serviceLayers: ['predictive_maintenance'] },
};

describe(answerAsOfNow.name, () => {
  it('keeps a bid-time answer whose relied-on attestations are all still active', () => {
    const now = answerAsOfNow(answer, [
      { id: 'att-a', active: true, frameworkIds: ['fw-a'] },
      { id: 'att-b', active: true, frameworkIds: ['fw-b'] },
    ]);
    expect(now).toEqual(answer);
  });

  it('counts a value attested by an attestation no longer active as declared, citing no attestation, and drops its frameworks', () => {
    const now = answerAsOfNow(answer, [
      { id: 'att-a', active: true, frameworkIds: ['fw-a'] },
      { id: 'att-b', active: false, frameworkIds: ['fw-b'] },
    ]);
    expect(now.responses.map((r) => [r.requirement.id, r.source, r.attestationId])).toEqual([
      ['a', 'attested', 'att-a'],
      ['b', 'declared', null],
      ['c', 'declared', null],
    ]);
    expect(now.matchContext).toEqual({ attestedFrameworkIds: ['fw-a'], serviceLayers: ['predictive_maintenance'] });
    // The stored answer is not touched: a reinstated attestation counts again.
    expect(answer.responses[1]!.source).toBe('attested');
  });

  it('adds no framework that was not attested at bid time, and treats an attestation it is not given as not active', () => {
    const now = answerAsOfNow(answer, [{ id: 'att-c', active: true, frameworkIds: ['fw-c', 'fw-a'] }]);
    expect(now.matchContext.attestedFrameworkIds).toEqual(['fw-a']);
    expect(now.responses.filter((r) => r.source === 'attested')).toEqual([]);
  });
});
