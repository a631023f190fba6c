import type { Locale } from '@attesta/i18n';
import { EntityManager } from 'typeorm';
import { pickText } from './catalog-translations.js';
import type { RequirementKind } from './oscal/catalog.types.js';

/**
 * One requirement with what it asks and the framework it belongs to, title and statement in
 * the reader's language where translated (else the source text); `titleLanguage` and
 * `statementLanguage` say which language each is in.
 */
export interface RequirementText {
  id: string;
  kind: RequirementKind;
  ref: string;
  title: string;
  titleLanguage: string;
  statement: string | null;
  statementLanguage: string;
  guidance: string | null;
  framework: { id: string; code: string; title: string; titleLanguage: string; version: string };
}

/**
 * The requirement, when it belongs to one of `frameworkIds` and the caller can read it
 * (row-level security), with its framework's code, title and version, texts in `locale`
 * where translated: one statement.
 */
export async function requirementText(
  em: EntityManager,
  requirementId: string,
  frameworkIds: readonly string[],
  locale: Locale = 'en',
): Promise<RequirementText | null> {
  if (!frameworkIds.length) return null;
  const [row] = (await em.query(
    `SELECT r.id, r.kind, r.ref, r.title, r.statement, r.guidance, f.id AS framework_id, f.code, f.title AS framework_title, f.version,
            f.source_language, rt.title AS title_translated, rt.statement AS statement_translated, ft.title AS framework_title_translated
       FROM requirements r JOIN frameworks f ON f.id = r.framework_id
       LEFT JOIN requirement_translations rt ON rt.requirement_id = r.id AND rt.locale = $3
       LEFT JOIN framework_translations ft ON ft.framework_id = f.id AND ft.locale = $3
      WHERE r.id = $1 AND r.framework_id = ANY($2::uuid[])`,
    [requirementId, [...frameworkIds], locale],
  )) as {
    id: string;
    kind: RequirementKind;
    ref: string;
    title: string;
    statement: string | null;
    guidance: string | null;
    framework_id: string;
    code: string;
    framework_title: string;
    version: string;
    source_language: string;
    title_translated: string | null;
    statement_translated: string | null;
    framework_title_translated: string | null;
  }[];
  if (!row) return null;
  const title = pickText(row.title, row.source_language, locale, row.title_translated);
  const statement = row.statement === null ? null : pickText(row.statement, row.source_language, locale, row.statement_translated);
  const frameworkTitle = pickText(row.framework_title, row.source_language, locale, row.framework_title_translated);
  return {
    id: row.id,
    kind: row.kind,
    ref: row.ref,
    title: title.text,
    titleLanguage: title.language,
    statement: statement?.text ?? null,
    statementLanguage: statement?.language ?? row.source_language,
    guidance: row.guidance,
    framework: { id: row.framework_id, code: row.code, title: frameworkTitle.text, titleLanguage: frameworkTitle.language, version: row.version },
  };
}
