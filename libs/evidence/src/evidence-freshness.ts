/** How current an evidence item is, by its `validUntil` (a date, UTC). */
export type EvidenceFreshness = 'current' | 'expiring' | 'expired' | 'no_expiry';

export const EVIDENCE_FRESHNESS: readonly EvidenceFreshness[] = ['current', 'expiring', 'expired', 'no_expiry'];

const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The freshness rule, for TypeScript callers (the API's evidence answers). Its SQL twin is
 * `evidence_freshness(valid_until, today, days)` (migration EvidenceFreshnessRule), which the
 * workspace counts and the daily scan call; `test/e2e/shared-rules` checks that
 * both answer alike on every boundary. Expired: valid until before today. Expiring: valid
 * until today up to `warningDays` days from today, both included (EVIDENCE_EXPIRY_WARNING_DAYS).
 */
export function evidenceFreshness(validUntil: string | null, warningDays: number, today: Date = new Date()): EvidenceFreshness {
  if (!validUntil) return 'no_expiry';
  const now = day(today);
  if (validUntil < now) return 'expired';
  return validUntil <= day(new Date(Date.parse(`${now}T00:00:00Z`) + warningDays * 86_400_000)) ? 'expiring' : 'current';
}
