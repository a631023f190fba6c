import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A person serving a service component of an offering. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_person_assignments_organization', onDelete: 'RESTRICT' })
@ForeignKey('people', ['personId'] as const, ['id'], { name: 'fk_person_assignments_person', onDelete: 'CASCADE' })
@ForeignKey('offerings', ['offeringId'] as const, ['id'], { name: 'fk_person_assignments_offering', onDelete: 'RESTRICT' })
@ForeignKey('offering_components', ['componentId'] as const, ['id'], { name: 'fk_person_assignments_component', onDelete: 'RESTRICT' })
@Entity('person_assignments')
@Index('uq_person_assignments', ['personId', 'componentId'], { unique: true })
@Index('ix_person_assignments_offering', ['offeringId', 'personId'])
@Index('ix_person_assignments_org', ['organizationId', 'id'])
export class PersonAssignmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The employer (the person's organization). */
  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  personId: string;

  @Column('uuid')
  offeringId: string;

  @Column('uuid')
  componentId: string;

  @Column('timestamptz')
  createdAt: Date;
}
