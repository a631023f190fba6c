import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

export interface HashedAuditFields {
  streamType: string;
  streamId: string;
  seq: number;
  organizationId: string;
  actorType: string;
  actorId: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  payload: Record<string, unknown>;
  /** Hashed when `occurredAtPrecise` is absent (an event not yet read back). */
  occurredAt?: Date;
  /** `occurred_at` as stored, to the microsecond (`YYYY-MM-DDTHH:MM:SS.ffffffZ`); absent on an event not yet read back. */
  occurredAtPrecise?: string;
  /** The canonical form: 1 (milliseconds, no version field) or 2 (microseconds, versioned). */
  hashVersion: number;
  prevHash: string | null;
}

/** The canonical form new events are hashed with. */
export const AUDIT_HASH_VERSION = 2;

const PRECISE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A Date as a microsecond timestamp string (its sub-millisecond digits are zero). */
export function preciseTimestamp(d: Date): string {
  return d.toISOString().replace(/Z$/, '000Z');
}

function occurredAtOf(e: HashedAuditFields): string {
  const precise = e.occurredAtPrecise ?? (e.occurredAt ? preciseTimestamp(e.occurredAt) : '');
  if (!PRECISE.test(precise)) throw new Error('audit event timestamp is not a microsecond UTC timestamp');
  return precise;
}

/**
 * The timestamp as the event's canonical form writes it, or null when that form cannot
 * represent the stored value: version 1 wrote milliseconds (`toISOString()`), so a stored
 * value with sub-millisecond digits was edited after the fact; version 2 writes microseconds,
 * all PostgreSQL keeps.
 */
export function canonicalOccurredAt(e: HashedAuditFields): string | null {
  const precise = occurredAtOf(e);
  if (e.hashVersion === 1) return precise.endsWith('000Z') ? `${precise.slice(0, 23)}Z` : null;
  if (e.hashVersion === 2) return precise;
  return null;
}

/**
 * SHA-256 (hex) over the RFC 8785 canonical JSON of the event and the previous hash.
 * Version 1 (events written before it changed): `occurredAt` in milliseconds and no version
 * field. Version 2: `occurredAt` to the microsecond, as PostgreSQL stores it, and
 * `hashVersion: 2` inside the hashed document, so relabelling an event as version 1 changes
 * what is hashed. Null when the event cannot be hashed as it stands (an unknown version, or a
 * version 1 timestamp with sub-millisecond digits): it does not verify.
 */
export function auditEventHash(e: HashedAuditFields): string | null {
  const occurredAt = canonicalOccurredAt(e);
  if (occurredAt === null) return null;
  const doc: Record<string, unknown> = {
    streamType: e.streamType,
    streamId: e.streamId,
    seq: e.seq,
    organizationId: e.organizationId,
    actorType: e.actorType,
    actorId: e.actorId,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    payload: e.payload,
    occurredAt,
    prevHash: e.prevHash,
  };
  if (e.hashVersion !== 1) doc.hashVersion = e.hashVersion;
  const canonical = canonicalize(doc);
  if (canonical === undefined) throw new Error('audit event cannot be canonicalized');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
