import { Text } from '@mantine/core';
import type { Schemas } from '../../api/client';
import { useOrganizationNames } from '../../api/organization-names';
import { formatList, formatMarket } from '../../components/format';
import { StatusBadge } from '../../components/StatusBadge';
import { messageId, useT, type MessageId } from '../../i18n';

export type Tender = Schemas['TenderDto'];
export type Bid = Schemas['BidDto'];
export type ComplianceReport = Schemas['ComplianceReportDto'];
export type ComplianceReason = Schemas['ComplianceReasonDto'];
export type Overall = ComplianceReport['overall'];
export type RequirementResult = Schemas['RequirementComplianceDto']['result'];
export type AttestationStatus = Schemas['AttestationDto']['status'];
type ReasonCode = ComplianceReason['code'];

/** The words of the API's overall result, readable; each keeps the word "compliant". */
export const OVERALL_LABEL: Record<Overall, MessageId> = {
  compliant: messageId('procurement.overall.compliant'),
  compliant_expiring: messageId('procurement.overall.compliant_expiring'),
  non_compliant: messageId('procurement.overall.non_compliant'),
};
const OVERALL_COLOR: Record<Overall, string> = { compliant: 'green', compliant_expiring: 'yellow', non_compliant: 'red' };

export function OverallBadge({ overall, size = 'md' }: { overall: Overall; size?: 'sm' | 'md' | 'lg' }) {
  const t = useT();
  return (
    <StatusBadge color={OVERALL_COLOR[overall]} size={size}>
      {t(OVERALL_LABEL[overall])}
    </StatusBadge>
  );
}

const RESULT_LABEL: Record<RequirementResult, MessageId> = {
  met: messageId('procurement.result.met'),
  not_met: messageId('procurement.result.not_met'),
  expiring: messageId('procurement.result.expiring'),
};
const RESULT_COLOR: Record<RequirementResult, string> = { met: 'green', not_met: 'red', expiring: 'yellow' };

export function ResultBadge({ result }: { result: RequirementResult }) {
  const t = useT();
  return <StatusBadge color={RESULT_COLOR[result]}>{t(RESULT_LABEL[result])}</StatusBadge>;
}

const OUTCOME_LABEL: Record<string, MessageId> = {
  conformant: messageId('procurement.outcome.conformant'),
  conformant_with_conditions: messageId('procurement.outcome.conformant_with_conditions'),
  nonconformant: messageId('procurement.outcome.nonconformant'),
};

const ATTESTATION_STATUS: Record<AttestationStatus, MessageId> = {
  active: messageId('procurement.attestationStatus.active'),
  suspended: messageId('procurement.attestationStatus.suspended'),
  withdrawn: messageId('procurement.attestationStatus.withdrawn'),
  expired: messageId('procurement.attestationStatus.expired'),
  superseded: messageId('procurement.attestationStatus.superseded'),
};

const TENDER_STATUS: Record<Tender['status'], MessageId> = {
  open: messageId('procurement.tenderStatus.open'),
  closed: messageId('procurement.tenderStatus.closed'),
};

const BID_STATUS: Record<Bid['status'], MessageId> = {
  submitted: messageId('procurement.bidStatus.submitted'),
  withdrawn: messageId('procurement.bidStatus.withdrawn'),
};

const ORGANIZATION_KIND: Record<string, MessageId> = {
  manufacturer: messageId('procurement.organizationKind.manufacturer'),
  service_vendor: messageId('procurement.organizationKind.service_vendor'),
  assessor: messageId('procurement.organizationKind.assessor'),
  procurer: messageId('procurement.organizationKind.procurer'),
  accreditation_body: messageId('procurement.organizationKind.accreditation_body'),
};

const COMPONENT_KIND: Record<string, MessageId> = {
  hardware: messageId('procurement.componentKind.hardware'),
  firmware: messageId('procurement.componentKind.firmware'),
  connectivity: messageId('procurement.componentKind.connectivity'),
  ai_service: messageId('procurement.componentKind.ai_service'),
  cloud_service: messageId('procurement.componentKind.cloud_service'),
  saas: messageId('procurement.componentKind.saas'),
};

