import { Group, Text } from '@mantine/core';
import type { Schemas } from '../../api/client';
import { StatusBadge } from '../../components/StatusBadge';
import { messageId, useT, type MessageId } from '../../i18n';

export type AccreditationDetail = Schemas['AccreditationDetailDto'];
export type DirectoryAccreditation = Schemas['DirectoryAccreditationDto'];

export const STANDARDS = ['ISO/IEC 17065', 'ISO/IEC 17021-1', 'ISO/IEC 17020', 'ISO/IEC 17024', 'ISO/IEC 17025'];

type AccreditationStatus = AccreditationDetail['status'];
type Verification = AccreditationDetail['verification'];
export type ServiceCategory = NonNullable<Schemas['DeclareAccreditationDto']['scope']['serviceCategories']>[number];

const STATUS_COLOR: Record<AccreditationStatus, string> = { active: 'green', suspended: 'orange', withdrawn: 'red', expired: 'gray' };
export const STATUS_LABEL: Record<AccreditationStatus, MessageId> = {
  active: messageId('accreditation.status.active'),
  suspended: messageId('accreditation.status.suspended'),
  withdrawn: messageId('accreditation.status.withdrawn'),
  expired: messageId('accreditation.status.expired'),
};
/** How an accreditation was verified, in prose. */
export const VERIFICATION_LABEL: Record<Verification, MessageId> = {
  body_confirmed: messageId('accreditation.verification.bodyConfirmed'),
  credential: messageId('accreditation.verification.credential'),
  operator: messageId('accreditation.verification.operator'),
  declared: messageId('accreditation.verification.declared'),
};
export const SERVICE_CATEGORY_LABEL: Record<ServiceCategory, MessageId> = {
  remote_quality_inspection: messageId('accreditation.serviceCategory.remoteQualityInspection'),
  cloud_om: messageId('accreditation.serviceCategory.cloudOm'),
  warehouse_saas: messageId('accreditation.serviceCategory.warehouseSaas'),
  predictive_maintenance: messageId('accreditation.serviceCategory.predictiveMaintenance'),
  remote_commissioning: messageId('accreditation.serviceCategory.remoteCommissioning'),
  other: messageId('accreditation.serviceCategory.other'),
};

/** "verified" (green) or "declared, not verified" (gray): only verified accreditations count anywhere. */
export function VerificationBadge({ verified, verification }: { verified: boolean; verification?: Verification }) {
  const t = useT();
  return verified ? (
    <StatusBadge color="green" title={verification ? t(VERIFICATION_LABEL[verification]) : undefined}>
      {t('accreditation.badge.verified')}
    </StatusBadge>
  ) : (
    <StatusBadge color="gray">{t('accreditation.badge.declared')}</StatusBadge>
  );
}

export function AccreditationStatusBadge({ status }: { status: AccreditationStatus }) {
  const t = useT();
  return <StatusBadge color={STATUS_COLOR[status]}>{t(STATUS_LABEL[status])}</StatusBadge>;
}

/** The best accreditation of an organization, as the directory shows it (one that counts first, then verified and active). */
export function DirectoryAccreditationBadge({ accreditations }: { accreditations: DirectoryAccreditation[] | undefined }) {
  const t = useT();
  const list = accreditations ?? [];
  if (list.length === 0) return null;
  const best = list.find((a) => a.counts) ?? list.find((a) => a.verified && a.status === 'active') ?? list.find((a) => a.verified) ?? list[0]!;
  // Verified and active but dated ahead: it counts for nothing until its validity begins.
  const ahead = best.verified && best.status === 'active' && !best.counts;
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" c="gray.7">
        {best.bodyName} {best.number}
      </Text>
      {ahead ? (
        <StatusBadge color="blue">{t('accreditation.badge.notYetValid', { validFrom: best.validFrom })}</StatusBadge>
      ) : best.verified && best.status !== 'active' ? (
        <AccreditationStatusBadge status={best.status} />
      ) : (
        <VerificationBadge verified={best.verified} />
      )}
    </Group>
  );
}
