import type { Schemas } from '../../api/client';
import { StatusBadge } from '../../components/StatusBadge';

export type Person = Schemas['PersonDto'];
export type PersonDetail = Schemas['PersonDetailDto'];
export type Certification = Schemas['CertificationDto'];
export type ExpiringCertification = Schemas['ExpiringCertificationDto'];

const CERT_COLORS = { active: 'green', expired: 'red', not_yet_valid: 'gray' } as const;

export function CertificationStatusBadge({ status }: { status: Certification['status'] }) {
  return <StatusBadge color={CERT_COLORS[status] ?? 'gray'}>{status.replace(/_/g, ' ')}</StatusBadge>;
}

/** Days left as words: "in 21 days", "today", "3 days ago". */
export function daysLeftText(days: number): string {
  if (days === 0) return 'ends today';
  return days > 0 ? `ends in ${days} day${days === 1 ? '' : 's'}` : `ended ${-days} day${days === -1 ? '' : 's'} ago`;
}

/** Where a certification's evidence item lives in the portal. */
export function evidenceHref(c: Pick<Certification, 'evidenceId' | 'evidenceWorkspaceId'>): string | null {
  return c.evidenceId && c.evidenceWorkspaceId ? `/workspaces/${c.evidenceWorkspaceId}/evidence/${c.evidenceId}` : null;
}
