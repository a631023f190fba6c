import { Button, Card, Checkbox, Group, Modal, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notify } from '../../components/notify';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatMarket } from '../../components/format';
import { FormattedMessage, messageId, useT, type MessageId } from '../../i18n';
import { STATUS_LABEL, type Attestation } from './attestation-model';

type Transition = 'suspend' | 'reinstate' | 'withdraw';

const TRANSITION: Record<Transition, { title: MessageId; button: MessageId; color: string; done: MessageId; explain: MessageId }> = {
  suspend: {
    title: messageId('attestations.actions.suspend.title'),
    button: messageId('attestations.actions.suspend.button'),
    color: 'blue',
    done: messageId('attestations.actions.suspend.done'),
    explain: messageId('attestations.actions.suspend.explain'),
  },
  reinstate: {
    title: messageId('attestations.actions.reinstate.title'),
    button: messageId('attestations.actions.reinstate.button'),
    color: 'blue',
    done: messageId('attestations.actions.reinstate.done'),
    explain: messageId('attestations.actions.reinstate.explain'),
  },
  withdraw: {
    title: messageId('attestations.actions.withdraw.title'),
    button: messageId('attestations.actions.withdraw.button'),
    color: 'red.9',
    done: messageId('attestations.actions.withdraw.done'),
    explain: messageId('attestations.actions.withdraw.explain'),
  },
};

