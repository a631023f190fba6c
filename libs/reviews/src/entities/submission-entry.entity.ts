import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** One frozen evidence version as the manifest records it. */
export interface ManifestEvidence {
  evidenceId: string;
  versionId: string;
  versionNumber: number;
  type: string;
  title: string;
  componentId: string | null;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedByOrganizationId: string;
  /** The evidence item's effective date at submission (format 2 and later). */
  effectiveDate?: string;
  /** The evidence item's valid-until date at submission, null = open-ended (format 2 and later). */
  validUntil?: string | null;
}

/** The canonical content of one manifest entry: a requirement and its evidence versions. */
export interface ManifestEntryContent {
  requirementId: string;
  frameworkId: string;
  ref: string;
  evidence: ManifestEvidence[];
}

/** One requirement of a frozen manifest, with its leaf hash (append-only). */
@ForeignKey('requirements', ['requirementId'] as const, ['id'], { name: 'fk_submission_entries_requirement', onDelete: 'RESTRICT' })
@ForeignKey('submissions', ['submissionId'] as const, ['id'], { name: 'fk_submission_entries_submission', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_submission_entries_workspace', onDelete: 'RESTRICT' })
@Entity('submission_entries')
@Index('uq_submission_entries_requirement', ['submissionId', 'requirementId'], { unique: true })
@Index('uq_submission_entries_position', ['submissionId', 'position'], { unique: true })
@Index('ix_submission_entries_workspace', ['workspaceId'])
export class SubmissionEntryEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  submissionId: string;

  @Column('uuid')
  workspaceId: string;

  /** 0-based leaf index in the Merkle tree. */
  @Column('integer')
  position: number;

  @Column('uuid')
  requirementId: string;

  /** The versions frozen for it (what assessors may download). */
  @Column('uuid', { array: true, default: () => "'{}'" })
  evidenceVersionIds: string[];

  @Column('jsonb')
  content: ManifestEntryContent;

  /** Hex SHA-256(0x00 ‖ JCS(content)). */
  @Column('text')
  leafHash: string;
}
