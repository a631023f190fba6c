import { type FieldIssue } from '@attesta/core';
import { isLocale, LOCALES, type Locale } from '@attesta/i18n';
import { EntityManager, In } from 'typeorm';
import { CatalogError, CatalogErrorCode } from './catalog.errors.js';
import type { SqlRunner } from './catalog.sql.js';
import { FrameworkTranslationEntity, RequirementTranslationEntity } from './entities/translation.entity.js';

/** A framework's title (and description) in one language. */
export interface FrameworkTextTranslation {
  title: string;
  description?: string | null;
}

/** A requirement's title and/or statement in one language (a missing text falls back to the source). */
export interface RequirementTextTranslation {
  title?: string | null;
  statement?: string | null;
}

/** Translations keyed by locale (`zh-CN`, `vi`, ...), as import formats carry them. */
export type TranslationsByLocale<T> = Partial<Record<string, T>>;

/** One locale's translations of a framework and of its requirements by ref (`PUT /frameworks/{id}/translations/{locale}`). */
export interface FrameworkLocaleTranslations {
  title?: string | null;
  description?: string | null;
  requirements?: { ref: string; title?: string | null; statement?: string | null }[];
}

/** A text as shown to a reader: the translation in the asked language, or the source text, and which language it is. */
export interface LocalizedText {
  text: string;
  language: string;
}

const MAX_TITLE = 500;
const MAX_TEXT = 20_000;

/** Checks the locale keys and text lengths of translations given with an import; collects every issue under `field`. */
export function checkTranslations(field: string, value: unknown, kind: 'framework' | 'requirement', issues: FieldIssue[]): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    issues.push({ field, message: 'must be an object keyed by locale' });
    return;
  }
  for (const [locale, t] of Object.entries(value as Record<string, unknown>)) {
    const at = `${field}.${locale}`;
    if (!isLocale(locale)) {
      issues.push({ field: at, message: `is not a supported locale (${LOCALES.join(', ')})` });
      continue;
    }
    if (!t || typeof t !== 'object' || Array.isArray(t)) {
      issues.push({ field: at, message: 'must be an object' });
      continue;
    }
    const entry = t as Record<string, unknown>;
    const allowed = kind === 'framework' ? ['title', 'description'] : ['title', 'statement'];
    for (const key of Object.keys(entry)) if (!allowed.includes(key)) issues.push({ field: `${at}.${key}`, message: 'is not a translatable field' });
    for (const key of allowed) {
      const v = entry[key];
      if (v === undefined || v === null) continue;
      const max = key === 'title' ? MAX_TITLE : MAX_TEXT;
      if (typeof v !== 'string' || !v.trim()) issues.push({ field: `${at}.${key}`, message: 'must be a non-empty string' });
      else if (v.length > max) issues.push({ field: `${at}.${key}`, message: `must be at most ${max} characters` });
    }
    if (kind === 'framework' && (typeof entry.title !== 'string' || !entry.title.trim())) issues.push({ field: `${at}.title`, message: 'is required' });
    if (kind === 'requirement' && entry.title == null && entry.statement == null)
      issues.push({ field: at, message: 'must translate the title or the statement' });
  }
}

export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length) {
    throw new CatalogError(CatalogErrorCode.InvalidTranslations, `${issues.length} problem(s) in the translations; nothing was stored.`, {
      errors: issues.slice(0, 50),
    });
  }
}

export interface FrameworkTranslationRow {
  frameworkId: string;
  locale: Locale;
  title: string;
  description: string | null;
}

export interface RequirementTranslationRow {
  requirementId: string;
  frameworkId: string;
  locale: Locale;
  title: string | null;
  statement: string | null;
}

/** Upserts translations (one statement per table and chunk); a given text replaces the stored one of its locale. */
export async function upsertTranslations(
  sql: SqlRunner,
  frameworks: readonly FrameworkTranslationRow[],
  requirements: readonly RequirementTranslationRow[],
): Promise<void> {
  if (frameworks.length) {
    await sql.query(
      `INSERT INTO framework_translations (framework_id, locale, title, description, updated_at)
       SELECT framework_id, locale, title, description, now() FROM jsonb_to_recordset($1::jsonb) AS x(framework_id uuid, locale text, title text, description text)
       ON CONFLICT (framework_id, locale) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description, updated_at = now()`,
      [JSON.stringify(frameworks.map((f) => ({ framework_id: f.frameworkId, locale: f.locale, title: f.title, description: f.description })))],
    );
  }
  for (let i = 0; i < requirements.length; i += 2_000) {
    const chunk = requirements.slice(i, i + 2_000);
    await sql.query(
      `INSERT INTO requirement_translations (requirement_id, locale, framework_id, title, statement)
       SELECT requirement_id, locale, framework_id, title, statement
         FROM jsonb_to_recordset($1::jsonb) AS x(requirement_id uuid, locale text, framework_id uuid, title text, statement text)
       ON CONFLICT (requirement_id, locale) DO UPDATE SET title = EXCLUDED.title, statement = EXCLUDED.statement`,
      [
        JSON.stringify(
          chunk.map((r) => ({ requirement_id: r.requirementId, locale: r.locale, framework_id: r.frameworkId, title: r.title, statement: r.statement })),
        ),
      ],
    );
  }
}

