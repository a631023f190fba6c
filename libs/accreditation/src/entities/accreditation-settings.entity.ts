import { OrganizationEntity } from '@attesta/identity';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** An assessor organization's accreditation settings. */
@Entity('accreditation_settings')
export class AccreditationSettingsEntity {
  @PrimaryColumn('uuid')
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** Suspend the attestations issued under an accreditation when it lapses (suspended, withdrawn, expired). */
  @Column('boolean', { default: false })
  autoSuspendOnAccreditationLapse: boolean;

  @Column('timestamptz')
  updatedAt: Date;
}
