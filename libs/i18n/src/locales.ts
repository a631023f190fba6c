/**
 * The languages Attesta speaks: the exporters' (Simplified Chinese), English, and their
 * buyers' (Vietnamese, Thai, Malay, Indonesian). One list for the portal, the API's
 * problem details, mail and credentials.
 */
export const LOCALES = ['en', 'zh-CN', 'vi', 'th', 'ms', 'id'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, for the switcher. */
export const LOCALE_ENDONYMS: Record<Locale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  vi: 'Tiếng Việt',
  th: 'ไทย',
  ms: 'Bahasa Melayu',
  id: 'Bahasa Indonesia',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The supported locale a BCP 47 tag asks for, or null: `zh`, `zh-Hans-SG`, `zh-TW` → zh-CN; `vi-VN` → vi; `in` → id. */
export function matchLocale(tag: string): Locale | null {
  let language: string;
  try {
    language = new Intl.Locale(tag.trim()).language.toLowerCase();
  } catch {
    return null;
  }
  switch (language) {
    case 'en':
      return 'en';
    case 'zh':
      return 'zh-CN';
    case 'vi':
      return 'vi';
    case 'th':
      return 'th';
    case 'ms':
      return 'ms';
    case 'id':
    case 'in':
      return 'id';
    default:
      return null;
  }
}

/**
 * The best supported locale for an `Accept-Language` header (RFC 9110 §12.5.4), or for a
 * browser's `navigator.languages`: ranges in order of their quality, the first that names a
 * language we speak wins; `*`, nothing usable or no header → English.
 */
export function negotiateLocale(accept: string | readonly string[] | null | undefined): Locale {
  if (!accept) return DEFAULT_LOCALE;
  const ranges =
    typeof accept === 'string'
      ? accept
          .split(',')
          .map((part, index) => {
            const [tag = '', ...params] = part.trim().split(';');
            const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)).find(Boolean);
            const quality = q ? Number(q[1]) : 1;
            return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
          })
          .filter((r) => r.tag && r.tag !== '*' && r.quality > 0)
          .sort((a, b) => b.quality - a.quality || a.index - b.index)
          .map((r) => r.tag)
      : accept;
  for (const tag of ranges) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
