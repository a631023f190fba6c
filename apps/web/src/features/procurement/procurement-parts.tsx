import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { StatusBadge } from '../../components/StatusBadge';

export type Tender = Schemas['TenderDto'];
export type Bid = Schemas['BidDto'];
export type ComplianceReport = Schemas['ComplianceReportDto'];
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
  return (
    <StatusBadge color={RESULT_COLOR[result]}>
      {RESULT_LABEL[result]}
    </StatusBadge>
  );
}

export const OUTCOME_LABEL: Record<string, string> = {
  conformant: 'conformant',
  conformant_with_conditions: 'conformant with conditions',
  nonconformant: 'nonconformant',
};

export function TenderStatusBadge({ tender }: { tender: Tender }) {
  return (
    <StatusBadge color={tender.status === 'open' ? 'green' : 'gray'}>
      {tender.status}
    </StatusBadge>
  );
}

export function BidStatusBadge({ status }: { status: Bid['status'] }) {
  return (
    <StatusBadge color={status === 'submitted' ? 'blue' : 'gray'}>
      {status}
    </StatusBadge>
  );
}

/**
 * Names of supplier and assessor organizations from the public directory (the API returns
 * bare organization ids on tenders and bids).
 */
export function useOrganizationNames(kinds: ('manufacturer' | 'service_vendor' | 'assessor' | 'procurer')[]) {
  const query = useQuery({
    queryKey: ['organizations', 'directory', ...kinds],
    queryFn: async () => {
      const pages = await Promise.all(kinds.map((kind) => unwrap(api.GET('/v1/organizations/directory', { params: { query: { kind, limit: 200 } } }))));
      return pages.flatMap((p) => p.data);
    },
    staleTime: 5 * 60_000,
  });
  const names = new Map<string, string>();
  for (const o of query.data ?? []) names.set(o.id, o.name);
  return { names, directory: query.data ?? [], query };
}

export function OrganizationName({ id, names, self }: { id: string; names: Map<string, string>; self?: string }) {
  if (self && id === self) return <Text size="sm">your organization</Text>;
  return (
    <Text size="sm" title={id}>
      {names.get(id) ?? `organization ${id.slice(0, 8)}`}
    </Text>
  );
}

/** A fresh Idempotency-Key for one logical create, so a retried request does not create twice. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
