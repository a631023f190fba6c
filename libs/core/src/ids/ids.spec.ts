import { describe, expect, it } from 'vitest';
import { isUuidV7, newCorrelationId, newId } from './ids.js';

/** The Unix milliseconds a UUIDv7 carries in its first 48 bits. */
const msecsOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('ids', () => {
  it('row ids are UUIDv7 and sort in the order they were made', () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    expect(ids.every(isUuidV7)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });

  it('correlation ids are UUIDv7 of the current millisecond, distinct across many refills of their random buffer', () => {
    const before = Date.now();
    const ids = Array.from({ length: 2000 }, () => newCorrelationId());
    const after = Date.now();
    expect(ids.every(isUuidV7)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // 74 random bits each: no two share their random part either (so no buffer slice was reused).
    expect(new Set(ids.map((id) => id.replace(/-/g, '').slice(13))).size).toBe(ids.length);
    for (const id of ids) {
      expect(msecsOf(id)).toBeGreaterThanOrEqual(before);
      expect(msecsOf(id)).toBeLessThanOrEqual(after);
    }
  });
});
