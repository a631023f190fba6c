import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits } from './etag.js';

describe(ifNoneMatchHits.name, () => {
  it('compares weakly: W/ on either side does not matter', () => {
    expect(ifNoneMatchHits('W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHits('W/"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHits('"abd"', 'W/"abc"')).toBe(false);
  });

  it('reads lists, repeated headers, commas inside tags and *', () => {
    expect(ifNoneMatchHits(' "x" , W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits(['"x"', 'W/"abc"'], '"abc"')).toBe(true);
    expect(ifNoneMatchHits('"a,b"', '"a,b"')).toBe(true);
    expect(ifNoneMatchHits('"a,b"', '"a"')).toBe(false);
    expect(ifNoneMatchHits('*', 'W/"abc"')).toBe(true);
  });

  it('matches nothing without a header, with garbage, or with an unquoted tag', () => {
    expect(ifNoneMatchHits(undefined, '"abc"')).toBe(false);
    expect(ifNoneMatchHits('', '"abc"')).toBe(false);
    expect(ifNoneMatchHits('abc', '"abc"')).toBe(false);
  });
});
