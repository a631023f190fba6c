import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A measurement window pushed by the vendor: one value of a metric over [periodStart, periodEnd). */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_service_level_measurements_organization', onDelete: 'RESTRICT' })
@ForeignKey('offering_components', ['componentId'] as const, ['id'], { name: 'fk_service_level_measurements_component', onDelete: 'RESTRICT' })
@Entity('service_level_measurements')
@Index('uq_service_level_measurements_window', ['componentId', 'metric', 'periodStart', 'periodEnd'], { unique: true })
export class ServiceLevelMeasurementEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  componentId: string;

  @Column('text')
  metric: string;

  @Column('timestamptz')
  periodStart: Date;

  @Column('timestamptz')
  periodEnd: Date;

  @Column('double precision')
  value: number;

  @Column('integer')
  sampleCount: number;

  /** Where it was measured (a monitoring system's name). */
  @Column('text')
  source: string;

  @Column('timestamptz')
  createdAt: Date;
}
