import type { PublicAttestation } from './attestations.service.js';
import { ATTESTATION_STATUSES, type AttestationStatus } from './entities/attestation.entity.js';

/** What public pages say of an attestation now: its status, or `not_yet_valid` while an active one's validity has not begun. */
export type PublicStatus = AttestationStatus | 'not_yet_valid';
export const PUBLIC_STATUSES: readonly PublicStatus[] = [...ATTESTATION_STATUSES, 'not_yet_valid'];

/**
 * The status an attestation has now, whatever the daily expiry job has recorded yet: past its
 * validity it reads `expired`; active but dated ahead, `not_yet_valid` (not to be relied on yet,
 * as verification and procurement say).
 */
export function statusNow(a: Pick<PublicAttestation, 'status' | 'validFrom' | 'validUntil'>, now: Date): PublicStatus {
  if ((a.status === 'active' || a.status === 'suspended') && a.validUntil.getTime() <= now.getTime()) return 'expired';
  if (a.status === 'active' && a.validFrom.getTime() > now.getTime()) return 'not_yet_valid';
  return a.status;
}
