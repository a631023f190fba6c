import type { MigrationInterface, QueryRunner } from 'typeorm';

/** [table, column, referenced table, constraint, ON DELETE] — every `*_id` column that refers to a row. */
const FOREIGN_KEYS: readonly (readonly [string, string, string, string, 'RESTRICT' | 'CASCADE'])[] = [
  ['attestation_status_lists', 'organization_id', 'organizations', 'fk_attestation_status_lists_organization', 'RESTRICT'],
  ['attestations', 'decision_id', 'decisions', 'fk_attestations_decision', 'RESTRICT'],
  ['attestations', 'offering_id', 'offerings', 'fk_attestations_offering', 'RESTRICT'],
  ['attestations', 'organization_id', 'organizations', 'fk_attestations_organization', 'RESTRICT'],
  ['attestations', 'replaced_by_id', 'attestations', 'fk_attestations_replaced_by', 'RESTRICT'],
  ['attestations', 'replaces_id', 'attestations', 'fk_attestations_replaces', 'RESTRICT'],
  ['attestations', 'signing_key_id', 'signing_keys', 'fk_attestations_signing_key', 'RESTRICT'],
  ['attestations', 'subject_organization_id', 'organizations', 'fk_attestations_subject_organization', 'RESTRICT'],
  ['attestations', 'submission_id', 'submissions', 'fk_attestations_submission', 'RESTRICT'],
  ['attestations', 'workspace_id', 'workspaces', 'fk_attestations_workspace', 'RESTRICT'],
  ['audit_events', 'organization_id', 'organizations', 'fk_audit_events_organization', 'RESTRICT'],
  ['bids', 'offering_id', 'offerings', 'fk_bids_offering', 'RESTRICT'],
  ['bids', 'organization_id', 'organizations', 'fk_bids_organization', 'RESTRICT'],
  ['bids', 'tender_id', 'tenders', 'fk_bids_tender', 'RESTRICT'],
  ['bids', 'tender_organization_id', 'organizations', 'fk_bids_tender_organization', 'RESTRICT'],
  ['decisions', 'organization_id', 'organizations', 'fk_decisions_organization', 'RESTRICT'],
  ['decisions', 'submission_id', 'submissions', 'fk_decisions_submission', 'RESTRICT'],
  ['decisions', 'workspace_id', 'workspaces', 'fk_decisions_workspace', 'RESTRICT'],
  ['evidence', 'component_id', 'offering_components', 'fk_evidence_component', 'RESTRICT'],
  ['evidence', 'current_version_id', 'evidence_versions', 'fk_evidence_current_version', 'RESTRICT'],
  ['evidence', 'organization_id', 'organizations', 'fk_evidence_organization', 'RESTRICT'],
  ['evidence', 'workspace_id', 'workspaces', 'fk_evidence_workspace', 'RESTRICT'],
  ['evidence_integrity_checks', 'version_id', 'evidence_versions', 'fk_evidence_integrity_checks_version', 'RESTRICT'],
  ['evidence_integrity_checks', 'workspace_id', 'workspaces', 'fk_evidence_integrity_checks_workspace', 'RESTRICT'],
  ['evidence_links', 'evidence_id', 'evidence', 'fk_evidence_links_evidence', 'RESTRICT'],
  ['evidence_links', 'organization_id', 'organizations', 'fk_evidence_links_organization', 'RESTRICT'],
  ['evidence_links', 'requirement_id', 'requirements', 'fk_evidence_links_requirement', 'RESTRICT'],
  ['evidence_links', 'workspace_id', 'workspaces', 'fk_evidence_links_workspace', 'RESTRICT'],
  ['evidence_versions', 'evidence_id', 'evidence', 'fk_evidence_versions_evidence', 'RESTRICT'],
  ['evidence_versions', 'uploaded_by_organization_id', 'organizations', 'fk_evidence_versions_uploaded_by_organization', 'RESTRICT'],
  ['evidence_versions', 'workspace_id', 'workspaces', 'fk_evidence_versions_workspace', 'RESTRICT'],
  ['finding_responses', 'finding_id', 'findings', 'fk_finding_responses_finding', 'RESTRICT'],
  ['finding_responses', 'organization_id', 'organizations', 'fk_finding_responses_organization', 'RESTRICT'],
  ['finding_responses', 'workspace_id', 'workspaces', 'fk_finding_responses_workspace', 'RESTRICT'],
  ['findings', 'organization_id', 'organizations', 'fk_findings_organization', 'RESTRICT'],
  ['findings', 'raised_in_submission_id', 'submissions', 'fk_findings_raised_in_submission', 'RESTRICT'],
  ['findings', 'requirement_id', 'requirements', 'fk_findings_requirement', 'RESTRICT'],
  ['findings', 'submission_id', 'submissions', 'fk_findings_submission', 'RESTRICT'],
  ['findings', 'workspace_id', 'workspaces', 'fk_findings_workspace', 'RESTRICT'],
  ['idempotency_keys', 'organization_id', 'organizations', 'fk_idempotency_keys_organization', 'RESTRICT'],
  ['offering_components', 'organization_id', 'organizations', 'fk_offering_components_organization', 'RESTRICT'],
  ['offering_components', 'provider_organization_id', 'organizations', 'fk_offering_components_provider_organization', 'RESTRICT'],
  ['offerings', 'organization_id', 'organizations', 'fk_offerings_organization', 'RESTRICT'],
  ['outbox_events', 'organization_id', 'organizations', 'fk_outbox_events_organization', 'RESTRICT'],
  ['outbox_events', 'workspace_id', 'workspaces', 'fk_outbox_events_workspace', 'RESTRICT'],
  ['refresh_tokens', 'organization_id', 'organizations', 'fk_refresh_tokens_organization', 'RESTRICT'],
  ['review_comments', 'organization_id', 'organizations', 'fk_review_comments_organization', 'RESTRICT'],
  ['review_comments', 'parent_id', 'review_comments', 'fk_review_comments_parent', 'RESTRICT'],
  ['review_comments', 'requirement_id', 'requirements', 'fk_review_comments_requirement', 'RESTRICT'],
  ['review_comments', 'submission_id', 'submissions', 'fk_review_comments_submission', 'RESTRICT'],
  ['review_comments', 'workspace_id', 'workspaces', 'fk_review_comments_workspace', 'RESTRICT'],
  ['signing_keys', 'organization_id', 'organizations', 'fk_signing_keys_organization', 'RESTRICT'],
  ['submission_entries', 'requirement_id', 'requirements', 'fk_submission_entries_requirement', 'RESTRICT'],
  ['submission_entries', 'submission_id', 'submissions', 'fk_submission_entries_submission', 'RESTRICT'],
  ['submission_entries', 'workspace_id', 'workspaces', 'fk_submission_entries_workspace', 'RESTRICT'],
  ['submission_manifests', 'submission_id', 'submissions', 'fk_submission_manifests_submission', 'RESTRICT'],
  ['submission_manifests', 'workspace_id', 'workspaces', 'fk_submission_manifests_workspace', 'RESTRICT'],
  ['submissions', 'organization_id', 'organizations', 'fk_submissions_organization', 'RESTRICT'],
  ['submissions', 'workspace_id', 'workspaces', 'fk_submissions_workspace', 'RESTRICT'],
  ['tenders', 'organization_id', 'organizations', 'fk_tenders_organization', 'RESTRICT'],
  ['verdicts', 'organization_id', 'organizations', 'fk_verdicts_organization', 'RESTRICT'],
  ['verdicts', 'requirement_id', 'requirements', 'fk_verdicts_requirement', 'RESTRICT'],
  ['verdicts', 'submission_id', 'submissions', 'fk_verdicts_submission', 'RESTRICT'],
  ['verdicts', 'workspace_id', 'workspaces', 'fk_verdicts_workspace', 'RESTRICT'],
  ['webhook_deliveries', 'organization_id', 'organizations', 'fk_webhook_deliveries_organization', 'RESTRICT'],
  ['webhook_deliveries', 'replay_of_id', 'webhook_deliveries', 'fk_webhook_deliveries_replay_of', 'CASCADE'],
  ['webhook_delivery_attempts', 'organization_id', 'organizations', 'fk_webhook_delivery_attempts_organization', 'RESTRICT'],
  ['webhook_endpoints', 'organization_id', 'organizations', 'fk_webhook_endpoints_organization', 'RESTRICT'],
  ['workspace_applicability', 'requirement_id', 'requirements', 'fk_workspace_applicability_requirement', 'RESTRICT'],
  ['workspace_applicability', 'workspace_id', 'workspaces', 'fk_workspace_applicability_workspace', 'RESTRICT'],
  ['workspace_frameworks', 'framework_id', 'frameworks', 'fk_workspace_frameworks_framework', 'RESTRICT'],
  ['workspace_frameworks', 'workspace_id', 'workspaces', 'fk_workspace_frameworks_workspace', 'RESTRICT'],
  ['workspace_participants', 'invited_by_organization_id', 'organizations', 'fk_workspace_participants_invited_by_organization', 'RESTRICT'],
  ['workspace_participants', 'organization_id', 'organizations', 'fk_workspace_participants_organization', 'RESTRICT'],
  ['workspace_participants', 'workspace_id', 'workspaces', 'fk_workspace_participants_workspace', 'RESTRICT'],
  ['workspaces', 'offering_id', 'offerings', 'fk_workspaces_offering', 'RESTRICT'],
  ['workspaces', 'organization_id', 'organizations', 'fk_workspaces_organization', 'RESTRICT'],
];

