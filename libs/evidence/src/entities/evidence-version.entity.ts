import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** One uploaded file: never overwritten, never updated (append-only). */
@ForeignKey('evidence', ['evidenceId'] as const, ['id'], { name: 'fk_evidence_versions_evidence', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['uploadedByOrganizationId'] as const, ['id'], { name: 'fk_evidence_versions_uploaded_by_organization', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_evidence_versions_workspace', onDelete: 'RESTRICT' })
@Entity('evidence_versions')
@Index('uq_evidence_versions_number', ['evidenceId', 'number'], { unique: true })
@Index('ix_evidence_versions_workspace', ['workspaceId'])
@Index('ix_evidence_versions_storage_key', ['storageKey'])
export class EvidenceVersionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  evidenceId: string;

  @Column('uuid')
  workspaceId: string;

  /** 1, 2, 3 … per evidence item. */
  @Column('integer')
  number: number;

  @Column('text')
  storageKey: string;

  /** Sanitised original name. */
  @Column('text')
  filename: string;

  @Column('text')
  mediaType: string;

  @Column('bigint', { transformer: bigintAsNumber })
  size: number;

  /** Hex SHA-256 of the bytes as stored. */
  @Column('text')
  sha256: string;

  @Column('text')
  uploadedBy: string;

  @Column('uuid')
  uploadedByOrganizationId: string;

  @Column('timestamptz')
  createdAt: Date;
}
