import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, type Locale } from '@attesta/i18n';
import { z } from 'zod';
import { BuiltInContentError, frameworkKey, loadBuiltInFrameworks, resolveCatalogDataDir, type LoadBuiltInContentOptions } from './built-in-content.js';

/** One built-in framework's texts in one language (what is not given falls back to the English source). */
export interface BuiltInTranslation {
  /** `code@version` of the built-in framework. */
  framework: string;
  locale: Locale;
  title: string;
  description: string | null;
  requirements: { ref: string; title: string | null; statement: string | null }[];
}

const text = z.string().trim().min(1);
const fileSchema = z.strictObject({
  framework: text,
  locales: z.record(
    z.string(),
    z.strictObject({
      title: text.max(300),
      description: text.max(4000).optional(),
      requirements: z.record(z.string(), z.strictObject({ title: text.max(300).optional(), statement: text.max(8000).optional() })).optional(),
    }),
  ),
});

/**
 * Translations of the built-in frameworks under `data/translations/` (one file per framework:
 * `{ framework: "code@version", locales: { "zh-CN": { title, description?, requirements?: { ref: { title?, statement? } } } } }`),
 * checked against the built-in frameworks' refs. Loaded by the `catalog.built_in` seed step.
 */
export function loadBuiltInTranslations(options: LoadBuiltInContentOptions = {}): BuiltInTranslation[] {
  const dataDir = options.dataDir ?? resolveCatalogDataDir();
  const dir = join(dataDir, 'translations');
  if (!existsSync(dir)) return [];
  const refsOf = new Map(loadBuiltInFrameworks({ dataDir }).map((f) => [frameworkKey(f), new Set(f.requirements.map((r) => r.ref))]));
  const out: BuiltInTranslation[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      throw new BuiltInContentError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      throw new BuiltInContentError(`${file}: ${first.path.join('.')}: ${first.message}`);
    }
    const refs = refsOf.get(parsed.data.framework);
    if (!refs) throw new BuiltInContentError(`${file}: unknown framework ${parsed.data.framework}.`);
    for (const [locale, t] of Object.entries(parsed.data.locales)) {
      if (!isLocale(locale) || locale === 'en') throw new BuiltInContentError(`${file}: ${locale} is not a locale to translate into.`);
      const requirements = Object.entries(t.requirements ?? {}).map(([ref, r]) => {
        if (!refs.has(ref)) throw new BuiltInContentError(`${file}: ${locale}: ${parsed.data.framework} has no requirement ${ref}.`);
        return { ref, title: r.title ?? null, statement: r.statement ?? null };
      });
      out.push({ framework: parsed.data.framework, locale, title: t.title, description: t.description ?? null, requirements });
    }
  }
  return out;
}
