import { Checkbox, Code, ScrollArea, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';

type Endpoint = Schemas['WebhookEndpointDto'];
/** An event type an endpoint can subscribe to (the API's catalogue). */
export type WebhookEventType = Schemas['CreateWebhookEndpointDto']['eventTypes'][number];

export function useWebhookEventTypes() {
  return useQuery({
    queryKey: ['webhooks', 'event-types'],
    queryFn: () => unwrap(api.GET('/v1/webhooks/event-types')),
    staleTime: Infinity,
  });
}

/** The event-type catalogue of the API as checkboxes, with who else receives each. */
export function EventTypesField({ value, onChange, error }: { value: WebhookEventType[]; onChange(v: WebhookEventType[]): void; error?: string }) {
  const types = useWebhookEventTypes();
  if (types.isPending) return <Loading label="Loading event types" />;
  if (types.error) return <ProblemAlert error={types.error} title="The event types could not be loaded" />;
  return (
    <Checkbox.Group
      label="Event types"
      description="The messages this endpoint receives (at least one)."
      value={value}
      onChange={(v) => onChange(v as WebhookEventType[])}
      error={error}
      withAsterisk
    >
      <ScrollArea.Autosize mah={300} mt="xs" type="auto">
        <Stack gap="xs">
          {types.data.map((t) => (
            <Checkbox
              key={t.type}
              value={t.type}
              label={<Code>{t.type}</Code>}
              description={t.participants.length ? `${t.description}. Also sent to workspace ${t.participants.join(', ')}s.` : `${t.description}.`}
            />
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Checkbox.Group>
  );
}

/** One badge for an endpoint's health: disabled (and why), circuit open, failing, or active. */
export function EndpointStatusBadge({ endpoint }: { endpoint: Endpoint }) {
  if (!endpoint.enabled) {
    return (
      <StatusBadge color={endpoint.disabledReason === 'failing' ? 'red' : 'gray'}>
        {endpoint.disabledReason === 'failing' ? 'disabled (failing)' : 'disabled'}
      </StatusBadge>
    );
  }
  if (endpoint.circuitState === 'open') {
    return <StatusBadge color="orange">paused (circuit open)</StatusBadge>;
  }
  if (endpoint.consecutiveFailures > 0) {
    return <StatusBadge color="yellow">failing ({endpoint.consecutiveFailures})</StatusBadge>;
  }
  return <StatusBadge color="green">active</StatusBadge>;
}

export const DELIVERY_COLOR: Record<string, string> = { pending: 'blue', delivered: 'green', failed: 'red' };

export function DeliveryStatusBadge({ status }: { status: string }) {
  return <StatusBadge color={DELIVERY_COLOR[status] ?? 'gray'}>{status}</StatusBadge>;
}

export function EventTypeList({ types }: { types: string[] }) {
  return (
    <Text size="sm" component="span">
      {types.map((t, i) => (
        <span key={t}>
          {i ? ', ' : ''}
          <Code>{t}</Code>
        </span>
      ))}
    </Text>
  );
}
