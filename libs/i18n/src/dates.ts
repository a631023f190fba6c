import type { Locale } from './locales.js';

/** How dates are counted: Gregorian everywhere unless a Thai reader chooses the Buddhist era. */
export type CalendarChoice = 'gregory' | 'buddhist';

/** The `Intl` locale for formatting: Gregorian unless asked otherwise (Thai defaults to Buddhist in ICU). */
export function intlLocale(locale: Locale, calendar: CalendarChoice = 'gregory'): string {
  return `${locale}-u-ca-${calendar}`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar day a validity or expiry stands for. A date (`2029-12-01`) is that day; an
 * instant (`2029-12-01T23:59:59Z`) is read in the issuer's stated zone (UTC for Attesta's
 * own attestations). Either way the day never moves with the viewer's time zone.
 */
export function calendarDay(value: string, issuerTimeZone = 'UTC'): { year: number; month: number; day: number } | null {
  const d = DAY.exec(value);
  if (d) return { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) };
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-US-u-ca-gregory', { timeZone: issuerTimeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(
    instant,
  );
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** A calendar day in the reader's language (`1 thg 12, 2029`, `2029年12月1日`), the same day in every zone. */
export function formatCalendarDate(
  value: string | null | undefined,
  locale: Locale,
  options: { calendar?: CalendarChoice; issuerTimeZone?: string; style?: 'medium' | 'long' } = {},
): string {
  if (!value) return '—';
  const day = calendarDay(value, options.issuerTimeZone);
  if (!day) return value;
  const noonUtc = new Date(Date.UTC(day.year, day.month - 1, day.day, 12));
  return new Intl.DateTimeFormat(intlLocale(locale, options.calendar), { dateStyle: options.style ?? 'medium', timeZone: 'UTC' }).format(noonUtc);
}

/** An instant with its zone named (`1 Dec 2026, 17:07 GMT+7`): the viewer's zone unless one is given. */
export function formatInstant(
  value: string | null | undefined,
  locale: Locale,
  options: { calendar?: CalendarChoice; timeZone?: string; seconds?: boolean } = {},
): string {
  if (!value) return '—';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale, options.calendar), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(options.seconds ? { second: '2-digit' } : {}),
    timeZoneName: 'short',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  }).format(instant);
}
