import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** The result of re-reading a stored version and re-hashing it (append-only). */
@ForeignKey('evidence_versions', ['versionId'] as const, ['id'], { name: 'fk_evidence_integrity_checks_version', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_evidence_integrity_checks_workspace', onDelete: 'RESTRICT' })
@Entity('evidence_integrity_checks')
@Index('ix_evidence_integrity_version', ['versionId', 'checkedAt'])
export class IntegrityCheckEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  versionId: string;

  @Column('uuid')
  workspaceId: string;

  @Column('boolean')
  ok: boolean;

  @Column('text', { nullable: true })
  actualSha256: string | null;

  @Column('text', { nullable: true })
  detail: string | null;

  @Column('timestamptz')
  checkedAt: Date;
}
