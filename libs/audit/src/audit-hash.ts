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
  occurredAt: Date;
  prevHash: string | null;
}

/** SHA-256 (hex) over the RFC 8785 canonical JSON of the event and the previous hash. */
export function auditEventHash(e: HashedAuditFields): string {
  const canonical = canonicalize({
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
    occurredAt: e.occurredAt.toISOString(),
    prevHash: e.prevHash,
  });
  if (canonical === undefined) throw new Error('audit event cannot be canonicalized');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
