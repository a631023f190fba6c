import { CoreError, CoreErrorCode } from '../errors/core.errors.js';

/** The deepest nesting of arrays and objects a JSON body may have. */
export const MAX_JSON_DEPTH = 64;

/**
 * True when the JSON text nests arrays/objects deeper than `max`. A linear scan of the text
 * (brackets inside strings do not count), run before `JSON.parse` and class-transformer, which
 * both recurse and would overflow the stack on a body nested thousands deep.
 */
export function jsonDepthExceeds(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

export function jsonTooDeepError(max = MAX_JSON_DEPTH): CoreError {
  return new CoreError(CoreErrorCode.JsonTooDeep, `The request body is nested deeper than ${max} levels.`);
}

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what is refused
const UNSUPPORTED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path (`components.0.name`) of the first string, or key, with a NUL or a lone surrogate; null if none. */
export function findUnsupportedString(value: unknown): string | null {
  return firstPath(value, unsupportedString, unsupportedKey);
}

const unsupportedString = (v: unknown) => typeof v === 'string' && UNSUPPORTED.test(v);
const unsupportedKey = (key: string) => UNSUPPORTED.test(key);
const nonFiniteNumber = (v: unknown) => typeof v === 'number' && !Number.isFinite(v);

/**
 * The path (`scope.maxAge`, `components.0.name`) of the first value `bad` refuses, or of the first key
 * `badKey` refuses; 'body' for the value itself; null if none. The walk (on every request's body,
 * query and path parameters) builds no path on the way down: only a find is named, from its keys.
 */
function firstPath(value: unknown, bad: (v: unknown) => boolean, badKey?: (key: string) => boolean): string | null {
  const trail = trailTo(value, bad, badKey);
  return trail && (trail.reverse().join('.') || 'body');
}

/** The keys (innermost first) that lead to what `firstPath` looks for, or null. */
function trailTo(value: unknown, bad: (v: unknown) => boolean, badKey?: (key: string) => boolean): string[] | null {
  if (bad(value)) return [];
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (badKey?.(key)) return [key];
      const found = trailTo((value as Record<string, unknown>)[key], bad, badKey);
      if (found) return (found.push(key), found);
    }
  }
  return null;
}

/**
 * Refuses NUL characters and lone surrogates anywhere in the body, query or path parameters:
 * PostgreSQL text cannot hold a NUL, and a lone surrogate is no Unicode text (UTF-8 cannot
 * encode it, so hashing or canonicalizing it is ambiguous). 422 naming the field.
 */
export function assertSupportedStrings(parts: { body?: unknown; query?: unknown; params?: unknown }): void {
  for (const value of [parts.params, parts.query, parts.body]) {
    const field = findUnsupportedString(value);
    if (field) {
      const message = 'must not contain NUL characters or unpaired UTF-16 surrogates';
      throw new CoreError(CoreErrorCode.UnsupportedCharacters, `${field} ${message}.`, { errors: [{ field, message }] });
    }
  }
}

/** The path (`scope.maxAge`) of the first number that is not finite (JSON's `1e999` parses as Infinity); null if none. */
export function findNonFiniteNumber(value: unknown): string | null {
  return firstPath(value, nonFiniteNumber);
}

/**
 * A JSON number beyond the range of a double (`1e999`) parses as Infinity, which no column,
 * hash or canonical form takes: 400 naming the field, before anything reads the body.
 */
export function nonFiniteNumberError(field: string): CoreError {
  const message = 'must be a finite number';
  return new CoreError(CoreErrorCode.ValidationFailed, `${field} ${message}.`, { errors: [{ field, message }] });
}