/** The issuer's actions: suspend, reinstate, withdraw, reduce the scope. */
export function AttestationActions({ attestation: a }: { attestation: Attestation }) {
  const t = useT();
  const [open, setOpen] = useState<Transition | 'reduce' | null>(null);
  const live = a.status === 'active' || a.status === 'suspended';
  return (
    <Card withBorder>
      <Group justify="space-between" align="center" gap="sm">
        <div>
          <Title order={3} size="h4">
            {t('attestations.actions.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {live ? t('attestations.actions.live') : t('attestations.actions.final', { status: a.status })}
          </Text>
        </div>
        {live ? (
          <Group gap="xs">
            {a.status === 'active' ? (
              <Button size="xs" variant="default" onClick={() => setOpen('suspend')}>
                {t('attestations.actions.suspend.button')}
              </Button>
            ) : (
              <Button size="xs" onClick={() => setOpen('reinstate')}>
                {t('attestations.actions.reinstate.button')}
              </Button>
            )}
            <Button size="xs" variant="default" onClick={() => setOpen('reduce')}>
              {t('attestations.actions.reduce.button')}
            </Button>
            <Button size="xs" color="red.9" onClick={() => setOpen('withdraw')}>
              {t('attestations.actions.withdraw.button')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {open && open !== 'reduce' ? <TransitionModal key={open} attestation={a} transition={open} onClose={() => setOpen(null)} /> : null}
      {open === 'reduce' ? <ReduceScopeModal attestation={a} onClose={() => setOpen(null)} /> : null}
    </Card>
  );
}

function useRefreshAfterChange(a: Attestation) {
  const queryClient = useQueryClient();
  return async (updated: Attestation) => {
    queryClient.setQueryData(['attestation', a.workspaceId, a.id], updated);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['attestation', a.workspaceId] }),
      queryClient.invalidateQueries({ queryKey: ['attestations', a.workspaceId] }),
      queryClient.invalidateQueries({ queryKey: ['verification', a.id] }),
      queryClient.invalidateQueries({ queryKey: ['public-attestation', a.serial] }),
      // The workspace's recognition pathways rest on its attestations' status.
      queryClient.invalidateQueries({ queryKey: ['recognition-pathways', a.workspaceId] }),
    ]);
  };
}

function TransitionModal({ attestation: a, transition, onClose }: { attestation: Attestation; transition: Transition; onClose(): void }) {
  const t = useT();
  const look = TRANSITION[transition];
  const [reason, setReason] = useState('');
  const refresh = useRefreshAfterChange(a);
  const change = useMutation({
    mutationFn: async () => {
      const params = { path: { workspaceId: a.workspaceId, attestationId: a.id } };
      const text = reason.trim();
      const dto =
        transition === 'withdraw'
          ? await unwrap(api.POST('/v1/workspaces/{workspaceId}/attestations/{attestationId}/withdraw', { params, body: { reason: text } }))
          : transition === 'suspend'
            ? await unwrap(api.POST('/v1/workspaces/{workspaceId}/attestations/{attestationId}/suspend', { params, body: { reason: text } }))
            : await unwrap(api.POST('/v1/workspaces/{workspaceId}/attestations/{attestationId}/reinstate', { params, body: { reason: text } }));
      return dto;
    },
    onSuccess: async (updated) => {
      notify(t(look.done, { serial: updated.serial, status: t(STATUS_LABEL[updated.status]) }));
      onClose();
      await refresh(updated);
    },
  });
  // Every transition says why (the API refuses one without a reason).
  const missing = !reason.trim();
  const fieldError = change.error instanceof ApiProblem ? change.error.fieldError('reason') : undefined;
  return (
    <Modal opened onClose={onClose} title={t(look.title)} centered closeButtonProps={{ 'aria-label': t('attestations.actions.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!missing) change.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            <FormattedMessage id={look.explain} values={{ serial: a.serial, b: (c) => <strong>{c}</strong> }} />
          </Text>
          <Textarea
            label={t('attestations.actions.reason')}
            description={t('attestations.actions.reasonHint')}
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError}
            data-autofocus
          />
          <ProblemAlert error={change.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('attestations.actions.cancel')}
            </Button>
            <Button type="submit" color={look.color} loading={change.isPending} disabled={missing}>
              {transition === 'withdraw' ? t('attestations.actions.withdraw.confirm') : t(look.button)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ReduceScopeModal({ attestation: a, onClose }: { attestation: Attestation; onClose(): void }) {
  const t = useT();
  const navigate = useNavigate();
  const refresh = useRefreshAfterChange(a);
  const [scope, setScope] = useState(a.scope);
  const [frameworkIds, setFrameworkIds] = useState(a.frameworks.map((f) => f.id));
  const [markets, setMarkets] = useState(a.markets);
  const [conditions, setConditions] = useState(a.conditions.join('\n'));
  const [reason, setReason] = useState('');
  const reduce = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/attestations/{attestationId}/reduce-scope', {
          params: { path: { workspaceId: a.workspaceId, attestationId: a.id } },
          body: {
            scope: scope.trim(),
            frameworkIds,
            markets,
            conditions: conditions
              .split('\n')
              .map((c) => c.trim())
              .filter(Boolean),
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          },
        }),
      ),
    onSuccess: async (r) => {
      const issued = r.issued;
      notify(t('attestations.actions.reduce.done', { issued: issued.serial, serial: a.serial }));
      onClose();
      await refresh(r.withdrawn);
      void navigate(`/workspaces/${a.workspaceId}/attestations/${issued.id}`);
    },
  });
  const problem = reduce.error instanceof ApiProblem ? reduce.error : null;
  const unchanged =
    scope.trim() === a.scope &&
    frameworkIds.length === a.frameworks.length &&
    markets.length === a.markets.length &&
    conditions.trim() === a.conditions.join('\n');
  const invalid = !scope.trim() || frameworkIds.length === 0 || markets.length === 0;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('attestations.actions.reduce.title')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('attestations.actions.close') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!invalid && !unchanged) reduce.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            <FormattedMessage
              id="attestations.actions.reduce.explain"
              values={{ until: formatDate(a.validUntil), serial: a.serial, b: (c) => <strong>{c}</strong> }}
            />
          </Text>
          <Textarea
            label={t('attestations.actions.reduce.scope')}
            required
            autosize
            minRows={2}
            maxLength={4000}
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value)}
            error={problem?.fieldError('scope')}
          />
          <Checkbox.Group
            label={t('attestations.actions.reduce.frameworks')}
            value={frameworkIds}
            onChange={setFrameworkIds}
            error={problem?.fieldError('frameworkIds') ?? (frameworkIds.length ? undefined : t('attestations.actions.reduce.frameworksRequired'))}
          >
            <Stack gap={6} mt={6}>
              {a.frameworks.map((f) => (
                <Checkbox key={f.id} value={f.id} label={`${f.title} (${f.code} ${f.version})`} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox.Group
            label={t('attestations.actions.reduce.markets')}
            value={markets}
            onChange={setMarkets}
            error={problem?.fieldError('markets') ?? (markets.length ? undefined : t('attestations.actions.reduce.marketsRequired'))}
          >
            <Group gap="md" mt={6}>
              {a.markets.map((m) => (
                <Checkbox key={m} value={m} label={formatMarket(m)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea
            label={t('attestations.actions.reduce.conditions')}
            description={t('attestations.actions.reduce.conditionsHint')}
            autosize
            minRows={2}
            value={conditions}
            onChange={(e) => setConditions(e.currentTarget.value)}
          />
          <TextInput
            label={t('attestations.actions.reasonOptional')}
            description={t('attestations.actions.reduce.reasonHint')}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <ProblemAlert error={reduce.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('attestations.actions.cancel')}
            </Button>
            <Button type="submit" loading={reduce.isPending} disabled={invalid || unchanged}>
              {t('attestations.actions.reduce.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
