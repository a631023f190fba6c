import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OfferingEntity } from './offering.entity.js';

export enum ComponentKind {
  Hardware = 'hardware',
  Firmware = 'firmware',
  Connectivity = 'connectivity',
  AiService = 'ai_service',
  CloudService = 'cloud_service',
  Saas = 'saas',
}

export enum ServiceCategory {
  RemoteQualityInspection = 'remote_quality_inspection',
  CloudOm = 'cloud_om',
  WarehouseSaas = 'warehouse_saas',
  PredictiveMaintenance = 'predictive_maintenance',
  RemoteCommissioning = 'remote_commissioning',
  Other = 'other',
}

/** Every service category, as the strings criteria, scopes and DTOs name. */
export const SERVICE_CATEGORIES: readonly string[] = Object.values(ServiceCategory);

/** One layer of an offering, optionally run by a provider organization (a vendor). */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_offering_components_organization', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['providerOrganizationId'] as const, ['id'], { name: 'fk_offering_components_provider_organization', onDelete: 'RESTRICT' })
@Entity('offering_components')
@Index('ix_offering_components_offering', ['offeringId', 'id'])
@Index('ix_offering_components_provider', ['providerOrganizationId'])
export class ComponentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  offeringId: string;

  /** The manufacturer (owner of the offering). */
  @Column('uuid')
  organizationId: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: ComponentKind;

  @Column('text')
  version: string;

  @Column('uuid', { nullable: true })
  providerOrganizationId: string | null;

  @Column('text', { nullable: true })
  serviceCategory: ServiceCategory | null;

  @Column('text', { default: '' })
  description: string;

  @Column('timestamptz')
  createdAt: Date;

  @ManyToOne(() => OfferingEntity, (o) => o.components, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offering_id' })
  offering?: OfferingEntity;
}
