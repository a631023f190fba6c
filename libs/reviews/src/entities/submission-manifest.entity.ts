import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The frozen head of a submission: its digest and Merkle root (append-only). */
@Entity('submission_manifests')
export class SubmissionManifestEntity {
  @PrimaryColumn('uuid')
  submissionId: string;

  @Column('uuid')
  workspaceId: string;

  @Column('integer')
  number: number;

  /** Manifest format, e.g. `attesta.submission-manifest/1`. */
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

  @Column('timestamptz')
  submittedAt: Date;
}
