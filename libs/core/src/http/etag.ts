import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { CoreError, CoreErrorCode } from '../errors/core.errors.js';
import { MAX_INT32 } from '../errors/validation.js';

/** The ETag of a row version (strong: the representation changes with every version). */
export function etagOf(version: number | string): string {
  return `"${version}"`;
}

/** The opaque tags an `If-None-Match` header names (`W/` dropped), or `'*'`. Commas may sit inside quotes. */
function entityTags(header: string): string[] | '*' {
  if (header.trim() === '*') return '*';
  return [...header.matchAll(/(?:W\/)?"([^"]*)"/g)].map((m) => m[1]!);
}

/**
 * True when `If-None-Match` matches `etag` (RFC 9110 §13.1.2): `*`, or any listed entity
 * tag equal to it under the weak comparison (§8.8.3.2: `W/"x"` and `"x"` match, both ways).
 * The one test for it: every route that answers 304 calls this.
 */
export function ifNoneMatchHits(header: string | readonly string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const own = entityTags(etag);
  if (own === '*' || own.length !== 1) return false;
  return (typeof header === 'string' ? [header] : header).some((h) => {
    const tags = entityTags(h);
    return tags === '*' || tags.includes(own[0]!);
  });
}

/**
 * The version an `If-Match` header names. Updates of mutable resources require it:
 * missing or `*` (no version named) → 428, unreadable → 412 (it cannot match).
 */
export function versionFromIfMatch(header: string | undefined): number {
  if (!header) {
    throw new CoreError(CoreErrorCode.PreconditionRequired, 'Send If-Match with the ETag you last read, so concurrent edits are not lost.');
  }
  // `*` matches any current version: it would update whatever is there, the lost update If-Match is required against.
  if (header.trim() === '*') {
    throw new CoreError(CoreErrorCode.PreconditionRequired, 'If-Match: * names no version: send the ETag you last read, so concurrent edits are not lost.');
  }
  const m = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!m) throw new CoreError(CoreErrorCode.PreconditionFailed, 'If-Match does not match the current version.');
  const version = Number(m[1]);
  // Versions are `integer` columns: a bigger number is not an ETag this API issued.
  if (!Number.isSafeInteger(version) || version > MAX_INT32) {
    throw new CoreError(CoreErrorCode.ValidationFailed, 'If-Match names a version beyond any this API issues.', {
      errors: [{ field: 'If-Match', message: `must be an ETag with a version up to ${MAX_INT32}` }],
    });
  }
  return version;
}

/** `@IfMatch() version: number` on update routes. */
export const IfMatch = createParamDecorator((_data: unknown, ctx: ExecutionContext): number => {
  const req = ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
  return versionFromIfMatch(req.headers['if-match']);
});

/**
 * `@OptionalIfMatch() version: number | undefined` on update routes that take If-Match when sent
 * (a stale one is 412, as on `IfMatch` routes) and do without it.
 */
export const OptionalIfMatch = createParamDecorator((_data: unknown, ctx: ExecutionContext): number | undefined => {
  const header = ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers['if-match'];
  return header === undefined ? undefined : versionFromIfMatch(header);
});

export const ApiIfMatch = () => ApiHeader({ name: 'If-Match', required: true, description: 'The ETag from the last read of this resource' });
