import { describe, expect, it } from 'vitest';
import { localeState, setLocaleState } from '../i18n/runtime';
import { formatBytes, formatDate, formatList } from './format';

describe('format', () => {
  it('shows a calendar date as that day in any time zone', () => {
    const expected = new Date(2026, 10, 26).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
    expect(formatDate('2026-11-26')).toBe(expected);
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('prints sizes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(8 * 1024 * 1024)).toBe('8.0 MB');
    expect(formatBytes(undefined)).toBe('—');
  });

  it('joins a list in the reader’s language, its joining words marked in the pseudo-locale', () => {
    const before = localeState();
    try {
      setLocaleState({ locale: 'en', pseudo: false, calendar: 'gregory' });
      expect(formatList(['attesta-dser 1.0', 'iso-iec-27001 2022'])).toBe('attesta-dser 1.0 and iso-iec-27001 2022');
      setLocaleState({ locale: 'vi', pseudo: false, calendar: 'gregory' });
      expect(formatList(['A', 'B'])).toBe('A và B');
      setLocaleState({ locale: 'en', pseudo: true, calendar: 'gregory' });
      expect(formatList(['A', 'B'])).toBe('［A and B］');
    } finally {
      setLocaleState(before);
    }
  });
});
