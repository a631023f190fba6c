import { LOCALES, type Locale } from '@attesta/i18n';

/** A JSON-LD language value object (VC Data Model 2.0 §11.1 "Language and Base Direction"). */
export interface LanguageValue {
  '@value': string;
  '@language': string;
}

/** A framework as the credential names it: its source title and the translations its owner gave. */
export interface NamedFramework {
  title: string;
  version: string;
  /** The language `title` is in; `en` when absent (attestations issued before frameworks carried one). */
  sourceLanguage?: string;
  /** Translated titles by locale (docs/i18n.md). */
  titles?: Partial<Record<Locale, string>>;
}

type Outcome = 'conformant' | 'conformant_with_conditions' | 'nonconformant';

interface Phrases {
  attestation: string;
  outcome: Record<Outcome, string>;
  /** `{outcome}`, `{offering}`, `{frameworks}`. */
  description: string;
  listSeparator: string;
}

/** The fixed wording of a credential's names in every language the portal speaks (glossary: docs/i18n.md). */
const PHRASES: Record<Locale, Phrases> = {
  en: {
    attestation: 'Conformity attestation',
    outcome: { conformant: 'Conformant', conformant_with_conditions: 'Conformant with conditions', nonconformant: 'Not conformant' },
    description: '{outcome}: {offering}, assessed against {frameworks}',
    listSeparator: '; ',
  },
  'zh-CN': {
    attestation: '符合性证明',
    outcome: { conformant: '符合', conformant_with_conditions: '有条件符合', nonconformant: '不符合' },
    description: '{outcome}：{offering}，依据{frameworks}评估',
    listSeparator: '；',
  },
  vi: {
    attestation: 'Chứng thư về sự phù hợp',
    outcome: { conformant: 'Phù hợp', conformant_with_conditions: 'Phù hợp có điều kiện', nonconformant: 'Không phù hợp' },
    description: '{outcome}: {offering}, được đánh giá theo {frameworks}',
    listSeparator: '; ',
  },
  th: {
    attestation: 'หนังสือรับรองความสอดคล้อง',
    outcome: { conformant: 'สอดคล้อง', conformant_with_conditions: 'สอดคล้องโดยมีเงื่อนไข', nonconformant: 'ไม่สอดคล้อง' },
    description: '{outcome}: {offering} ประเมินตาม {frameworks}',
    listSeparator: '; ',
  },
  ms: {
    attestation: 'Pengesahan pematuhan',
    outcome: { conformant: 'Mematuhi', conformant_with_conditions: 'Mematuhi dengan syarat', nonconformant: 'Tidak mematuhi' },
    description: '{outcome}: {offering}, dinilai berdasarkan {frameworks}',
    listSeparator: '; ',
  },
  id: {
    attestation: 'Atestasi kesesuaian',
    outcome: { conformant: 'Sesuai', conformant_with_conditions: 'Sesuai dengan syarat', nonconformant: 'Tidak sesuai' },
    description: '{outcome}: {offering}, dinilai terhadap {frameworks}',
    listSeparator: '; ',
  },
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** The framework's title in `locale`: the source when it is written in it, else a translation, else null. */
function titleIn(f: NamedFramework, locale: Locale): string | null {
  if ((f.sourceLanguage ?? 'en') === locale) return f.title;
  return f.titles?.[locale] ?? null;
}

/** The credential's `name` in every language: the fixed wording with the serial and the offering's name (data, as entered). */
export function credentialNameValues(serial: string, offeringName: string): LanguageValue[] {
  return LOCALES.map((locale) => ({ '@value': `${PHRASES[locale].attestation} ${serial}: ${offeringName}`, '@language': locale }));
}

/**
 * The credential's `description` in every language: outcome, offering and the frameworks, each
 * framework in that language where the issuer has its title in it, else in its source language.
 */
export function credentialDescriptionValues(outcome: Outcome, offeringName: string, frameworks: readonly NamedFramework[]): LanguageValue[] {
  return LOCALES.map((locale) => {
    const p = PHRASES[locale];
    const names = frameworks.map((f) => `${titleIn(f, locale) ?? f.title} ${f.version}`).join(p.listSeparator);
    return { '@value': fill(p.description, { outcome: p.outcome[outcome], offering: offeringName, frameworks: names }), '@language': locale };
  });
}

/** A framework's name (`title version`) in the languages its title exists in: the source language first, then the portal's order. */
export function frameworkNameValues(f: NamedFramework): LanguageValue[] {
  const source = f.sourceLanguage ?? 'en';
  const out: LanguageValue[] = [{ '@value': `${f.title} ${f.version}`, '@language': source }];
  for (const locale of LOCALES) {
    const title = locale === source ? null : f.titles?.[locale];
    if (title) out.push({ '@value': `${title} ${f.version}`, '@language': locale });
  }
  return out;
}

/** A text with its language as API answers carry it (null: the credential gave a plain string, language unstated). */
export interface LanguageText {
  value: string;
  language: string | null;
}

/** Language value objects as API answers carry them. */
export const asLanguageTexts = (values: readonly LanguageValue[]): LanguageText[] => values.map((v) => ({ value: v['@value'], language: v['@language'] }));

/** Language value objects read back from a credential (a plain string, one object or an array of them), well-formed ones only. */
export function readLanguageValues(value: unknown): LanguageText[] {
  if (typeof value === 'string') return value ? [{ value, language: null }] : [];
  const list = Array.isArray(value) ? (value as unknown[]) : value && typeof value === 'object' ? [value] : [];
  return list.flatMap((v) => {
    if (typeof v === 'string') return v ? [{ value: v, language: null }] : [];
    const o = v as Record<string, unknown> | null;
    if (!o || typeof o['@value'] !== 'string') return [];
    return [{ value: o['@value'], language: typeof o['@language'] === 'string' ? o['@language'] : null }];
  });
}
