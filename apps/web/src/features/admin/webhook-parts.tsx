import { Checkbox, Code, ScrollArea, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { formatList } from '../../components/format';
import { messageId, useT, type MessageId } from '../../i18n';

type Endpoint = Schemas['WebhookEndpointDto'];
/** An event type an endpoint can subscribe to (the API's catalogue). */
export type WebhookEventType = Schemas['CreateWebhookEndpointDto']['eventTypes'][number];
type Participant = Schemas['WebhookEventTypeDto']['participants'][number];
type DeliveryStatus = Schemas['WebhookDeliveryDto']['status'];

/** What each event type means, in the reader's language (the API's English description is the fallback for a type added later). */
const EVENT_TYPE_DESCRIPTION: Record<WebhookEventType, MessageId> = {
  'attestation.issued': messageId('admin.webhooks.event.attestationIssued'),
  'attestation.suspended': messageId('admin.webhooks.event.attestationSuspended'),
  'attestation.reinstated': messageId('admin.webhooks.event.attestationReinstated'),
  'attestation.withdrawn': messageId('admin.webhooks.event.attestationWithdrawn'),
  'attestation.expiring': messageId('admin.webhooks.event.attestationExpiring'),
  'attestation.expired': messageId('admin.webhooks.event.attestationExpired'),
  'attestation.superseded': messageId('admin.webhooks.event.attestationSuperseded'),
  'accreditation.status_changed': messageId('admin.webhooks.event.accreditationStatusChanged'),
  'bid.compliance_changed': messageId('admin.webhooks.event.bidComplianceChanged'),
  'foreign_credential.status_changed': messageId('admin.webhooks.event.foreignCredentialStatusChanged'),
  'submission.created': messageId('admin.webhooks.event.submissionCreated'),
  'decision.taken': messageId('admin.webhooks.event.decisionTaken'),
  'finding.due': messageId('admin.webhooks.event.findingDue'),
  'evidence.expiring': messageId('admin.webhooks.event.evidenceExpiring'),
  'evidence.expired': messageId('admin.webhooks.event.evidenceExpired'),
  'personnel.certification_expiring': messageId('admin.webhooks.event.certificationExpiring'),
  'personnel.certification_expired': messageId('admin.webhooks.event.certificationExpired'),
  'evidence.integrity_failed': messageId('admin.webhooks.event.evidenceIntegrityFailed'),
  'webhook.endpoint_disabled': messageId('admin.webhooks.event.endpointDisabled'),
};

/** Workspace roles, as the plural noun of the organizations that receive an event besides the owner of it. */
const PARTICIPANT_LABEL: Record<Participant, MessageId> = {
  owner: messageId('admin.webhooks.participant.owner'),
  contributor: messageId('admin.webhooks.participant.contributor'),
  assessor: messageId('admin.webhooks.participant.assessor'),
  observer: messageId('admin.webhooks.participant.observer'),
};

const DELIVERY_STATUS_LABEL: Record<DeliveryStatus, MessageId> = {
  pending: messageId('admin.webhooks.delivery.pending'),
  delivered: messageId('admin.webhooks.delivery.delivered'),
  failed: messageId('admin.webhooks.delivery.failed'),
};

export function useWebhookEventTypes() {
  return useQuery({
    queryKey: ['webhooks', 'event-types'],
    queryFn: () => unwrap(api.GET('/v1/webhooks/event-types')),
    staleTime: Infinity,
  });
}

/** The event-type catalogue of the API as checkboxes, with who else receives each. */
export function EventTypesField({ value, onChange, error }: { value: WebhookEventType[]; onChange(v: WebhookEventType[]): void; error?: string }) {
  const t = useT();
  const types = useWebhookEventTypes();
  if (types.isPending) return <Loading label={t('admin.webhooks.eventTypes.loading')} />;
  if (types.error) return <ProblemAlert error={types.error} title={t('admin.webhooks.eventTypes.failed')} />;
  const describe = (type: string, fallback: string) => {
    const id = EVENT_TYPE_DESCRIPTION[type as WebhookEventType] as MessageId | undefined;
    return id ? t(id) : fallback;
  };
  return (
    <Checkbox.Group
      label={t('admin.webhooks.eventTypes.label')}
      description={t('admin.webhooks.eventTypes.hint')}
      value={value}
      onChange={(v) => onChange(v as WebhookEventType[])}
      error={error}
      withAsterisk
    >
      <ScrollArea.Autosize mah={300} mt="xs" type="auto">
        <Stack gap="xs">
          {types.data.map((type) => (
            <Checkbox
              key={type.type}
              value={type.type}
              label={<Code>{type.type}</Code>}
              description={
                type.participants.length
                  ? t('admin.webhooks.eventTypes.withParticipants', {
                      description: describe(type.type, type.description),
                      participants: formatList(type.participants.map((p) => t(PARTICIPANT_LABEL[p]))),
                    })
                  : t('admin.webhooks.eventTypes.description', { description: describe(type.type, type.description) })
              }
            />
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Checkbox.Group>
  );
}

/** One badge for an endpoint's health: disabled (and why), circuit open, failing, or active. */
export function EndpointStatusBadge({ endpoint }: { endpoint: Endpoint }) {
  const t = useT();
  if (!endpoint.enabled) {
    return (
      <StatusBadge color={endpoint.disabledReason === 'failing' ? 'red' : 'gray'}>
        {t(endpoint.disabledReason === 'failing' ? 'admin.webhooks.endpointStatus.disabledFailing' : 'admin.webhooks.endpointStatus.disabled')}
      </StatusBadge>
    );
  }
  if (endpoint.circuitState === 'open') {
    return <StatusBadge color="orange">{t('admin.webhooks.endpointStatus.paused')}</StatusBadge>;
  }
  if (endpoint.consecutiveFailures > 0) {
    return <StatusBadge color="yellow">{t('admin.webhooks.endpointStatus.failing', { count: endpoint.consecutiveFailures })}</StatusBadge>;
  }
  return <StatusBadge color="green">{t('admin.webhooks.endpointStatus.active')}</StatusBadge>;
}

export const DELIVERY_COLOR: Record<DeliveryStatus, string> = { pending: 'blue', delivered: 'green', failed: 'red' };

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const t = useT();
  return <StatusBadge color={DELIVERY_COLOR[status]}>{t(DELIVERY_STATUS_LABEL[status])}</StatusBadge>;
}

export function EventTypeList({ types }: { types: string[] }) {
  const t = useT();
  return (
    <Text size="sm" component="span">
      {types.map((type, i) => (
        <span key={type}>
          {i ? t('admin.webhooks.eventTypes.separator') : ''}
          <Code>{type}</Code>
        </span>
      ))}
    </Text>
  );
}