/** What each reason code means, in the reader's language (the API's own text stays English and specific). */
const REASON: Record<ReasonCode, MessageId> = {
  no_attestation: messageId('procurement.reason.no_attestation'),
  framework_not_covered: messageId('procurement.reason.framework_not_covered'),
  outcome_below_minimum: messageId('procurement.reason.outcome_below_minimum'),
  offering_mismatch: messageId('procurement.reason.offering_mismatch'),
  market_not_covered: messageId('procurement.reason.market_not_covered'),
  component_version_mismatch: messageId('procurement.reason.component_version_mismatch'),
  component_not_attested: messageId('procurement.reason.component_not_attested'),
  component_drift: messageId('procurement.reason.component_drift'),
  issuer_not_accredited: messageId('procurement.reason.issuer_not_accredited'),
  accreditation_out_of_scope: messageId('procurement.reason.accreditation_out_of_scope'),
  accreditation_suspended: messageId('procurement.reason.accreditation_suspended'),
  accreditation_withdrawn: messageId('procurement.reason.accreditation_withdrawn'),
  accreditation_expired: messageId('procurement.reason.accreditation_expired'),
  accreditation_unverified: messageId('procurement.reason.accreditation_unverified'),
  issuer_not_accepted: messageId('procurement.reason.issuer_not_accepted'),
  attestation_suspended: messageId('procurement.reason.attestation_suspended'),
  attestation_withdrawn: messageId('procurement.reason.attestation_withdrawn'),
  attestation_superseded: messageId('procurement.reason.attestation_superseded'),
  attestation_expired: messageId('procurement.reason.attestation_expired'),
  attestation_not_yet_valid: messageId('procurement.reason.attestation_not_yet_valid'),
  attestation_expiring: messageId('procurement.reason.attestation_expiring'),
  validity_short_of_contract: messageId('procurement.reason.validity_short_of_contract'),
  evidence_too_old: messageId('procurement.reason.evidence_too_old'),
  evidence_expired: messageId('procurement.reason.evidence_expired'),
  recognised_equivalent: messageId('procurement.reason.recognised_equivalent'),
  no_recognised_equivalent: messageId('procurement.reason.no_recognised_equivalent'),
  evidence_dates_unknown: messageId('procurement.reason.evidence_dates_unknown'),
  competence_insufficient: messageId('procurement.reason.competence_insufficient'),
  competence_certifications_expired: messageId('procurement.reason.competence_certifications_expired'),
  competence_expiring: messageId('procurement.reason.competence_expiring'),
};

/**
 * The procurement words for API codes: outcomes, statuses, kinds and reasons. A code the
 * portal does not know yet reads as itself rather than disappearing.
 */
export function useProcurementWords() {
  const t = useT();
  const of = (table: Record<string, MessageId>, code: string | null | undefined): string => {
    if (!code) return '—';
    const id = table[code] as MessageId | undefined;
    return id ? t(id) : code;
  };
  return {
    outcome: (code: string | null | undefined) => of(OUTCOME_LABEL, code),
    attestationStatus: (code: string) => of(ATTESTATION_STATUS, code),
    organizationKind: (code: string | null | undefined) => of(ORGANIZATION_KIND, code),
    componentKind: (code: string) => of(COMPONENT_KIND, code),
    tenderStatus: (code: Tender['status']) => of(TENDER_STATUS, code),
    reason: (reason: Pick<ComplianceReason, 'code' | 'message'>) => (REASON[reason.code] ? t(REASON[reason.code]) : reason.message),
    /** Markets by name in the reader's language ("Thailand and Viet Nam"). */
    markets: (codes: string[]) => formatList(codes.map(formatMarket)),
  };
}

export function TenderStatusBadge({ tender }: { tender: Tender }) {
  const t = useT();
  return <StatusBadge color={tender.status === 'open' ? 'green' : 'gray'}>{t(TENDER_STATUS[tender.status])}</StatusBadge>;
}

export function BidStatusBadge({ status }: { status: Bid['status'] }) {
  const t = useT();
  return <StatusBadge color={status === 'submitted' ? 'blue' : 'gray'}>{t(BID_STATUS[status])}</StatusBadge>;
}

export function AttestationStatusBadge({ status, color, size }: { status: AttestationStatus; color: string; size?: 'sm' | 'md' }) {
  const t = useT();
  return (
    <StatusBadge size={size} color={color}>
      {t(ATTESTATION_STATUS[status])}
    </StatusBadge>
  );
}

export function OrganizationName({ id, self }: { id: string; self?: string }) {
  const t = useT();
  const { nameOf } = useOrganizationNames();
  if (self && id === self) return <Text size="sm">{t('procurement.yourOrganization')}</Text>;
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
