import { Column, Entity, ForeignKey, Index, OneToMany, PrimaryColumn } from 'typeorm';
import { ComponentEntity } from './component.entity.js';

/** A bundled hardware + service product of a manufacturer. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_offerings_organization', onDelete: 'RESTRICT' })
@Entity('offerings')
@Index('ix_offerings_org', ['organizationId', 'id'])
export class OfferingEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The manufacturer that owns it. */
  @Column('uuid')
  organizationId: string;

  @Column('text')
  name: string;

  @Column('text', { default: '' })
  description: string;

  /** Optimistic concurrency: the ETag of the offering. */
  @Column('integer', { default: 1 })
  version: number;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;

  @OneToMany(() => ComponentEntity, (c) => c.offering)
  components?: ComponentEntity[];
}
