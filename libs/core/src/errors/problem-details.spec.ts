import { NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { CoreError, CoreErrorCode } from './core.errors.js';
import { toProblem } from './problem-details.js';

describe('toProblem', () => {
  it('maps a domain error by its kind and keeps its field errors', () => {
    const e = new CoreError(CoreErrorCode.ValidationFailed, 'bad', { errors: [{ field: 'email', message: 'must be an email' }] });
    const { problem, internal } = toProblem(e, '/v1/x', 'cid');
    expect(internal).toBe(false);
    expect(problem).toMatchObject({ status: 400, code: 'core.validation_failed', instance: '/v1/x', correlationId: 'cid' });
    expect(problem.errors).toEqual([{ field: 'email', message: 'must be an email' }]);
  });

  it("carries a domain error's extensions beside the document's own members, which an extension may not name", () => {
    const e = new CoreError(CoreErrorCode.ValidationFailed, 'bad', { extensions: { decisionStatus: 'withdrawn', allowed: [] } });
    expect(toProblem(e, '/v1/x', 'cid').problem).toMatchObject({ status: 400, code: 'core.validation_failed', decisionStatus: 'withdrawn', allowed: [] });
    // `status` would be overwritten by the HTTP status (the extension lost): the type refuses it, as every other reserved member.
    // @ts-expect-error reserved problem member
    const reserved = new CoreError(CoreErrorCode.ValidationFailed, 'bad', { extensions: { status: 'withdrawn' } });
    expect(toProblem(reserved, '/v1/x', 'cid').problem.status).toBe(400);
  });

  it('maps Nest HTTP exceptions to their status', () => {
    expect(toProblem(new NotFoundException('gone'), '/a', 'c').problem).toMatchObject({ status: 404, detail: 'gone' });
  });

  it('turns anything unexpected into an opaque 500', () => {
    const { problem, internal } = toProblem(new TypeError('x is undefined at /srv/file.ts:1'), '/a', 'c');
    expect(internal).toBe(true);
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toMatch(/undefined|file\.ts/);
  });

  it('keeps client-caused Fastify errors as 4xx', () => {
    const err = Object.assign(new Error('Body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(toProblem(err, '/a', 'c').problem.status).toBe(413);
  });

  it('maps a foreign-key violation on a made-up id to 422 naming the field, never 500', () => {
    const pg = Object.assign(new Error('insert or update on table "attestations" violates foreign key constraint'), {
      code: '23503',
      constraint: 'fk_attestations_decision',
      detail: 'Key (decision_id)=(01970000-0000-7000-8000-0000000000d1) is not present in table "decisions".',
    });
    const { problem, internal } = toProblem(Object.assign(new Error('query failed'), { driverError: pg }), '/a', 'c');
    expect(internal).toBe(false);
    expect(problem).toMatchObject({
      status: 422,
      code: 'core.reference_not_found',
      errors: [{ field: 'decisionId', message: 'refers to nothing that exists' }],
    });
    expect(JSON.stringify(problem)).not.toMatch(/01970000/);
  });

  it('names the field from the constraint when row-level security keeps the key out of the detail', () => {
    const pg = Object.assign(new Error('violates foreign key constraint'), {
      code: '23503',
      table: 'attestations',
      constraint: 'fk_attestations_signing_key',
      detail: 'Key is not present in table "signing_keys".',
    });
    expect(toProblem(pg, '/a', 'c').problem.errors).toEqual([{ field: 'signingKeyId', message: 'refers to nothing that exists' }]);
  });

  it('maps a delete of a referenced row and an unclaimed unique violation to 409', () => {
    const still = Object.assign(new Error('x'), { code: '23503', detail: 'Key (id)=(1) is still referenced from table "bids".' });
    expect(toProblem(still, '/a', 'c').problem).toMatchObject({ status: 409, code: 'core.still_referenced' });
    const dup = Object.assign(new Error('x'), { code: '23505', detail: 'Key (organization_id, name)=(a, b) already exists.' });
    expect(toProblem(dup, '/a', 'c').problem).toMatchObject({
      status: 409,
      code: 'core.already_exists',
      errors: [{ field: 'organizationId' }, { field: 'name' }],
    });
  });

  it('maps a deadlock or serialization failure (a race the database cancelled) to 409, not 500', () => {
    for (const code of ['40P01', '40001']) {
      const raced = Object.assign(new Error('deadlock detected'), { code, routine: 'DeadLockReport' });
      const { problem, internal } = toProblem({ driverError: raced, message: 'deadlock detected' }, '/a', 'c');
      expect(problem).toMatchObject({ status: 409, code: 'core.concurrent_change' });
      expect(internal).toBe(false);
    }
  });
});
