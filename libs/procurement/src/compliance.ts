import type { MinimumOutcome, TenderFrameworkRequirement } from './entities/tender.entity.js';

/** What anyone may know of an attestation (the same as its public verification page). */
export interface PublicAttestation {
  id: string;
  serial: string;
  issuerId: string;
  issuerName: string;
  issuerAccredited: boolean;
  offeringId: string;
  outcome: 'conformant' | 'conformant_with_conditions' | 'nonconformant';
  frameworkIds: string[];
  markets: string[];
  validFrom: string;
  validUntil: string;
  decidedAt: string;
  status: 'active' | 'suspended' | 'withdrawn' | 'expired';
}

export interface ComplianceCriteria {
  requirements: TenderFrameworkRequirement[];
  markets: string[];
  maxEvidenceAgeDays: number | null;
  accreditedIssuersOnly: boolean;
  allowedIssuerIds: string[];
  offeringId: string | null;
  /** Attestations expiring before this moment are flagged (e.g. the tender deadline + 30 days). */
  expiringBefore: Date;
  now: Date;
}

export type RequirementResult = 'met' | 'not_met' | 'expiring';

export interface RequirementCompliance {
  frameworkId: string;
  frameworkCode: string;
  minimumOutcome: MinimumOutcome;
  result: RequirementResult;
  attestation: { id: string; serial: string; status: PublicAttestation['status']; issuerId: string; issuerName: string; issuerAccredited: boolean; outcome: string; validFrom: string; validUntil: string } | null;
  /** Age in days of the decision the attestation rests on. */
  evidenceAgeDays: number | null;
  reasons: string[];
}

export interface ComplianceReport {
  overall: 'compliant' | 'compliant_expiring' | 'non_compliant';
  requirements: RequirementCompliance[];
  evaluatedAt: string;
}

const RANK: Record<PublicAttestation['outcome'], number> = { nonconformant: 0, conformant_with_conditions: 1, conformant: 2 };

/** Why one attestation does not satisfy one framework requirement (empty: it does). */
function problems(a: PublicAttestation, req: TenderFrameworkRequirement, c: ComplianceCriteria): string[] {
  const out: string[] = [];
  if (!a.frameworkIds.includes(req.frameworkId)) out.push(`does not cover ${req.frameworkCode}`);
  if (c.offeringId && a.offeringId !== c.offeringId) out.push('is for another offering');
  if (RANK[a.outcome] < RANK[req.minimumOutcome]) out.push(`outcome ${a.outcome} is below ${req.minimumOutcome}`);
  const missing = c.markets.filter((m) => !a.markets.includes(m));
  if (missing.length) out.push(`does not cover market(s) ${missing.join(', ')}`);
  if (a.status !== 'active') out.push(`is ${a.status}`);
  if (Date.parse(a.validUntil) <= c.now.getTime()) out.push(`expired on ${a.validUntil.slice(0, 10)}`);
  if (Date.parse(a.validFrom) > c.now.getTime()) out.push(`is not valid before ${a.validFrom.slice(0, 10)}`);
  if (c.accreditedIssuersOnly && !a.issuerAccredited) out.push(`issuer ${a.issuerName} is not accredited`);
  if (c.allowedIssuerIds.length && !c.allowedIssuerIds.includes(a.issuerId)) out.push(`issuer ${a.issuerName} is not among the accepted issuers`);
  if (c.maxEvidenceAgeDays !== null && ageDays(a, c.now) > c.maxEvidenceAgeDays) out.push(`rests on a decision older than ${c.maxEvidenceAgeDays} days`);
  return out;
}

function ageDays(a: PublicAttestation, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(a.decidedAt)) / 86400_000);
}

/**
 * Per framework requirement: the best attestation that satisfies it (met, or expiring
 * when its validity ends before `expiringBefore`), or the reasons none does.
 */
export function evaluateCompliance(attestations: PublicAttestation[], c: ComplianceCriteria): ComplianceReport {
  const requirements = c.requirements.map((req): RequirementCompliance => {
    const candidates = attestations.filter((a) => a.frameworkIds.includes(req.frameworkId));
    const ok = candidates.filter((a) => problems(a, req, c).length === 0).sort((x, y) => Date.parse(y.validUntil) - Date.parse(x.validUntil));
    const chosen = ok[0] ?? candidates[0] ?? null;
    const reasons = chosen ? problems(chosen, req, c) : [`no attestation covers ${req.frameworkCode}`];
    const expiring = ok[0] !== undefined && Date.parse(ok[0].validUntil) < c.expiringBefore.getTime();
    return {
      frameworkId: req.frameworkId,
      frameworkCode: req.frameworkCode,
      minimumOutcome: req.minimumOutcome,
      result: ok[0] ? (expiring ? 'expiring' : 'met') : 'not_met',
      attestation: chosen
        ? {
            id: chosen.id,
            serial: chosen.serial,
            status: chosen.status,
            issuerId: chosen.issuerId,
            issuerName: chosen.issuerName,
            issuerAccredited: chosen.issuerAccredited,
            outcome: chosen.outcome,
            validFrom: chosen.validFrom,
            validUntil: chosen.validUntil,
          }
        : null,
      evidenceAgeDays: chosen ? ageDays(chosen, c.now) : null,
      reasons: ok[0] ? (expiring ? [`valid only until ${ok[0].validUntil.slice(0, 10)}`] : []) : reasons,
    };
  });
  const overall = requirements.some((r) => r.result === 'not_met') ? 'non_compliant' : requirements.some((r) => r.result === 'expiring') ? 'compliant_expiring' : 'compliant';
  return { overall, requirements, evaluatedAt: c.now.toISOString() };
}
