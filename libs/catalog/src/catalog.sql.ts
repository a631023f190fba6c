import { newId } from '@attesta/core';
import type { RequirementKind } from './oscal/index.js';

/** Anything that runs SQL: an EntityManager inside `Db.tx`, or a migration's QueryRunner. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** A requirement row ready to insert (ids resolved, parents before children). */
export interface RequirementRow {
  id: string;
  frameworkId: string;
  parentId: string | null;
  kind: RequirementKind;
  ref: string;
  title: string;
  statement: string | null;
  guidance: string | null;
  expectedEvidenceTypes: string[];
  componentKinds: string[];
  sortOrder: number;
  depth: number;
  oscalId: string | null;
}

export interface MappingInsertRow {
  id: string;
  sourceRequirementId: string;
  targetRequirementId: string;
  relation: string;
  rationale: string | null;
  organizationId: string | null;
  createdAt: string;
}

/**
 * Rows per INSERT. One statement ships a chunk as a single jsonb parameter, so a
 * 10,000-requirement catalog is five statements rather than 10,000, and no chunk comes
 * near PostgreSQL's 65,535 bind-parameter limit.
 */
export const INSERT_CHUNK_SIZE = 2_000;

export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

const REQUIREMENT_COLUMNS = `id uuid, framework_id uuid, parent_id uuid, kind text, ref text, title text, statement text, guidance text,
  expected_evidence_types text[], component_kinds text[], sort_order integer, depth integer, oscal_id text`;

function requirementJson(r: RequirementRow): Record<string, unknown> {
  return {
    id: r.id,
    framework_id: r.frameworkId,
    parent_id: r.parentId,
    kind: r.kind,
    ref: r.ref,
    title: r.title,
    statement: r.statement,
    guidance: r.guidance,
    expected_evidence_types: r.expectedEvidenceTypes,
    component_kinds: r.componentKinds,
    sort_order: r.sortOrder,
    depth: r.depth,
    oscal_id: r.oscalId,
  };
}

export function chunks<T>(items: readonly T[], size = INSERT_CHUNK_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Inserts requirements in pre-order chunks (a parent is always in an earlier chunk or
 * earlier in the same statement, whose foreign-key checks run at its end). With
 * `upsert`, rows whose (framework, ref) exists are updated in place (built-in content).
 */
export async function insertRequirements(sql: SqlRunner, rows: readonly RequirementRow[], options: { upsert?: boolean } = {}): Promise<void> {
  const conflict = options.upsert
    ? `ON CONFLICT (framework_id, ref) DO UPDATE SET parent_id = EXCLUDED.parent_id, kind = EXCLUDED.kind, title = EXCLUDED.title,
         statement = EXCLUDED.statement, guidance = EXCLUDED.guidance, expected_evidence_types = EXCLUDED.expected_evidence_types,
         component_kinds = EXCLUDED.component_kinds, sort_order = EXCLUDED.sort_order, depth = EXCLUDED.depth, oscal_id = EXCLUDED.oscal_id`
    : '';
  for (const chunk of chunks(rows)) {
    await sql.query(
      `INSERT INTO requirements (id, framework_id, parent_id, kind, ref, title, statement, guidance, expected_evidence_types, component_kinds, sort_order, depth, oscal_id)
       SELECT id, framework_id, parent_id, kind, ref, title, statement, guidance, COALESCE(expected_evidence_types, '{}'), COALESCE(component_kinds, '{}'), sort_order, depth, oscal_id
         FROM jsonb_to_recordset($1::jsonb) AS x(${REQUIREMENT_COLUMNS}) ${conflict}`,
      [JSON.stringify(chunk.map(requirementJson))],
    );
  }
}

/**
 * Inserts mappings in chunks. With `upsert`, an existing (source, target, organization)
 * row takes the new relation and rationale; otherwise duplicates are skipped, and the
 * number of rows actually inserted is returned.
 */
export async function insertMappings(sql: SqlRunner, rows: readonly MappingInsertRow[], options: { upsert?: boolean } = {}): Promise<number> {
  const target = `(source_requirement_id, target_requirement_id, (COALESCE(organization_id, '${NIL_UUID}'::uuid)))`;
  const conflict = options.upsert
    ? `ON CONFLICT ${target} DO UPDATE SET relation = EXCLUDED.relation, rationale = EXCLUDED.rationale`
    : `ON CONFLICT ${target} DO NOTHING`;
  let inserted = 0;
  for (const chunk of chunks(rows)) {
    const result = (await sql.query(
      `WITH ins AS (
         INSERT INTO requirement_mappings (id, source_requirement_id, target_requirement_id, relation, rationale, organization_id, created_at)
         SELECT id, source_requirement_id, target_requirement_id, relation, rationale, organization_id, created_at
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, source_requirement_id uuid, target_requirement_id uuid, relation text, rationale text,
                                                   organization_id uuid, created_at timestamptz)
         ${conflict} RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [
        JSON.stringify(
          chunk.map((m) => ({
            id: m.id,
            source_requirement_id: m.sourceRequirementId,
            target_requirement_id: m.targetRequirementId,
            relation: m.relation,
            rationale: m.rationale,
            organization_id: m.organizationId,
            created_at: m.createdAt,
          })),
        ),
      ],
    )) as { n: number }[];
    inserted += result[0]?.n ?? 0;
  }
  return inserted;
}

/** Ids for a pre-order list: reuses `existing` ids by ref, resolves `parentIndex` to ids. */
export function assignIds<T extends { ref: string; parentIndex: number | null }>(
  nodes: readonly T[],
  existing: ReadonlyMap<string, string> = new Map(),
): { ids: string[]; parentIds: (string | null)[] } {
  const ids = nodes.map((n) => existing.get(n.ref) ?? newId());
  const parentIds = nodes.map((n) => (n.parentIndex === null ? null : ids[n.parentIndex]!));
  return { ids, parentIds };
}
