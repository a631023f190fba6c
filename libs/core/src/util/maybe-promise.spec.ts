import { describe, expect, it } from 'vitest';
import { thenMaybe } from './maybe-promise.js';

describe('thenMaybe', () => {
  it('applies the next step at once to a value, and throws its error at once', () => {
    expect(thenMaybe(2, (n) => n * 3)).toBe(6);
    expect(() =>
      thenMaybe(2, () => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
  });

  it("waits for a promise, and rejects with its error or the next step's", async () => {
    const later = thenMaybe(Promise.resolve(2), (n) => n * 3);
    expect(later).toBeInstanceOf(Promise);
    await expect(later).resolves.toBe(6);
    await expect(thenMaybe(Promise.reject(new Error('lost')), (n: number) => n)).rejects.toThrow('lost');
    await expect(
      thenMaybe(Promise.resolve(1), () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
  });
});
