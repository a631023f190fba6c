import { Group, Text } from '@mantine/core';
import type { Schemas } from '../../api/client';
import { StatusBadge } from '../../components/StatusBadge';

export type AccreditationDetail = Schemas['AccreditationDetailDto'];
export type DirectoryAccreditation = Schemas['DirectoryAccreditationDto'];

export const STANDARDS = ['ISO/IEC 17065', 'ISO/IEC 17021-1', 'ISO/IEC 17020', 'ISO/IEC 17024', 'ISO/IEC 17025'];

const STATUS_COLOR: Record<string, string> = { active: 'green', suspended: 'orange', withdrawn: 'red', expired: 'gray' };
const VERIFICATION_LABEL: Record<string, string> = {
  body_confirmed: 'confirmed by the body',
  credential: 'body credential verified',
  operator: 'confirmed by the platform operator',
  declared: 'declared, not verified',
};

/** "verified" (green) or "declared, not verified" (gray): only verified accreditations count anywhere. */
export function VerificationBadge({ verified, verification }: { verified: boolean; verification?: string }) {
  return verified ? (
    <StatusBadge color="green" title={verification ? VERIFICATION_LABEL[verification] : undefined}>
      verified
    </StatusBadge>
  ) : (
    <StatusBadge color="gray">declared, not verified</StatusBadge>
  );
}

export function AccreditationStatusBadge({ status }: { status: string }) {
  return <StatusBadge color={STATUS_COLOR[status] ?? 'gray'}>{status}</StatusBadge>;
}

export const verificationLabel = (v: string) => VERIFICATION_LABEL[v] ?? v;

/** The best accreditation of an organization, as the directory shows it (verified and active first). */
export function DirectoryAccreditationBadge({ accreditations }: { accreditations: DirectoryAccreditation[] | undefined }) {
  const list = accreditations ?? [];
  if (list.length === 0) return null;
  const best = list.find((a) => a.verified && a.status === 'active') ?? list.find((a) => a.verified) ?? list[0]!;
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" c="gray.7">
        {best.bodyName} {best.number}
      </Text>
      {best.verified && best.status !== 'active' ? <AccreditationStatusBadge status={best.status} /> : <VerificationBadge verified={best.verified} />}
    </Group>
  );
}
