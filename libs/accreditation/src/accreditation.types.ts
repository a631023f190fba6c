import type { AccreditationScope, AccreditationStatus, VerifiedBy } from './entities/accreditation.entity.js';

/**
 * What an attestation claims about its issuer's accreditation: a verified record, frozen at
 * issue (`attestations.accreditation`). Only verified, active, valid records covering the
 * attestation's frameworks and markets ever become a claim.
 */
export interface AccreditationClaim {
  accreditationId: string;
  bodyId: string;
  bodyName: string;
  bodyCountry: string;
  arrangements: string[];
  number: string;
  standard: string;
  scope: AccreditationScope;
  validFrom: string;
  validUntil: string;
  verification: VerifiedBy;
}

/** A claim with the accreditation's status now (public verification, summaries). */
export interface AccreditationClaimNow extends AccreditationClaim {
  /** Effective status now (`expired` once past validUntil even before the daily scan). */
  currentStatus: AccreditationStatus;
  currentStatusReason: string | null;
  /** Counts as accredited now (`accreditation_current`): verified, body listed, active, within its validity. */
  currentlyValid: boolean;
}

/** The row of `accreditation_current(ids)`: public facts only. */
export interface AccreditationCurrent {
  id: string;
  status: AccreditationStatus;
  verified: boolean;
  validUntil: string;
  updatedAt: Date;
  /** Counts as accredited now: verified, body on the trust list, active, within validFrom–validUntil. Decided by the SQL function alone. */
  accredited: boolean;
}

export const ACCREDITATION_EVENTS = {
  statusChanged: 'accreditation.status_changed',
  verified: 'accreditation.verified',
  declared: 'accreditation.declared',
} as const;

/** Payload of the outbox event `accreditation.status_changed`. */
export interface AccreditationStatusChangedPayload {
  accreditationId: string;
  organizationId: string;
  bodyId: string;
  status: AccreditationStatus;
  previousStatus: AccreditationStatus;
  reason: string | null;
}
