import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { MetricValueType, UnitCode } from '../metrics.js';

/** A tenant's own service-level metric (the built-in vocabulary lives in code). */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_service_level_metrics_organization', onDelete: 'RESTRICT' })
@Entity('service_level_metrics')
@Index('uq_service_level_metrics_org_key', ['organizationId', 'key'], { unique: true })
export class ServiceLevelMetricEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('text')
  key: string;

  /** The metric's identifier (URI). */
  @Column('text')
  uri: string;

  @Column('text')
  name: string;

  @Column('text')
  definition: string;

  @Column('text')
  valueType: MetricValueType;

  @Column('text', { nullable: true })
  unit: UnitCode | null;

  @Column('text', { nullable: true })
  expression: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  parameters: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  rules: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  underlyingMetrics: string[];

  @Column('boolean', { nullable: true })
  higherIsBetter: boolean | null;

  @Column('timestamptz')
  createdAt: Date;
}
