import { describe, expect, it } from 'vitest';
import { loggableError } from './problem-details.filter.js';

describe('loggableError', () => {
  it('keeps no database values, query or parameters of a failed query', () => {
    const driverError = Object.assign(new Error('invalid byte sequence: "tenant secret text"'), { code: '22021', routine: 'report_invalid_encoding' });
    const failed = Object.assign(new Error('invalid byte sequence: "tenant secret text"'), {
      name: 'QueryFailedError',
      query: 'INSERT INTO evidence (title) VALUES ($1)',
      parameters: ['tenant secret text'],
      driverError,
    });
    failed.name = 'QueryFailedError';
    const logged = JSON.stringify(loggableError(failed));
    expect(logged).toContain('22021');
    expect(logged).toContain('QueryFailedError');
    expect(logged).not.toMatch(/tenant secret|INSERT|VALUES/);
  });

  it('cuts other messages short and keeps the stack frames', () => {
    const logged = loggableError(new TypeError('x'.repeat(5000)));
    expect(String(logged.message).length).toBeLessThanOrEqual(300);
    expect(String(logged.stack)).toMatch(/\n\s+at /);
  });

  it('gives an error already made loggable back as it is, so a second pass keeps its type', () => {
    const once = loggableError(new RangeError('out of range'));
    expect(loggableError(once)).toBe(once);
    expect(once).toMatchObject({ type: 'RangeError', message: 'out of range' });
    // A plain object that merely looks alike is still described afresh.
    expect(loggableError({ type: 'RangeError', message: 'x', stack: '' })).toMatchObject({ type: 'Object' });
  });
});
