import { describe, expect, it } from 'vitest';
import { isMarketCode, parseMarkets } from './markets.js';

describe('parseMarkets', () => {
  it('upper-cases, trims, de-duplicates and sorts ISO 3166-1 alpha-2 codes', () => {
    expect(parseMarkets(['vn', ' TH ', 'VN', 'my'])).toEqual({ markets: ['MY', 'TH', 'VN'], bad: [] });
  });

  it('names every code that is not a country, with its index, and keeps the good ones', () => {
    expect(parseMarkets(['TH', 'XX', 'EU', 'THA', '', 'zz'])).toEqual({
      markets: ['TH'],
      bad: [
        { index: 1, code: 'XX' },
        { index: 2, code: 'EU' },
        { index: 3, code: 'THA' },
        { index: 4, code: '' },
        { index: 5, code: 'zz' },
      ],
    });
    expect(isMarketCode('sg')).toBe(true);
    expect(isMarketCode('ZZ')).toBe(false);
  });
});
