import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { RequirementKind } from '../oscal/index.js';
import { FrameworkEntity } from './framework.entity.js';

/**
 * One clause/control of a framework, a node of its tree. `group` nodes only organise;
 * `control` nodes are what evidence is linked to. `sortOrder` is the node's position
 * in the framework's pre-order (parents before children), so listing by it yields the
 * tree in reading order and keyset pagination on (sort_order, id) is one index scan.
 * Tenancy follows the framework (RLS checks the parent framework's organization).
 */
@Entity('requirements')
@Index('uq_requirements_framework_ref', ['frameworkId', 'ref'], { unique: true })
@Index('ix_requirements_framework_order', ['frameworkId', 'sortOrder', 'id'])
@Index('ix_requirements_parent', ['parentId'])
export class RequirementEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  frameworkId: string;

  @Column('uuid', { nullable: true })
  parentId: string | null;

  @Column('text')
  kind: RequirementKind;

  /** Human reference, unique within the framework: `AC-2(1)`, `A.5.1`, `DSER-3.2`. */
  @Column('text')
  ref: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  statement: string | null;

  @Column('text', { nullable: true })
  guidance: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  expectedEvidenceTypes: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  componentKinds: string[];

  /** Position in the framework's pre-order, from 0. */
  @Column('integer')
  sortOrder: number;

  /** 0 for top-level nodes. */
  @Column('integer')
  depth: number;

  /** The OSCAL control/group id, when imported from OSCAL. */
  @Column('text', { nullable: true })
  oscalId: string | null;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkEntity;

  @ManyToOne(() => RequirementEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: RequirementEntity | null;
}
