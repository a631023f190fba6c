import type { EntityList, MigrationList, SchemaParts } from '@attesta/core';
import { AccreditationBodyEntity, AccreditationEntity, AccreditationEventEntity, AccreditationSettingsEntity } from '@attesta/accreditation';
import { AttestationEntity, SigningKeyEntity, StatusListEntity } from '@attesta/attestations';
import { AuditEventEntity } from '@attesta/audit';
import { EvidenceEntity, EvidenceLinkEntity, EvidenceVersionEntity, IntegrityCheckEntity } from '@attesta/evidence';
import { FrameworkEntity, MappingEntity, RequirementEntity } from '@attesta/catalog';
import { ApiKeyEntity, InvitationEntity, MembershipEntity, OrganizationEntity, RefreshTokenEntity, UserEntity } from '@attesta/identity';
import { MIGRATIONS } from '@attesta/migrations';
import { ComponentEntity, OfferingEntity } from '@attesta/offerings';
import { OutboxEventEntity } from '@attesta/outbox';
import { BidEntity, TenderEntity } from '@attesta/procurement';
import {
  DecisionEntity,
  FindingEntity,
  FindingResponseEntity,
  ReviewCommentEntity,
  SubmissionEntity,
  SubmissionEntryEntity,
  SubmissionManifestEntity,
  VerdictEntity,
} from '@attesta/reviews';
import { ApplicabilityEntity, ParticipantEntity, WorkspaceEntity, WorkspaceFrameworkEntity } from '@attesta/workspaces';
import { WebhookDeliveryAttemptEntity, WebhookDeliveryEntity, WebhookEndpointEntity } from '@attesta/webhooks';

/** Every entity of every lib: the app's DataSource and the migration tooling share it. */
export const ENTITIES: EntityList = [
  TenderEntity,
  BidEntity,
  OrganizationEntity,
  UserEntity,
  MembershipEntity,
  InvitationEntity,
  RefreshTokenEntity,
  ApiKeyEntity,
  AuditEventEntity,
  OutboxEventEntity,
  OfferingEntity,
  ComponentEntity,
  WorkspaceEntity,
  WorkspaceFrameworkEntity,
  ParticipantEntity,
  ApplicabilityEntity,
  EvidenceEntity,
  EvidenceVersionEntity,
  EvidenceLinkEntity,
  IntegrityCheckEntity,
  SubmissionEntity,
  SubmissionManifestEntity,
  SubmissionEntryEntity,
  VerdictEntity,
  FindingEntity,
  FindingResponseEntity,
  ReviewCommentEntity,
  DecisionEntity,
  FrameworkEntity,
  RequirementEntity,
  MappingEntity,
  SigningKeyEntity,
  StatusListEntity,
  AttestationEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  WebhookDeliveryAttemptEntity,
  AccreditationBodyEntity,
  AccreditationEntity,
  AccreditationEventEntity,
  AccreditationSettingsEntity,
];

/** Tables the app role may only insert into and read (UPDATE/DELETE revoked). */
export const APPEND_ONLY_TABLES: readonly string[] = [
  'audit_events',
  'evidence_versions',
  'evidence_integrity_checks',
  'submission_manifests',
  'submission_entries',
  'finding_responses',
  'review_comments',
  'accreditation_events',
];

export const SCHEMA: SchemaParts = { entities: ENTITIES, migrations: MIGRATIONS as MigrationList };
