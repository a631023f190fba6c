import { Text } from '@mantine/core';
import type { Schemas } from '../../api/client';
import { useOrganizationNames } from '../../api/organization-names';
import { StatusBadge } from '../../components/StatusBadge';

export type Tender = Schemas['TenderDto'];
export type Bid = Schemas['BidDto'];
export type ComplianceReport = Schemas['ComplianceReportDto'];
export type ComplianceReason = Schemas['ComplianceReasonDto'];
export type Overall = ComplianceReport['overall'];
export type RequirementResult = Schemas['RequirementComplianceDto']['result'];

/** The words of the API's overall result, readable; each keeps the word "compliant". */
export const OVERALL_LABEL: Record<Overall, string> = {
  compliant: 'compliant',
  compliant_expiring: 'compliant, expiring soon',
  non_compliant: 'non-compliant',
};
const OVERALL_COLOR: Record<Overall, string> = { compliant: 'green', compliant_expiring: 'yellow', non_compliant: 'red' };

export function OverallBadge({ overall, size = 'md' }: { overall: Overall; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <StatusBadge color={OVERALL_COLOR[overall]} size={size}>
      {OVERALL_LABEL[overall]}
    </StatusBadge>
  );
}

const RESULT_LABEL: Record<RequirementResult, string> = { met: 'met', not_met: 'not met', expiring: 'met, expiring' };
const RESULT_COLOR: Record<RequirementResult, string> = { met: 'green', not_met: 'red', expiring: 'yellow' };

export function ResultBadge({ result }: { result: RequirementResult }) {
  return <StatusBadge color={RESULT_COLOR[result]}>{RESULT_LABEL[result]}</StatusBadge>;
}

export const OUTCOME_LABEL: Record<string, string> = {
  conformant: 'conformant',
  conformant_with_conditions: 'conformant with conditions',
  nonconformant: 'nonconformant',
};

export function TenderStatusBadge({ tender }: { tender: Tender }) {
  return <StatusBadge color={tender.status === 'open' ? 'green' : 'gray'}>{tender.status}</StatusBadge>;
}

export function BidStatusBadge({ status }: { status: Bid['status'] }) {
  return <StatusBadge color={status === 'submitted' ? 'blue' : 'gray'}>{status}</StatusBadge>;
}

export function OrganizationName({ id, self }: { id: string; self?: string }) {
  const { nameOf } = useOrganizationNames();
  if (self && id === self) return <Text size="sm">your organization</Text>;
  return (
    <Text size="sm" title={id}>
      {nameOf(id)}
    </Text>
  );
}

/** A fresh Idempotency-Key for one logical create, so a retried request does not create twice. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
