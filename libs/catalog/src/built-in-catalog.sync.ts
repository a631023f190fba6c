import { createHash } from 'node:crypto';
import { newId } from '@attesta/core';
import { assignIds, insertMappings, insertRequirements, type MappingInsertRow, type SqlRunner } from './catalog.sql.js';
import { upsertTranslations } from './catalog-translations.js';
import { frameworkKey, loadBuiltInFrameworks, loadBuiltInMappings, loadBuiltInTranslations, type LoadBuiltInContentOptions } from './content/index.js';
import { nameBasedUuid } from './oscal/index.js';

export interface BuiltInSyncResult {
  frameworks: number;
  requirements: number;
  mappings: number;
  translations: number;
}

/**
 * The version of the shipped built-in content: SHA-256 over what the data files load to.
 * The seed step (libs/schema `runSeedSteps`) syncs again whenever it differs from the
 * version it recorded, so a content update needs no migration.
 */
export function builtInCatalogVersion(options: LoadBuiltInContentOptions = {}): string {
  const content = JSON.stringify({
    frameworks: loadBuiltInFrameworks(options),
    mappings: loadBuiltInMappings(options),
    translations: loadBuiltInTranslations(options),
  });
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/**
 * Brings the built-in frameworks, requirements and crosswalks in the database in line
 * with the shipped data files. Idempotent: frameworks are matched by code + version,
 * requirements by ref, mappings by (source, target); existing ids are kept, so
 * evidence links and workspace targets survive a content update. Nothing is deleted.
 * Runs as the owner role (the `catalog.built_in` seed step after migrations), since
 * built-in rows belong to no organization.
 */
export async function syncBuiltInCatalog(sql: SqlRunner, options: LoadBuiltInContentOptions = {}): Promise<BuiltInSyncResult> {
  const frameworks = loadBuiltInFrameworks(options);
  const mappings = loadBuiltInMappings(options);
  const refIds = new Map<string, Map<string, string>>();
  let requirementCount = 0;

  for (const f of frameworks) {
    const found = (await sql.query(`SELECT id FROM frameworks WHERE code = $1 AND version = $2 AND organization_id IS NULL`, [f.code, f.version])) as {
      id: string;
    }[];
    const frameworkId = found[0]?.id ?? newId();
    await sql.query(
      `INSERT INTO frameworks (id, code, title, version, publisher, source, organization_id, description, oscal_uuid, note, requirement_count, created_at)
       VALUES ($1, $2, $3, $4, $5, 'built_in', NULL, $6, $7, $8, $9, now())
       ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, publisher = EXCLUDED.publisher, description = EXCLUDED.description,
         note = EXCLUDED.note, requirement_count = EXCLUDED.requirement_count`,
      [frameworkId, f.code, f.title, f.version, f.publisher, f.description, nameBasedUuid(frameworkKey(f)), f.note, f.requirements.length],
    );
    const existing = (await sql.query(`SELECT id, ref FROM requirements WHERE framework_id = $1`, [frameworkId])) as { id: string; ref: string }[];
    const { ids, parentIds } = assignIds(f.requirements, new Map(existing.map((r) => [r.ref, r.id])));
    await insertRequirements(
      sql,
      f.requirements.map((r, i) => ({
        id: ids[i]!,
        frameworkId,
        parentId: parentIds[i]!,
        kind: r.kind,
        ref: r.ref,
        title: r.title,
        statement: r.statement,
        guidance: r.guidance,
        expectedEvidenceTypes: r.expectedEvidenceTypes,
        componentKinds: r.componentKinds,
        sortOrder: i,
        depth: r.depth,
        oscalId: null,
      })),
      { upsert: true },
    );
    refIds.set(frameworkKey(f), new Map(f.requirements.map((r, i) => [r.ref, ids[i]!])));
    requirementCount += f.requirements.length;
  }

  const now = new Date().toISOString();
  const rows: MappingInsertRow[] = mappings.map((m) => ({
    id: newId(),
    sourceRequirementId: refIds.get(m.sourceFramework)!.get(m.sourceRef)!,
    targetRequirementId: refIds.get(m.targetFramework)!.get(m.targetRef)!,
    relation: m.relation,
    rationale: m.rationale,
    organizationId: null,
    createdAt: now,
  }));
  await insertMappings(sql, rows, { upsert: true });

  // Translations of the built-in texts (the English source stays in frameworks/requirements).
  const translations = loadBuiltInTranslations(options);
  const frameworkIdOf = new Map<string, string>();
  for (const key of new Set(translations.map((t) => t.framework))) {
    const { code, version } = { code: key.slice(0, key.lastIndexOf('@')), version: key.slice(key.lastIndexOf('@') + 1) };
    const [row] = (await sql.query(`SELECT id FROM frameworks WHERE code = $1 AND version = $2 AND organization_id IS NULL`, [code, version])) as {
      id: string;
    }[];
    frameworkIdOf.set(key, row!.id);
  }
  await upsertTranslations(
    sql,
    translations.map((t) => ({ frameworkId: frameworkIdOf.get(t.framework)!, locale: t.locale, title: t.title, description: t.description })),
    translations.flatMap((t) =>
      t.requirements.map((r) => ({
        requirementId: refIds.get(t.framework)!.get(r.ref)!,
        frameworkId: frameworkIdOf.get(t.framework)!,
        locale: t.locale,
        title: r.title,
        statement: r.statement,
      })),
    ),
  );
  return { frameworks: frameworks.length, requirements: requirementCount, mappings: rows.length, translations: translations.length };
}
