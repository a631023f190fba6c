import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { Objective } from '../objectives.js';

/** An SLA document linked to a profile as its evidence. */
export interface SlaDocument {
  title: string;
  uri: string | null;
  sha256: string | null;
  evidenceId: string | null;
}

/** One version of a component's service-level profile: its objectives and SLA documents. Versions are never changed. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_service_level_profiles_organization', onDelete: 'RESTRICT' })
@ForeignKey('offerings', ['offeringId'] as const, ['id'], { name: 'fk_service_level_profiles_offering', onDelete: 'RESTRICT' })
@ForeignKey('offering_components', ['componentId'] as const, ['id'], { name: 'fk_service_level_profiles_component', onDelete: 'RESTRICT' })
@Entity('service_level_profiles')
@Index('uq_service_level_profiles_component_version', ['componentId', 'version'], { unique: true })
@Index('ix_service_level_profiles_offering', ['offeringId', 'componentId'])
export class ServiceLevelProfileEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The offering's owner. */
  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  offeringId: string;

  @Column('uuid')
  componentId: string;

  @Column('integer')
  version: number;

  @Column('jsonb')
  objectives: Objective[];

  @Column('jsonb', { default: () => "'[]'" })
  slaDocuments: SlaDocument[];

  @Column('text')
  createdBy: string;

  @Column('timestamptz')
  createdAt: Date;
}
