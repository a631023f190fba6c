import type { Locale } from '@attesta/i18n';
import { EntityManager } from 'typeorm';
import { pickText } from './catalog-translations.js';
import type { FrameworkSummary } from './catalog.read-model.js';

/** A framework summary with its title in the reader's language (else the source title) and which language that is. */
export interface LocalizedFrameworkSummary extends FrameworkSummary {
  titleLanguage: string;
}

/**
 * SQL pieces that add a requirement's translated title to a query over rows carrying
 * `requirement_id` and `framework_id` (alias `rows`), in the same statement: `columns`
 * gives `title_source_language` and `title_translated` (null without a translation into the
 * locale bound as `localeParam`); read them back with `localizedRowTitle`. The translations
 * follow their framework's row-level security.
 */
export function localizedRequirementTitleSql(rows: string, localeParam: string): { columns: string; joins: string } {
  return {
    columns: `COALESCE(lt_f.source_language, 'en') AS title_source_language, lt_r.title AS title_translated`,
    joins:
      `LEFT JOIN frameworks lt_f ON lt_f.id = ${rows}.framework_id ` +
      `LEFT JOIN requirement_translations lt_r ON lt_r.requirement_id = ${rows}.requirement_id AND lt_r.locale = ${localeParam}`,
  };
}

/** The title of a row read with `localizedRequirementTitleSql` in the reader's language, else its source title. */
export function localizedRowTitle(r: Record<string, unknown>, locale: Locale | null): { title: string; titleLanguage: string } {
  const source = (r.title_source_language as string | null) ?? 'en';
  const picked = locale ? pickText(r.title as string, source, locale, r.title_translated as string | null) : { text: r.title as string, language: source };
  return { title: picked.text, titleLanguage: picked.language };
}

/** The frameworks among `ids` the caller can read, titled in `locale` where translated, else (and with `locale` null) in the source (one statement, unordered). */
export async function localizedFrameworkSummaries(em: EntityManager, ids: readonly string[], locale: Locale | null): Promise<LocalizedFrameworkSummary[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = (await em.query(
    `SELECT f.id, f.code, f.version, f.title, f.publisher, f.source_language, t.title AS title_translated
       FROM frameworks f LEFT JOIN framework_translations t ON t.framework_id = f.id AND t.locale = $2
      WHERE f.id = ANY($1::uuid[])`,
    [unique, locale],
  )) as { id: string; code: string; version: string; title: string; publisher: string | null; source_language: string; title_translated: string | null }[];
  return rows.map((r) => {
    const title = locale ? pickText(r.title, r.source_language, locale, r.title_translated) : { text: r.title, language: r.source_language };
    return { id: r.id, code: r.code, version: r.version, title: title.text, titleLanguage: title.language, publisher: r.publisher };
  });
}

/**
 * The titles of the requirements among `ids` the caller can read, in `locale` where translated,
 * else in their framework's source language (one statement; absent ids are left out).
 */
export async function localizedRequirementTitles(
  em: EntityManager,
  ids: readonly string[],
  locale: Locale,
): Promise<Map<string, { title: string; titleLanguage: string }>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = (await em.query(
    `SELECT r.id, r.title, f.source_language, t.title AS title_translated
       FROM requirements r JOIN frameworks f ON f.id = r.framework_id
       LEFT JOIN requirement_translations t ON t.requirement_id = r.id AND t.locale = $2
      WHERE r.id = ANY($1::uuid[])`,
    [unique, locale],
  )) as { id: string; title: string; source_language: string | null; title_translated: string | null }[];
  return new Map(
    rows.map((r) => {
      const picked = pickText(r.title, r.source_language ?? 'en', locale, r.title_translated);
      return [r.id, { title: picked.text, titleLanguage: picked.language }];
    }),
  );
}