/** Rows for the translations given per framework and per requirement (already checked), requirement ids by position. */
export function translationRows(
  frameworkId: string,
  framework: TranslationsByLocale<FrameworkTextTranslation> | undefined,
  requirements: readonly { id: string; translations?: TranslationsByLocale<RequirementTextTranslation> }[],
): { frameworks: FrameworkTranslationRow[]; requirements: RequirementTranslationRow[] } {
  const frameworks = Object.entries(framework ?? {}).flatMap(([locale, t]) =>
    t && isLocale(locale) ? [{ frameworkId, locale, title: t.title, description: t.description ?? null }] : [],
  );
  const rows = requirements.flatMap((r) =>
    Object.entries(r.translations ?? {}).flatMap(([locale, t]) =>
      t && isLocale(locale) ? [{ requirementId: r.id, frameworkId, locale, title: t.title ?? null, statement: t.statement ?? null }] : [],
    ),
  );
  return { frameworks, requirements: rows };
}

/** The translations of these frameworks into `locale` (none asked for the source language). */
export async function frameworkTranslationsIn(
  em: EntityManager,
  frameworkIds: readonly string[],
  locale: Locale,
): Promise<Map<string, FrameworkTranslationEntity>> {
  if (!frameworkIds.length) return new Map();
  const rows = await em.getRepository(FrameworkTranslationEntity).find({ where: { frameworkId: In([...new Set(frameworkIds)]), locale } });
  return new Map(rows.map((r) => [r.frameworkId, r]));
}

/** Which locales each framework has a translation in (title at least). */
export async function frameworkTranslationLocales(em: EntityManager, frameworkIds: readonly string[]): Promise<Map<string, string[]>> {
  if (!frameworkIds.length) return new Map();
  const rows = await em
    .getRepository(FrameworkTranslationEntity)
    .find({ select: { frameworkId: true, locale: true }, where: { frameworkId: In([...new Set(frameworkIds)]) }, order: { locale: 'ASC' } });
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.frameworkId, [...(out.get(r.frameworkId) ?? []), r.locale]);
  return out;
}

/** The translations of these requirements into `locale`. */
export async function requirementTranslationsIn(
  em: EntityManager,
  requirementIds: readonly string[],
  locale: Locale,
): Promise<Map<string, RequirementTranslationEntity>> {
  if (!requirementIds.length) return new Map();
  const rows = await em.getRepository(RequirementTranslationEntity).find({ where: { requirementId: In([...new Set(requirementIds)]), locale } });
  return new Map(rows.map((r) => [r.requirementId, r]));
}

/**
 * Every translated title of these frameworks, by framework id then locale (read model: the
 * attestations lib names frameworks in every language the issuer has when it builds a credential).
 */
export async function frameworkTitleTranslations(em: EntityManager, frameworkIds: readonly string[]): Promise<Map<string, Partial<Record<Locale, string>>>> {
  if (!frameworkIds.length) return new Map();
  const rows = await em
    .getRepository(FrameworkTranslationEntity)
    .find({ select: { frameworkId: true, locale: true, title: true }, where: { frameworkId: In([...new Set(frameworkIds)]) } });
  const out = new Map<string, Partial<Record<Locale, string>>>();
  for (const r of rows) if (isLocale(r.locale)) out.set(r.frameworkId, { ...(out.get(r.frameworkId) ?? {}), [r.locale]: r.title });
  return out;
}

/** The source language of these frameworks (read model, see `frameworkTitleTranslations`). */
export async function frameworkSourceLanguages(em: EntityManager, frameworkIds: readonly string[]): Promise<Map<string, string>> {
  if (!frameworkIds.length) return new Map();
  const rows = (await em.query(`SELECT id, source_language FROM frameworks WHERE id = ANY($1::uuid[])`, [[...new Set(frameworkIds)]])) as {
    id: string;
    source_language: string;
  }[];
  return new Map(rows.map((r) => [r.id, r.source_language]));
}

/** The text in the reader's language when there is a translation (and the reader does not read the source language), else the source. */
export function pickText(source: string, sourceLanguage: string, locale: Locale, translated: string | null | undefined): LocalizedText {
  if (locale !== sourceLanguage && translated) return { text: translated, language: locale };
  return { text: source, language: sourceLanguage };
}
