import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** One person as frozen for the assessor: a pseudonym and qualifications, no personal fields. */
export interface FrozenRosterEntry {
  pseudonym: string;
  markets: string[];
  timeZones: string[];
  components: string[];
  certifications: {
    scheme: string;
    level: string;
    issuingBody: string;
    validFrom: string;
    validUntil: string | null;
    scope: string[];
    evidenceId: string | null;
  }[];
}

/** A workspace's roster frozen for its assessor (later changes do not alter it), with its digest. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_roster_snapshots_organization', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_roster_snapshots_workspace', onDelete: 'RESTRICT' })
@Entity('roster_snapshots')
@Index('ix_roster_snapshots_workspace', ['workspaceId', 'id'])
@Index('uq_roster_snapshots_submission', ['workspaceId', 'submissionNumber'], { unique: true, where: 'submission_number IS NOT NULL' })
export class RosterSnapshotEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The workspace owner that froze it. */
  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  workspaceId: string;

  /** The submission it was frozen with (null: frozen on request by the owner). */
  @Column('integer', { nullable: true })
  submissionNumber: number | null;

  @Column('jsonb')
  entries: FrozenRosterEntry[];

  /** SHA-256 (hex) over the RFC 8785-style canonical JSON of the entries. */
  @Column('text')
  digest: string;

  @Column('timestamptz')
  createdAt: Date;
}
