import { describe, expect, it } from 'vitest';
import { hasSessionMarker } from './session-store';

describe('hasSessionMarker', () => {
  it('finds the marker cookie among others, and only the exact marker', () => {
    expect(hasSessionMarker('attesta_signed_in=1')).toBe(true);
    expect(hasSessionMarker('theme=dark; attesta_signed_in=1; lang=vi')).toBe(true);
    expect(hasSessionMarker('')).toBe(false);
    expect(hasSessionMarker('attesta_signed_in=0')).toBe(false);
    expect(hasSessionMarker('x_attesta_signed_in=1')).toBe(false);
  });
});
