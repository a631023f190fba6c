import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { CoreError, CoreErrorCode } from '../errors/core.errors.js';
import { MAX_INT32 } from '../errors/validation.js';

/** The ETag of a row version (strong: the representation changes with every version). */
export function etagOf(version: number | string): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header names. Updates of mutable resources require it:
 * missing → 428, unreadable → 412 (it cannot match).
 */
export function versionFromIfMatch(header: string | undefined): number {
  if (!header) {
    throw new CoreError(CoreErrorCode.PreconditionRequired, 'Send If-Match with the ETag you last read, so concurrent edits are not lost.');
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

export const ApiIfMatch = () => ApiHeader({ name: 'If-Match', required: true, description: 'The ETag from the last read of this resource' });
