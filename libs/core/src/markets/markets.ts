import countries from 'i18n-iso-countries';

/**
 * Markets are ISO 3166-1 alpha-2 country codes. The given codes trimmed, upper-cased,
 * de-duplicated and sorted (`markets`), and those that are not such a code, as given (`bad`,
 * with their index in the input, for a field name such as `markets[2]`).
 */
export function parseMarkets(codes: readonly string[]): { markets: string[]; bad: { index: number; code: string }[] } {
  const bad: { index: number; code: string }[] = [];
  const markets = new Set<string>();
  codes.forEach((code, index) => {
    const upper = code.trim().toUpperCase();
    if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) markets.add(upper);
    else bad.push({ index, code });
  });
  return { markets: [...markets].sort(), bad };
}

/** True when the code is an ISO 3166-1 alpha-2 country code (any case). */
export function isMarketCode(code: string): boolean {
  return parseMarkets([code]).bad.length === 0;
}
