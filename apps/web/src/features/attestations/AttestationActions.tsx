import { Button, Card, Checkbox, Group, Modal, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notify } from '../../components/notify';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../components/format';
import type { Attestation } from './attestation-model';

type Transition = 'suspend' | 'reinstate' | 'withdraw';

const TRANSITION: Record<Transition, { title: string; button: string; color: string; done: string; explain: string; reasonRequired: boolean }> = {
  suspend: {
    title: 'Suspend the attestation',
    button: 'Suspend',
    color: 'blue',
    done: 'suspended',
    explain: "Verifiers see it suspended at once (the issuer's suspension status list changes). You can reinstate it later.",
    reasonRequired: false,
  },
  reinstate: {
    title: 'Reinstate the attestation',
    button: 'Reinstate',
    color: 'blue',
    done: 'reinstated',
    explain: 'Clears the suspension: verifiers see it active again (not after its validity has ended).',
    reasonRequired: false,
  },
  withdraw: {
    title: 'Withdraw the attestation',
    button: 'Withdraw',
    color: 'red.9',
    done: 'withdrawn',
    explain: "Withdrawing is final: the attestation is revoked in the issuer's revocation status list and can never be reinstated.",
    reasonRequired: true,
  },
};

/** The issuer's actions: suspend, reinstate, withdraw, reduce the scope. */
export function AttestationActions({ attestation: a }: { attestation: Attestation }) {
  const [open, setOpen] = useState<Transition | 'reduce' | null>(null);
  const live = a.status === 'active' || a.status === 'suspended';
  return (
    <Card withBorder>
      <Group justify="space-between" align="center">
        <div>
          <Title order={3} size="h4">
            Issuer actions
          </Title>
          <Text size="sm" c="gray.7">
            {live ? 'Your organization issued this attestation; changes reach verifiers at once.' : `A ${a.status} attestation cannot be changed.`}
          </Text>
        </div>
        {live ? (
          <Group gap="xs">
            {a.status === 'active' ? (
              <Button size="xs" variant="default" onClick={() => setOpen('suspend')}>
                Suspend
              </Button>
            ) : (
              <Button size="xs" onClick={() => setOpen('reinstate')}>
                Reinstate
              </Button>
            )}
            <Button size="xs" variant="default" onClick={() => setOpen('reduce')}>
              Reduce scope
            </Button>
            <Button size="xs" color="red.9" onClick={() => setOpen('withdraw')}>
              Withdraw
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
    ]);
  };
}

function TransitionModal({ attestation: a, transition, onClose }: { attestation: Attestation; transition: Transition; onClose(): void }) {
  const t = TRANSITION[transition];
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
            ? await unwrap(api.POST('/v1/workspaces/{workspaceId}/attestations/{attestationId}/suspend', { params, body: text ? { reason: text } : {} }))
            : await unwrap(api.POST('/v1/workspaces/{workspaceId}/attestations/{attestationId}/reinstate', { params, body: text ? { reason: text } : {} }));
      return dto;
    },
    onSuccess: async (updated) => {
      notify(`Attestation ${t.done}: ${updated.serial} is now ${updated.status}.`);
      onClose();
      await refresh(updated);
    },
  });
  const missing = t.reasonRequired && !reason.trim();
  const fieldError = change.error instanceof ApiProblem ? change.error.fieldError('reason') : undefined;
  return (
    <Modal opened onClose={onClose} title={t.title} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!missing) change.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            <strong>{a.serial}</strong>: {t.explain}
          </Text>
          <Textarea
            label={t.reasonRequired ? 'Reason' : 'Reason (optional)'}
            description="Shown to verifiers on the public page."
            required={t.reasonRequired}
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
              Cancel
            </Button>
            <Button type="submit" color={t.color} loading={change.isPending} disabled={missing}>
              {transition === 'withdraw' ? 'Withdraw for good' : t.button}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ReduceScopeModal({ attestation: a, onClose }: { attestation: Attestation; onClose(): void }) {
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
      notify(`Scope reduced: ${issued.serial} replaces ${a.serial}, which is now withdrawn.`);
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
    <Modal opened onClose={onClose} title="Reduce the scope" size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!invalid && !unchanged) reduce.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            A new attestation is signed for the narrower scope (valid until {formatDate(a.validUntil)}) and <strong>{a.serial}</strong> is withdrawn, in one
            step.
          </Text>
          <Textarea
            label="Scope statement"
            required
            autosize
            minRows={2}
            maxLength={4000}
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value)}
            error={problem?.fieldError('scope')}
          />
          <Checkbox.Group
            label="Frameworks to keep"
            value={frameworkIds}
            onChange={setFrameworkIds}
            error={problem?.fieldError('frameworkIds') ?? (frameworkIds.length ? undefined : 'Keep at least one framework')}
          >
            <Stack gap={6} mt={6}>
              {a.frameworks.map((f) => (
                <Checkbox key={f.id} value={f.id} label={`${f.title} (${f.code} ${f.version})`} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox.Group
            label="Markets to keep"
            value={markets}
            onChange={setMarkets}
            error={problem?.fieldError('markets') ?? (markets.length ? undefined : 'Keep at least one market')}
          >
            <Group gap="md" mt={6}>
              {a.markets.map((m) => (
                <Checkbox key={m} value={m} label={m} />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea
            label="Conditions"
            description="One per line; leave empty for none."
            autosize
            minRows={2}
            value={conditions}
            onChange={(e) => setConditions(e.currentTarget.value)}
          />
          <TextInput
            label="Reason (optional)"
            description="Shown to verifiers on the withdrawn attestation."
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <ProblemAlert error={reduce.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={reduce.isPending} disabled={invalid || unchanged}>
              Issue the reduced attestation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
