import { describe, expect, it } from 'vitest';
import { calendarDay, formatCalendarDate, formatInstant, intlLocale } from './dates.js';
import { LOCALES, matchLocale, negotiateLocale } from './locales.js';

describe('negotiateLocale', () => {
  it('follows the quality order of Accept-Language and skips languages we do not speak', () => {
    expect(negotiateLocale('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(negotiateLocale('fr-FR, de;q=0.9, th;q=0.5')).toBe('th');
    expect(negotiateLocale('en;q=0.1, ms;q=0.9')).toBe('ms');
    expect(negotiateLocale('id;q=0, en')).toBe('en');
  });

  it('maps every Chinese tag to Simplified Chinese and the legacy `in` to Indonesian', () => {
    expect(negotiateLocale('zh-TW')).toBe('zh-CN');
    expect(negotiateLocale('zh-Hans-SG')).toBe('zh-CN');
    expect(matchLocale('in')).toBe('id');
  });

  it('falls back to English for nothing, *, garbage or unknown languages', () => {
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('*')).toBe('en');
    expect(negotiateLocale('!!!, ;q=x')).toBe('en');
    expect(negotiateLocale('xx-YY, fr')).toBe('en');
  });

  it('takes a browser language list in order', () => {
    expect(negotiateLocale(['fr', 'th-TH', 'en'])).toBe('th');
  });
});

describe('calendar dates', () => {
  it('reads an instant as its day in the issuer zone, not the viewer zone', () => {
    expect(calendarDay('2029-12-01T23:59:59Z')).toEqual({ year: 2029, month: 12, day: 1 });
    expect(calendarDay('2029-12-01T23:59:59Z', 'Asia/Bangkok')).toEqual({ year: 2029, month: 12, day: 2 });
    expect(calendarDay('2029-12-01')).toEqual({ year: 2029, month: 12, day: 1 });
    expect(calendarDay('not a date')).toBeNull();
  });

  it('formats the day in every language as Gregorian by default, Buddhist era only on request', () => {
    for (const locale of LOCALES) expect(formatCalendarDate('2029-12-01T23:59:59Z', locale)).toMatch(/2029/);
    expect(formatCalendarDate('2029-12-01', 'th', { calendar: 'buddhist' })).toMatch(/2572/);
    expect(formatCalendarDate('2029-12-01', 'en')).toBe('Dec 1, 2029');
    expect(formatCalendarDate(null, 'en')).toBe('—');
    expect(intlLocale('th')).toBe('th-u-ca-gregory');
  });

  it('names the zone of a time', () => {
    expect(formatInstant('2026-12-01T10:07:21Z', 'en', { timeZone: 'Asia/Bangkok' })).toBe('Dec 1, 2026, 5:07 PM GMT+7');
    expect(formatInstant('2026-12-01T10:07:21Z', 'en', { timeZone: 'UTC' })).toMatch(/UTC$/);
  });
});
