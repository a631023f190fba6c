import type { Schemas } from '../../api/client';
import { StatusBadge } from '../../components/StatusBadge';
import { useT, type MessageId } from '../../i18n';

export type Person = Schemas['PersonDto'];
export type PersonDetail = Schemas['PersonDetailDto'];
export type Certification = Schemas['CertificationDto'];
export type ExpiringCertification = Schemas['ExpiringCertificationDto'];

const CERT_COLORS = { active: 'green', expired: 'red', not_yet_valid: 'gray' } as const;

const CERT_STATUS: Record<Certification['status'], MessageId> = {
  active: 'personnel.certStatus.active',
  expired: 'personnel.certStatus.expired',
  not_yet_valid: 'personnel.certStatus.not_yet_valid',
};

export function CertificationStatusBadge({ status }: { status: Certification['status'] }) {
  const t = useT();
  return (
    <StatusBadge color={CERT_COLORS[status] ?? 'gray'} data-status={status}>
      {CERT_STATUS[status] ? t(CERT_STATUS[status]) : status}
    </StatusBadge>
  );
}

/** Days left as words: "ends in 21 days", "ends today", "ended 3 days ago". */
export function DaysLeft({ days }: { days: number }) {
  const t = useT();
  if (days === 0) return <>{t('personnel.daysLeft.today')}</>;
  return <>{days > 0 ? t('personnel.daysLeft.future', { days }) : t('personnel.daysLeft.past', { days: -days })}</>;
}

/** Where a certification's evidence item lives in the portal. */
export function evidenceHref(c: Pick<Certification, 'evidenceId' | 'evidenceWorkspaceId'>): string | null {
  return c.evidenceId && c.evidenceWorkspaceId ? `/workspaces/${c.evidenceWorkspaceId}/evidence/${c.evidenceId}` : null;
}
