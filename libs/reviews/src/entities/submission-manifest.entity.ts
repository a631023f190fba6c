import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** One component of the offering as a manifest freezes it. */
export interface ManifestComponent {
  id: string;
  name: string;
  kind: string;
  version: string;
  providerOrganizationId: string | null;
  serviceCategory: string | null;
}

/** The frozen head of a submission: its digest and Merkle root (append-only). */
@ForeignKey('submissions', ['submissionId'] as const, ['id'], { name: 'fk_submission_manifests_submission', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_submission_manifests_workspace', onDelete: 'RESTRICT' })
@Entity('submission_manifests')
export class SubmissionManifestEntity {
  @PrimaryColumn('uuid')
  submissionId: string;

  @Column('uuid')
  workspaceId: string;

  @Column('integer')
  number: number;

  /** Manifest format, `attesta.submission-manifest/1` or `/2` (2 freezes components and evidence dates). */
  @Column('text')
  format: string;

  /** Hex SHA-256 over the RFC 8785 canonical JSON of the whole manifest. */
  @Column('text')
  digest: string;

  /** Hex RFC 9162 Merkle tree head over the entries' leaf hashes, in position order. */
  @Column('text')
  merkleRoot: string;

  @Column('integer')
  entryCount: number;

  /** The offering's components as submitted (format 2 and later; null in format 1). */
  @Column('jsonb', { nullable: true })
  components: ManifestComponent[] | null;

  /**
   * The workspace's target markets when it was submitted: what the assessor judged it for, so a
   * decision may cover these only (a market the owner adds later needs a new submission).
   */
  @Column('text', { array: true })
  targetMarkets: string[];

  /**
   * Whether the workspace asked for four-eyes decisions when it was submitted: a decision on it needs a
   * second assessor's confirmation if this or the workspace's setting says so (the owner cannot waive it mid-review).
   */
  @Column('boolean', { default: false })
  fourEyes: boolean;

  @Column('timestamptz')
  submittedAt: Date;
}