/**
 * Foreign keys for every `*_id` column that refers to a row (ON DELETE RESTRICT; CASCADE only
 * for a replay of a webhook delivery, which goes with its original). Existing data is checked
 * first: the migration fails naming every column with rows that refer to nothing, and how many,
 * before it changes anything. The row-level-security FORCE flag is lifted for the count (inside
 * this transaction, so the owner sees every row) and set again. Frozen SQL: the list above is
 * the schema of its day, not read from the entities. `test/integration/foreign-keys` fails on
 * any later `*_id` column without a foreign key that is not in its short allowlist.
 */
export class ForeignKeys1795674100000 implements MigrationInterface {
  name = 'ForeignKeys1795674100000';

  async up(q: QueryRunner): Promise<void> {
    const tables = [...new Set(FOREIGN_KEYS.map(([t]) => t))];
    const forced = (
      (await q.query(
        `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relforcerowsecurity AND relname = ANY($1)`,
        [tables],
      )) as { relname: string }[]
    ).map((r) => r.relname);
    for (const t of forced) await q.query(`ALTER TABLE "${t}" NO FORCE ROW LEVEL SECURITY`);
    const orphans: string[] = [];
    for (const [table, column, ref] of FOREIGN_KEYS) {
      const [row] = (await q.query(
        `SELECT count(*)::int AS n, min(c."${column}"::text) AS example FROM "${table}" c
          WHERE c."${column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${ref}" p WHERE p.id = c."${column}")`,
      )) as { n: number; example: string | null }[];
      if (row!.n > 0) orphans.push(`${table}.${column}: ${row!.n} row(s) refer to no ${ref} row (e.g. ${row!.example})`);
    }
    if (orphans.length) {
      throw new Error(`Cannot add foreign keys: rows refer to nothing.\n  ${orphans.join('\n  ')}\nRepair or remove these rows, then migrate again.`);
    }
    for (const t of forced) await q.query(`ALTER TABLE "${t}" FORCE ROW LEVEL SECURITY`);
    for (const [table, column, ref, name, onDelete] of FOREIGN_KEYS) {
      await q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${ref}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, , , name] of [...FOREIGN_KEYS].reverse()) await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
  }
}
