import { EntityManager } from 'typeorm';
import { EvidenceVersionEntity } from './entities/evidence-version.entity.js';

/**
 * What other libs may read of evidence: plain rows, read on the transaction the caller
 * already holds. Row-level security decides what the caller sees (a contributor only its
 * components' evidence, an assessor only submitted versions).
 */

/** One stored file (an evidence version), as other libs may hand it to `EvidenceService.openStored`. */
export interface StoredEvidenceVersion {
  id: string;
  evidenceId: string;
  workspaceId: string;
  number: number;
  storageKey: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedByOrganizationId: string;
  createdAt: Date;
}

/** The current version of an evidence item linked to a requirement of the workspace. */
export interface LinkedEvidenceVersion {
  requirementId: string;
  evidenceId: string;
  type: string;
  title: string;
  componentId: string | null;
  versionId: string;
  versionNumber: number;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedByOrganizationId: string;
  /** ISO date. */
  effectiveDate: string;
  /** ISO date, or null when open-ended. */
  validUntil: string | null;
}

export interface EvidenceDates {
  id: string;
  /** ISO date. */
  effectiveDate: string;
  /** ISO date, or null when open-ended. */
  validUntil: string | null;
}

/** Every link of the workspace with its evidence's current version, by requirement then evidence id. */
export async function linkedCurrentVersions(em: EntityManager, workspaceId: string): Promise<LinkedEvidenceVersion[]> {
  const rows: {
    requirement_id: string;
    evidence_id: string;
    type: string;
    title: string;
    component_id: string | null;
    version_id: string;
    number: number;
    filename: string;
    media_type: string;
    size: string;
    sha256: string;
    uploaded_by: string;
    uploaded_by_organization_id: string;
    effective_date: string;
    valid_until: string | null;
  }[] = await em.query(
    `SELECT l.requirement_id, e.id AS evidence_id, e.type, e.title, e.component_id, v.id AS version_id, v.number, v.filename, v.media_type, v.size, v.sha256,
            v.uploaded_by, v.uploaded_by_organization_id, e.effective_date::text AS effective_date, e.valid_until::text AS valid_until
       FROM evidence_links l
       JOIN evidence e ON e.id = l.evidence_id
       JOIN evidence_versions v ON v.id = e.current_version_id
      WHERE l.workspace_id = $1
      ORDER BY l.requirement_id, e.id`,
    [workspaceId],
  );
  return rows.map((r) => ({
    requirementId: r.requirement_id,
    evidenceId: r.evidence_id,
    type: r.type,
    title: r.title,
    componentId: r.component_id,
    versionId: r.version_id,
    versionNumber: Number(r.number),
    filename: r.filename,
    mediaType: r.media_type,
    size: Number(r.size),
    sha256: r.sha256,
    uploadedBy: r.uploaded_by,
    uploadedByOrganizationId: r.uploaded_by_organization_id,
    effectiveDate: r.effective_date,
    validUntil: r.valid_until,
  }));
}

/** Which of `versionIds` are versions of the workspace the caller can see. */
export async function visibleVersionIds(em: EntityManager, workspaceId: string, versionIds: readonly string[]): Promise<string[]> {
  if (!versionIds.length) return [];
  const rows: { id: string }[] = await em.query('SELECT id FROM evidence_versions WHERE workspace_id = $1 AND id = ANY ($2::uuid[])', [
    workspaceId,
    [...versionIds],
  ]);
  return rows.map((r) => r.id);
}

/** One version of the workspace, when the caller can see it. */
export async function storedVersion(em: EntityManager, workspaceId: string, versionId: string): Promise<StoredEvidenceVersion | null> {
  return em.getRepository(EvidenceVersionEntity).findOne({ where: { id: versionId, workspaceId } });
}

/** Whether evidence the caller can see is linked to the requirement in the workspace. */
export async function hasVisibleLinkedEvidence(em: EntityManager, workspaceId: string, requirementId: string): Promise<boolean> {
  const [row] = (await em.query(
    `SELECT EXISTS (SELECT 1 FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id WHERE l.workspace_id = $1 AND l.requirement_id = $2) AS ok`,
    [workspaceId, requirementId],
  )) as { ok: boolean }[];
  return Boolean(row?.ok);
}

/** The current dates of the evidence items among `ids` the caller can see. */
export async function evidenceDates(em: EntityManager, ids: readonly string[]): Promise<EvidenceDates[]> {
  if (!ids.length) return [];
  const rows: { id: string; effective_date: string; valid_until: string | null }[] = await em.query(
    'SELECT id, effective_date::text AS effective_date, valid_until::text AS valid_until FROM evidence WHERE id = ANY ($1::uuid[])',
    [[...new Set(ids)]],
  );
  return rows.map((r) => ({ id: r.id, effectiveDate: r.effective_date, validUntil: r.valid_until }));
}

