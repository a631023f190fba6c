import { CoreError, CoreErrorCode } from './core.errors.js';

/** The parts of a node-postgres error (TypeORM's QueryFailedError copies them) the mapping reads. */
interface PgErrorLike {
  code?: string;
  constraint?: string;
  detail?: string;
  table?: string;
  driverError?: PgErrorLike;
}

function pgError(e: unknown): PgErrorLike | null {
  if (!e || typeof e !== 'object') return null;
  const err = e as PgErrorLike;
  // TypeORM's QueryFailedError keeps pg's own error (with detail and constraint) as driverError.
  const pg = err.driverError ?? err;
  return typeof pg.code === 'string' && /^[0-9A-Z]{5}$/.test(pg.code) ? pg : null;
}

/**
 * True when `e` is a unique violation (23505), of `constraint` when given. The one test for
 * it: services turn the ones they expect into their own domain error (`already linked`,
 * `already issued`); any other reaches the error map as a 409.
 */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const pg = pgError(e);
  return pg?.code === '23505' && (constraint === undefined || pg.constraint === constraint);
}

/** True when `e` is a foreign-key violation (23503), of `constraint` when given. */
export function isForeignKeyViolation(e: unknown, constraint?: string): boolean {
  const pg = pgError(e);
  return pg?.code === '23503' && (constraint === undefined || pg.constraint === constraint);
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The domain error a constraint violation no service claimed stands for, or null when `e` is
 * none. Used by the error map (toProblem), so a made-up id in a request is a 422 naming its
 * field, a delete of something still referenced a 409, a duplicate a 409 — never a 500.
 */
export function constraintViolationError(e: unknown): CoreError | null {
  const pg = pgError(e);
  if (!pg) return null;
  // pg's detail: `Key (decision_id)=(…) is not present in table "decisions".` or `… is still referenced from table "x".`
  // Under row-level security pg leaves the key out of the detail; the constraint name
  // (`fk_<table>_<column without _id>`, the migrations' convention) still names the column.
  const named = pg.table && pg.constraint?.startsWith(`fk_${pg.table}_`) ? [`${pg.constraint.slice(`fk_${pg.table}_`.length)}_id`] : [];
  const columns = /^Key \(([^)]+)\)=/.exec(pg.detail ?? '')?.[1]?.split(', ') ?? named;
  if (pg.code === '23503') {
    if (/still referenced/.test(pg.detail ?? '')) {
      return new CoreError(CoreErrorCode.StillReferenced, 'Other records still refer to this one; remove or reassign them first.');
    }
    const fields = columns.map(camel);
    return new CoreError(CoreErrorCode.ReferenceNotFound, `No such ${fields.join(', ') || 'referenced object'}: it does not exist or is not visible to you.`, {
      errors: (fields.length ? fields : ['id']).map((field) => ({ field, message: 'refers to nothing that exists' })),
    });
  }
  // A deadlock (40P01) or serialization failure (40001) no service retried: a race between two
  // requests that the database resolved by cancelling this one, which is the client's to repeat.
  if (pg.code === '40P01' || pg.code === '40001') {
    return new CoreError(CoreErrorCode.ConcurrentChange, 'Another request changed the same records at the same time; send this one again.');
  }
  if (pg.code === '23505') {
    const fields = columns.filter((c) => !/^\(|coalesce/.test(c)).map(camel);
    return new CoreError(CoreErrorCode.AlreadyExists, 'A record with these values already exists.', {
      errors: fields.map((field) => ({ field, message: 'is already used' })),
    });
  }
  return null;
}
