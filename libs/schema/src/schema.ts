import type { EntityList, MigrationList, SchemaParts } from '@attesta/core';
import { accreditationEntities } from '@attesta/accreditation';
import { attestationsEntities } from '@attesta/attestations';
import { auditEntities } from '@attesta/audit';
import { catalogEntities } from '@attesta/catalog';
import { evidenceEntities } from '@attesta/evidence';
import { foreignCredentialsEntities } from '@attesta/foreign-credentials';
import { frameworkVersionsEntities } from '@attesta/framework-versions';
import { identityEntities } from '@attesta/identity';
import { MIGRATIONS } from '@attesta/migrations';
import { offeringsEntities } from '@attesta/offerings';
import { outboxEntities } from '@attesta/outbox';
import { personnelEntities } from '@attesta/personnel';
import { procurementEntities } from '@attesta/procurement';
import { recognitionEntities } from '@attesta/recognition';
import { reviewsEntities } from '@attesta/reviews';
import { serviceLevelsEntities } from '@attesta/service-levels';
import { webhooksEntities } from '@attesta/webhooks';
import { workspacesEntities } from '@attesta/workspaces';

/**
 * Every entity of every lib: the app's DataSource and the migration tooling share it. Each lib
 * hands over its entity list (its only value-level export of entities; see docs/ARCHITECTURE.md).
 */
export const ENTITIES: EntityList = [
  ...identityEntities,
  ...auditEntities,
  ...outboxEntities,
  ...offeringsEntities,
  ...workspacesEntities,
  ...evidenceEntities,
  ...reviewsEntities,
  ...catalogEntities,
  ...attestationsEntities,
  ...webhooksEntities,
  ...accreditationEntities,
  ...procurementEntities,
  ...serviceLevelsEntities,
  ...recognitionEntities,
  ...personnelEntities,
  ...foreignCredentialsEntities,
  ...frameworkVersionsEntities,
];

/** Tables the app role may only insert into and read (UPDATE/DELETE revoked). */
export const APPEND_ONLY_TABLES: readonly string[] = [
  'audit_events',
  'audit_checkpoints',
  'evidence_versions',
  'evidence_integrity_checks',
  'submission_manifests',
  'submission_entries',
  'finding_responses',
  'review_comments',
  'accreditation_events',
  'roster_snapshots',
];

export const SCHEMA: SchemaParts = { entities: ENTITIES, migrations: MIGRATIONS as MigrationList };
