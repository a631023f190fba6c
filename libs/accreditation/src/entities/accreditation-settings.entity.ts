import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** An assessor organization's accreditation settings. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'FK_feab93bdd1c23c960dde9b9b1b8', onDelete: 'RESTRICT' })
@Entity('accreditation_settings')
export class AccreditationSettingsEntity {
  @PrimaryColumn('uuid')
  organizationId: string;

  /** Suspend the attestations issued under an accreditation when it lapses (suspended, withdrawn, expired). */
  @Column('boolean', { default: false })
  autoSuspendOnAccreditationLapse: boolean;

  @Column('timestamptz')
  updatedAt: Date;
}
