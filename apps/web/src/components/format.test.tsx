import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate } from './format';

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
});
