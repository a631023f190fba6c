import { describe, expect, it } from 'vitest';
import { CoreError, CoreErrorCode } from '../errors/core.errors.js';
import { ifNoneMatchHits, versionFromIfMatch } from './etag.js';

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

describe(versionFromIfMatch.name, () => {
  const code = (header: string | undefined) => {
    try {
      versionFromIfMatch(header);
      return null;
    } catch (e) {
      return (e as CoreError).code;
    }
  };

  it('reads the version of a strong or weak ETag', () => {
    expect(versionFromIfMatch('"7"')).toBe(7);
    expect(versionFromIfMatch(' W/"12" ')).toBe(12);
  });

  it('asks for an ETag (428) when none is sent or * names none, and refuses one that cannot match (412)', () => {
    expect(code(undefined)).toBe(CoreErrorCode.PreconditionRequired);
    expect(code('*')).toBe(CoreErrorCode.PreconditionRequired);
    expect(code(' * ')).toBe(CoreErrorCode.PreconditionRequired);
    expect(code('"abc"')).toBe(CoreErrorCode.PreconditionFailed);
  });
});
