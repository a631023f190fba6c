import { formatCalendarDate, formatInstant, intlLocale } from '@attesta/i18n';
import { localeState, marked } from '../i18n/runtime';

/**
 * Formats in the portal's language (set by I18nProvider). Validity and expiry dates are
 * calendar days: a date, or an instant read in the issuer's zone (UTC), never moved by the
 * viewer's zone. Times name their zone. Gregorian unless a Thai reader chose the Buddhist era.
 */
function locale(): string {
  const { locale: l, calendar } = localeState();
  return intlLocale(l, calendar);
}

/** A calendar day (validity, expiry, due dates): the same day in every time zone. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const { locale: l, calendar } = localeState();
  return marked(formatCalendarDate(value, l, { calendar }));
}

/** An instant, in the viewer's zone, with the zone named. */
export function formatDateTime(value: string | null | undefined, options: { seconds?: boolean; timeZone?: string } = {}): string {
  if (!value) return '—';
  const { locale: l, calendar } = localeState();
  return marked(formatInstant(value, l, { calendar, ...options }));
}

export function formatNumber(n: number | null | undefined, options?: Intl.NumberFormatOptions): string {
  if (n == null) return '—';
  return marked(new Intl.NumberFormat(locale(), options).format(n));
}

/** A ratio (0.92) as a percentage in the reader's notation. */
export function formatPercent(ratio: number | null | undefined, maximumFractionDigits = 1): string {
  if (ratio == null) return '—';
  return marked(new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits }).format(ratio));
}

const displayNames = new Map<string, Intl.DisplayNames>();
function displayName(type: 'region' | 'language', code: string): string {
  const key = `${locale()}:${type}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([localeState().locale, 'en'], { type, fallback: 'code' });
    displayNames.set(key, names);
  }
  try {
    return marked(names.of(code) ?? code);
  } catch {
    return code;
  }
}

/** A market (ISO 3166-1 alpha-2, `VN`) by its name in the reader's language. */
export function formatMarket(code: string): string {
  return displayName('region', code.toUpperCase());
}

/** A language tag (`vi`, `zh-CN`) by its name in the reader's language. */
export function formatLanguage(tag: string): string {
  return displayName('language', tag);
}

/** Items joined in the reader's language (`A, B and C`); the joining words count as translated in the pseudo-locale. */
export function formatList(items: string[], type: Intl.ListFormatType = 'conjunction'): string {
  return marked(new Intl.ListFormat(localeState().locale, { style: 'long', type }).format(items));
}

/** Sizes in binary units, the number in the reader's notation. */
export function formatBytes(n: number | null | undefined): string {
  if (n == null) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = i === 0 ? 0 : 1;
  return marked(`${new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v)} ${units[i]}`);
}
