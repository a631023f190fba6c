import { describe, expect, it } from 'vitest';
import { assertSupportedStrings, findNonFiniteNumber, findUnsupportedString } from './input-guards.js';

describe('input guards', () => {
  it('name the first unsupported string or key by its path, and nothing when there is none', () => {
    expect(findUnsupportedString({ name: 'ok', components: [{ name: 'fine' }, { name: 'b\u0000d' }] })).toBe('components.1.name');
    expect(findUnsupportedString({ tags: ['a', '\ud800'] })).toBe('tags.1');
    expect(findUnsupportedString({ outer: { 'k\udc00': 1 } })).toBe('outer.k\udc00');
    expect(findUnsupportedString('\u0000')).toBe('body');
    expect(findUnsupportedString(['\ud83d\ude00', '\u0000'])).toBe('1');
    // An empty key still names a field (never the empty string, which would read as "none found").
    expect(findUnsupportedString({ '': '\u0000' })).toBe('body');
    expect(findUnsupportedString({ a: { '': '\u0000' } })).toBe('a.');
    expect(findUnsupportedString({ name: 'a pair \ud83d\ude00 is fine', n: 1, list: [null, true, { x: 'y' }] })).toBeNull();
  });

  it('name the first number that is not finite by its path', () => {
    expect(findNonFiniteNumber({ scope: { maxAge: Infinity } })).toBe('scope.maxAge');
    expect(findNonFiniteNumber({ components: [{ version: 1 }, { version: -Infinity }] })).toBe('components.1.version');
    expect(findNonFiniteNumber(Infinity)).toBe('body');
    expect(findNonFiniteNumber({ '': Infinity })).toBe('body');
    expect(findNonFiniteNumber({ a: 1, b: [1.5, -2, 1e308], c: 'Infinity' })).toBeNull();
  });

  it('refuse unsupported characters in the path parameters, the query or the body, naming the field (422)', () => {
    expect(() => assertSupportedStrings({ params: { workspaceId: '\u0000' } })).toThrow(/workspaceId must not contain NUL/);
    expect(() => assertSupportedStrings({ query: { q: 'a\ud800' } })).toThrow(/^q must not/);
    expect(() => assertSupportedStrings({ body: { '': '\u0000' } })).toThrow(/^body must not/);
    expect(() => assertSupportedStrings({ params: {}, query: { q: 'fine' }, body: { list: ['ok'] } })).not.toThrow();
  });
});
