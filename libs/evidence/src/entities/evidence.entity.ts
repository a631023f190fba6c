import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export enum EvidenceType {
  SlaDefinition = 'sla_definition',
  ServiceDescription = 'service_description',
  AuditLog = 'audit_log',
  TrainingRecord = 'training_record',
  ApiDocumentation = 'api_documentation',
  DataFlowDiagram = 'data_flow_diagram',
  ValidationReport = 'validation_report',
  FailureResponseProtocol = 'failure_response_protocol',
  TestReport = 'test_report',
  Certificate = 'certificate',
  Policy = 'policy',
  Other = 'other',
}

export enum Confidentiality {
  Public = 'public',
  Internal = 'internal',
  Confidential = 'confidential',
  Restricted = 'restricted',
}

/** A document in a workspace; its files are immutable versions. */
@ForeignKey('offering_components', ['componentId'] as const, ['id'], { name: 'fk_evidence_component', onDelete: 'RESTRICT' })
@ForeignKey('evidence_versions', ['currentVersionId'] as const, ['id'], { name: 'fk_evidence_current_version', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_evidence_organization', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_evidence_workspace', onDelete: 'RESTRICT' })
@Entity('evidence')
@Index('ix_evidence_workspace', ['workspaceId', 'id'])
// A contributor's list narrows by its components (migration EvidencePoliciesOncePerStatement).
@Index('ix_evidence_workspace_component', ['workspaceId', 'componentId', 'id'])
@Index('ix_evidence_valid_until', ['validUntil'])
export class EvidenceEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  /** The organization that created it (owner or contributor). */
  @Column('uuid')
  organizationId: string;

  /** The component it documents (contributors may only use their own). */
  @Column('uuid', { nullable: true })
  componentId: string | null;

  @Column('text')
  type: EvidenceType;

  @Column('text')
  title: string;

  @Column('text', { default: '' })
  description: string;

  @Column('text')
  confidentiality: Confidentiality;

  /** When the content took effect (not the upload date). */
  @Column('date')
  effectiveDate: string;

  /** After this day the evidence no longer counts as coverage. */
  @Column('date', { nullable: true })
  validUntil: string | null;

  /** Metadata version: the ETag for If-Match. */
  @Column('integer', { default: 1 })
  version: number;

  @Column('uuid', { nullable: true })
  currentVersionId: string | null;

  /** When "expiring soon" was announced for the current validUntil (once per date). */
  @Column('date', { nullable: true })
  expiringNotifiedFor: string | null;

  @Column('date', { nullable: true })
  expiredNotifiedFor: string | null;

  @Column('text')
  createdBy: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