/** The workspace and type of the evidence items among `ids` the caller can see (personnel links certificates to them). */
export async function evidenceItems(em: EntityManager, ids: readonly string[]): Promise<{ id: string; workspaceId: string; type: string }[]> {
  if (!ids.length) return [];
  const rows: { id: string; workspace_id: string; type: string }[] = await em.query('SELECT id, workspace_id, type FROM evidence WHERE id = ANY ($1::uuid[])', [
    [...new Set(ids)],
  ]);
  return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, type: r.type }));
}

/** One link of evidence to a requirement, as the link row stores it. */
export interface EvidenceLinkRecord {
  evidenceId: string;
  requirementId: string;
  note: string;
  organizationId: string;
}

/** The workspace's links to the requirements among `requirementIds`, oldest first. */
export async function evidenceLinksTo(em: EntityManager, workspaceId: string, requirementIds: readonly string[]): Promise<EvidenceLinkRecord[]> {
  const rows = (await em.query(
    `SELECT evidence_id, requirement_id, note, organization_id FROM evidence_links WHERE workspace_id = $1 AND requirement_id = ANY($2::uuid[]) ORDER BY created_at, id`,
    [workspaceId, [...requirementIds]],
  )) as { evidence_id: string; requirement_id: string; note: string; organization_id: string }[];
  return rows.map((r) => ({ evidenceId: r.evidence_id, requirementId: r.requirement_id, note: r.note, organizationId: r.organization_id }));
}

/** How many links go to the requirements among `requirementIds` (in the workspace, or in every workspace the caller can see). */
export async function evidenceLinkCount(em: EntityManager, requirementIds: readonly string[], workspaceId?: string): Promise<number> {
  const [row] = (await em.query(
    workspaceId === undefined
      ? `SELECT count(*)::int AS n FROM evidence_links WHERE requirement_id = ANY($1::uuid[])`
      : `SELECT count(*)::int AS n FROM evidence_links WHERE requirement_id = ANY($1::uuid[]) AND workspace_id = $2`,
    workspaceId === undefined ? [[...requirementIds]] : [[...requirementIds], workspaceId],
  )) as { n: number }[];
  return row?.n ?? 0;
}

/** Every evidence item of the workspace with the requirements its links in the workspace go to, by evidence id (items without links left out). */
export async function workspaceEvidenceLinkTargets(
  em: EntityManager,
  workspaceId: string,
): Promise<{ evidenceId: string; title: string; requirementIds: string[] }[]> {
  return (await em.query(
    `SELECT e.id AS "evidenceId", e.title, array_agg(l.requirement_id) AS "requirementIds"
       FROM evidence e
       JOIN evidence_links l ON l.evidence_id = e.id AND l.workspace_id = $1
      WHERE e.workspace_id = $1
      GROUP BY e.id, e.title
      ORDER BY e.id`,
    [workspaceId],
  )) as { evidenceId: string; title: string; requirementIds: string[] }[];
}

/** An evidence item whose validity has ended or ends soon, as the owner's action items list it. */
export interface EvidenceNeedingRenewal {
  id: string;
  workspaceId: string;
  title: string;
  validUntil: string;
  freshness: 'expiring' | 'expired';
}

/**
 * Evidence expired or expiring within `warningDays` (the shared freshness rule,
 * `evidence_freshness`) in the workspaces the caller's organization owns (or the one given),
 * soonest end first (so the expired come first), at most `limit`, with the count of all: one statement.
 */
export async function evidenceNeedingRenewal(
  em: EntityManager,
  options: { workspaceId: string | null; today: string; warningDays: number; limit: number },
): Promise<{ items: EvidenceNeedingRenewal[]; total: number }> {
  const rows = (await em.query(
    `SELECT e.id, e.workspace_id, e.title, e.valid_until::text AS valid_until, evidence_freshness(e.valid_until, $2::date, $3::int) AS freshness,
            count(*) OVER () AS total
       FROM evidence e
      WHERE e.valid_until IS NOT NULL AND e.valid_until <= $2::date + $3::int
        AND app_ws_role(e.workspace_id) = 'owner' AND ($1::uuid IS NULL OR e.workspace_id = $1::uuid)
      ORDER BY e.valid_until, e.id
      LIMIT $4`,
    [options.workspaceId, options.today, options.warningDays, options.limit],
  )) as { id: string; workspace_id: string; title: string; valid_until: string; freshness: 'expiring' | 'expired'; total: string }[];
  return {
    items: rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, title: r.title, validUntil: r.valid_until, freshness: r.freshness })),
    total: Number(rows[0]?.total ?? 0),
  };
}

/**
 * SQL functions (defined by migrations) over this lib's tables that other libs may call:
 * `evidence_storage_keys_known(keys)`, the stored files evidence versions still name (the
 * storage sweep keeps them), and `app_ws_audit_visible(…)`, whether an audit event about
 * evidence is visible to the reader's workspace role (the audit lib's projection and row policy);
 * `evidence_titles(ids)`, the titles of evidence items the caller may read (the audit log's sentences).
 */
export const EVIDENCE_SQL_READ_MODEL = ['evidence_storage_keys_known', 'app_ws_audit_visible', 'evidence_titles'] as const;
