/**
 * Tender competence rules: "at least N people with an active certification matching a scheme,
 * level and scope, serving market M (optionally working in a given time zone)". Pure functions:
 * procurement evaluates them over the facts `competenceFacts` reads (libs/personnel read model).
 */

export interface CompetenceRule {
  /** At least this many distinct people. */
  minPeople: number;
  /** Certification scheme, compared case-insensitively (e.g. `ISO/IEC 17024 remote diagnostics technician`). */
  scheme: string;
  /** Acceptable levels (any of them); empty or absent: any level. */
  levels?: string[];
  /** Every listed machine family, device model and service type must be in the certification's scope. */
  machineFamilies?: string[];
  deviceModels?: string[];
  serviceTypes?: string[];
  /** ISO 3166-1 alpha-2 market the people must serve. */
  market: string;
  /** Optional: the people must work in this IANA time zone (the market's local business hours). */
  timeZone?: string | null;
}

/** What the read model gives per certification: no personal field, people numbered per call. */
export interface CompetenceFact {
  /** A number standing for the person in this answer only (never an id). */
  personNo: number;
  markets: string[];
  timeZones: string[];
  scheme: string;
  level: string;
  validFrom: string;
  validUntil: string | null;
  machineFamilies: string[];
  deviceModels: string[];
  serviceTypes: string[];
}

/** The reason codes of competence rules; procurement's COMPLIANCE_REASONS spreads them in. */
export const COMPETENCE_REASONS = {
  competence_insufficient: {
    severity: 'blocking',
    description: 'Fewer people than the tender asks for hold an active certification matching the scheme, level and scope while serving the market.',
  },
  competence_certifications_expired: {
    severity: 'info',
    description: 'People who would match the competence rule but whose certification has expired (they no longer count).',
  },
  competence_expiring: {
    severity: 'warning',
    description: 'The rule is met, but certifications counted for it expire within 30 days.',
  },
} as const satisfies Record<string, { severity: 'blocking' | 'warning' | 'info'; description: string }>;

export type CompetenceReasonCode = keyof typeof COMPETENCE_REASONS;

export interface CompetenceReason {
  code: CompetenceReasonCode;
  severity: (typeof COMPETENCE_REASONS)[CompetenceReasonCode]['severity'];
  message: string;
  expected?: number | string | null;
  actual?: number | string | null;
}

export interface CompetenceRuleResult {
  rule: CompetenceRule;
  result: 'met' | 'not_met' | 'expiring';
  /** People counted (active, matching, serving the market). */
  qualifiedPeople: number;
  /** People who would match but whose matching certifications have all expired. */
  expiredPeople: number;
  reasons: CompetenceReason[];
}

const EXPIRING_DAYS = 30;
const norm = (s: string) => s.trim().toLowerCase();

/** YYYY-MM-DD of a time in UTC (certification dates are calendar days). */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Active on `day`: started, and not past its last day. */
export function certificationActive(c: { validFrom: string; validUntil: string | null }, day: string): boolean {
  return c.validFrom <= day && (c.validUntil === null || c.validUntil >= day);
}

function matchesScope(rule: CompetenceRule, f: CompetenceFact): boolean {
  if (norm(f.scheme) !== norm(rule.scheme)) return false;
  if (rule.levels?.length && !rule.levels.some((l) => norm(l) === norm(f.level))) return false;
  const has = (need: string[] | undefined, got: string[]) => (need ?? []).every((n) => got.some((g) => norm(g) === norm(n)));
  if (!has(rule.machineFamilies, f.machineFamilies) || !has(rule.deviceModels, f.deviceModels) || !has(rule.serviceTypes, f.serviceTypes)) return false;
  if (!f.markets.includes(rule.market.toUpperCase())) return false;
  // IANA names are matched case aside, as their validation (Intl) accepts them: asia/bangkok is Asia/Bangkok.
  if (rule.timeZone && !f.timeZones.some((z) => z.toLowerCase() === rule.timeZone!.toLowerCase())) return false;
  return true;
}

export function describeRule(rule: CompetenceRule): string {
  const scope = [...(rule.machineFamilies ?? []), ...(rule.deviceModels ?? []), ...(rule.serviceTypes ?? [])];
  return (
    `at least ${rule.minPeople} ${rule.scheme}${rule.levels?.length ? ` (${rule.levels.join('/')})` : ''}` +
    `${scope.length ? ` for ${scope.join(', ')}` : ''} serving ${rule.market.toUpperCase()}${rule.timeZone ? ` in ${rule.timeZone}` : ''}`
  );
}

/** Evaluates one rule over the facts at `now`. */
export function evaluateCompetenceRule(rule: CompetenceRule, facts: readonly CompetenceFact[], now: Date): CompetenceRuleResult {
  const day = dayOf(now);
  const horizon = dayOf(new Date(now.getTime() + EXPIRING_DAYS * 86_400_000));
  const matching = facts.filter((f) => matchesScope(rule, f));
  const active = matching.filter((f) => certificationActive(f, day));
  const qualified = new Set(active.map((f) => f.personNo));
  const expired = new Set(matching.filter((f) => f.validUntil !== null && f.validUntil < day && !qualified.has(f.personNo)).map((f) => f.personNo));
  // People still counted after the horizon: those with a matching certification lasting past it.
  const lasting = new Set(active.filter((f) => f.validUntil === null || f.validUntil > horizon).map((f) => f.personNo));
  const reasons: CompetenceReason[] = [];
  let result: CompetenceRuleResult['result'] = 'met';
  if (qualified.size < rule.minPeople) {
    result = 'not_met';
    reasons.push({
      code: 'competence_insufficient',
      severity: 'blocking',
      message: `${qualified.size} of ${rule.minPeople} people: ${describeRule(rule)}.`,
      expected: rule.minPeople,
      actual: qualified.size,
    });
  } else if (lasting.size < rule.minPeople) {
    result = 'expiring';
    reasons.push({
      code: 'competence_expiring',
      severity: 'warning',
      message: `Only ${lasting.size} of the ${qualified.size} people counted stay certified beyond ${horizon}.`,
      expected: rule.minPeople,
      actual: lasting.size,
    });
  }
  if (expired.size) {
    reasons.push({
      code: 'competence_certifications_expired',
      severity: 'info',
      message: `${expired.size} matching ${expired.size === 1 ? 'person holds' : 'people hold'} only expired certifications.`,
      actual: expired.size,
    });
  }
  return { rule, result, qualifiedPeople: qualified.size, expiredPeople: expired.size, reasons };
}

export function evaluateCompetenceRules(rules: readonly CompetenceRule[], facts: readonly CompetenceFact[], now: Date): CompetenceRuleResult[] {
  return rules.map((r) => evaluateCompetenceRule(r, facts, now));
}
