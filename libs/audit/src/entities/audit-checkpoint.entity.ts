import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { AuditStreamType } from './audit-event.entity.js';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * A signed statement of an audit stream's head: "stream S had `seq` events, the last with
 * hash H, at `signedAt`", signed by the platform's checkpoint key (compact JWS over the
 * RFC 8785 JSON of those fields). Append-only, like the events it seals.
 */
@ForeignKey('audit_checkpoint_keys', ['keyId'] as const, ['id'], { name: 'fk_audit_checkpoints_key', onDelete: 'RESTRICT' })
@Entity('audit_checkpoints')
@Index('uq_audit_checkpoints_stream_seq', ['streamId', 'seq'], { unique: true })
export class AuditCheckpointEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  streamType: AuditStreamType;

  @Column('uuid')
  streamId: string;

  /** The last position the checkpoint covers. */
  @Column('bigint', { transformer: bigintAsNumber })
  seq: number;

  /** The hash of the event at `seq`. */
  @Column('text')
  hash: string;

  @Column('timestamptz')
  signedAt: Date;

  @Column('uuid')
  keyId: string;

  /** The signed checkpoint (compact JWS, EdDSA; `kid` names the key). */
  @Column('text')
  jws: string;
}
