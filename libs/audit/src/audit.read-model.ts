import { EntityManager } from 'typeorm';
import { AuditEventEntity } from './entities/audit-event.entity.js';

/** An audit event as other libs may read it (the hash chain stays the audit lib's). */
export interface AuditEventRecord {
  id: string;
  seq: number;
  action: string;
  subjectType: string;
  subjectId: string | null;
  payload: Record<string, unknown>;
}

/**
 * The first event of a stream with this action about this subject, when the caller may
 * read it (row-level security projects workspace streams by role), read on the caller's
 * transaction.
 */
export async function auditEventAbout(em: EntityManager, streamId: string, action: string, subjectId: string): Promise<AuditEventRecord | null> {
  const e = await em.getRepository(AuditEventEntity).findOne({ where: { streamId, action, subjectId } });
  return e ? { id: e.id, seq: e.seq, action: e.action, subjectType: e.subjectType, subjectId: e.subjectId, payload: e.payload } : null;
}
