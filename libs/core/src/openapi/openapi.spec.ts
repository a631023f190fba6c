import { describe, expect, it } from 'vitest';
import { toOpenApi31 } from './openapi.js';

describe('toOpenApi31', () => {
  it('rewrites nullable types and references into 3.1 forms', () => {
    const out = toOpenApi31({
      properties: {
        a: { type: 'string', nullable: true },
        b: { $ref: '#/components/schemas/X', nullable: true },
        c: { type: 'integer', nullable: false },
      },
    });
    expect(out).toEqual({
      properties: {
        a: { type: ['string', 'null'] },
        b: { oneOf: [{ $ref: '#/components/schemas/X' }, { type: 'null' }] },
        c: { type: 'integer' },
      },
    });
  });
});
