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
});
