import { describe, expect, it } from 'vitest';
import { certificateDigest, noticeDue } from './personnel.service.js';

describe(noticeDue.name, () => {
  it.each<[string, string | null]>([
    ['2026-09-30', null],
    ['2026-08-30', 'd90'],
    ['2026-07-31', 'd60'],
    ['2026-07-01', 'd30'],
    ['2026-06-01', 'd30'],
    ['2026-05-31', 'expired'],
  ])('a certification ending on %s, seen on 2026-06-01, is due %s', (validUntil, notice) => {
    // 121, 90, 60, 30 and 0 days left, then one day past: the last valid day is not yet expired.
    expect(noticeDue(validUntil, '2026-06-01')).toBe(notice);
  });
});

describe(certificateDigest.name, () => {
  it('names one certificate however its number is spaced, cased or punctuated, and only that one', () => {
    const one = certificateDigest('Remote diagnostics technician', 'VinaCert', 'VC-0042');
    expect(certificateDigest(' remote  diagnostics technician', 'vinacert ', 'vc 0042')).toBe(one);
    expect(certificateDigest('Remote diagnostics technician', 'VinaCert', 'VC-0043')).not.toBe(one);
    expect(certificateDigest('Remote diagnostics technician', 'TÜV', 'VC-0042')).not.toBe(one);
    expect(certificateDigest('Welding inspector', 'VinaCert', 'VC-0042')).not.toBe(one);
  });
});
