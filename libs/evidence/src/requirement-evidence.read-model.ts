import { localizedRequirementTitleSql, localizedRowTitle } from '@attesta/catalog';
import type { Locale } from '@attesta/i18n';
import { EntityManager } from 'typeorm';
import type { Confidentiality, EvidenceType } from './entities/evidence.entity.js';
import type { GapRow } from './gap-analysis.service.js';

/** The current version of an evidence item, as lists show it inline. */
export interface CurrentVersionRecord {
  id: string;
  number: number;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedByOrganizationId: string;
  createdAt: Date;
}

/** One evidence item linked to a requirement, with the link and the item's current version (null before the first upload). */
export interface RequirementEvidenceRecord {
  link: { id: string; note: string; organizationId: string; createdAt: Date };
  evidence: {
    id: string;
    type: EvidenceType;
    title: string;
    componentId: string | null;
    confidentiality: Confidentiality;
    /** ISO date. */
    effectiveDate: string;
    /** ISO date, or null when open-ended. */
    validUntil: string | null;
  };
  currentVersion: CurrentVersionRecord | null;
}

interface Row {
  link_id: string;
  note: string;
  link_organization_id: string;
  linked_at: Date;
  evidence_id: string;
  type: EvidenceType;
  title: string;
  component_id: string | null;
  confidentiality: Confidentiality;
  effective_date: string;
  valid_until: string | null;
  version_id: string | null;
  number: number | null;
  filename: string | null;
  media_type: string | null;
  size: string | null;
  sha256: string | null;
  uploaded_by: string | null;
  uploaded_by_organization_id: string | null;
  uploaded_at: Date | null;
}

/**
 * The evidence linked to the requirement in the workspace that the caller can see (a
 * contributor its components' evidence, an assessor none: row-level security), oldest link
 * first, each with its current version: one statement however many items there are.
 */
export async function requirementEvidence(em: EntityManager, workspaceId: string, requirementId: string): Promise<RequirementEvidenceRecord[]> {
  const rows = (await em.query(
    `SELECT l.id AS link_id, l.note, l.organization_id AS link_organization_id, l.created_at AS linked_at,
            e.id AS evidence_id, e.type, e.title, e.component_id, e.confidentiality,
            e.effective_date::text AS effective_date, e.valid_until::text AS valid_until,
            v.id AS version_id, v.number, v.filename, v.media_type, v.size, v.sha256, v.uploaded_by, v.uploaded_by_organization_id, v.created_at AS uploaded_at
       FROM evidence_links l
       JOIN evidence e ON e.id = l.evidence_id
       LEFT JOIN evidence_versions v ON v.id = e.current_version_id
      WHERE l.workspace_id = $1 AND l.requirement_id = $2
      ORDER BY l.created_at, l.id`,
    [workspaceId, requirementId],
  )) as Row[];
  return rows.map((r) => ({
    link: { id: r.link_id, note: r.note, organizationId: r.link_organization_id, createdAt: r.linked_at },
    evidence: {
      id: r.evidence_id,
      type: r.type,
      title: r.title,
      componentId: r.component_id,
      confidentiality: r.confidentiality,
      effectiveDate: r.effective_date,
      validUntil: r.valid_until,
    },
    currentVersion:
      r.version_id === null
        ? null
        : {
            id: r.version_id,
            number: Number(r.number),
            filename: r.filename!,
            mediaType: r.media_type!,
            size: Number(r.size),
            sha256: r.sha256!,
            uploadedBy: r.uploaded_by!,
            uploadedByOrganizationId: r.uploaded_by_organization_id!,
            createdAt: r.uploaded_at!,
          },
  }));
}

/** The gap-analysis row of one requirement of the workspace (the same rule as the whole analysis), or null when it is not a target requirement. */
export async function requirementGapRow(
  em: EntityManager,
  workspaceId: string,
  requirementId: string,
  asOf: string,
  locale: Locale | null = null,
): Promise<GapRow | null> {
  const t = localizedRequirementTitleSql('g', '$4');
  const [r] = (await em.query(`SELECT g.*, ${t.columns} FROM workspace_gap_rows($1, $2::date) g ${t.joins} WHERE g.requirement_id = $3`, [
    workspaceId,
    asOf,
    requirementId,
    locale,
  ])) as Record<string, unknown>[];
  return r ? gapRowFrom(r, locale) : null;
}

/** A `workspace_gap_rows` row (with `localizedRequirementTitleSql`'s columns) as the API shows it, titled in `locale` where translated (null: the source title). */
export function gapRowFrom(r: Record<string, unknown>, locale: Locale | null): GapRow {
  const applicable = r.applicable as boolean;
  const evidenceCount = Number(r.evidence_count);
  const related = r.inherited_requirement_id
    ? {
        requirementId: r.inherited_requirement_id as string,
        ref: r.inherited_ref as string,
        frameworkId: r.inherited_framework_id as string,
        relation: r.inherited_relation as 'equal' | 'superset' | 'intersects',
      }
    : null;
  // Only a crosswalk requirement that takes in all of this one lends it coverage: "equal", or
  // "superset" (the evidence's requirement covers more). One that only "intersects" shares part
  // of it: the row stays a gap, naming it as a start (as recognition counts it partial).
  const inherits = related !== null && related.relation !== 'intersects';
  return {
    frameworkId: r.framework_id as string,
    requirementId: r.requirement_id as string,
    ref: r.ref as string,
    ...localizedRowTitle(r, locale),
    applicable,
    evidenceCount,
    accepted: Boolean(r.accepted),
    openFindings: Number(r.open_findings ?? 0),
    status: !applicable ? 'not_applicable' : evidenceCount > 0 ? 'covered' : inherits ? 'inherited' : 'gap',
    inheritedFrom: applicable && evidenceCount === 0 ? related : null,
  };
}
