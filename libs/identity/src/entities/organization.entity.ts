import { OrganizationKind } from '@attesta/core';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A tenant: a company acting as manufacturer, vendor, assessor or procurer. */
@Entity('organizations')
export class OrganizationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: OrganizationKind;

  /** Assessors (conformity assessment bodies) only. */
  @Column('text', { nullable: true })
  accreditationBody: string | null;

  @Column('text', { nullable: true })
  accreditationNumber: string | null;

  @Column('text', { nullable: true })
  accreditationScope: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
