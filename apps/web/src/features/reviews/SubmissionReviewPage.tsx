import { Alert, Anchor, Button, Code, Group, List, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime, formatNumber } from '../../components/format';
import { useT } from '../../i18n';
import { DecisionPanel } from './DecisionPanel';
import { FindingsPanel, RaiseFindingModal, type RequirementLabel } from './FindingsPanel';
import { AWAITING_REVIEW, frozenVersionUrl, type ManifestEvidence, type Submission, type SubmissionEntry, type Workspace } from './review-model';
import { allPages } from '../../api/all-pages';
import { downloadFile } from '../../api/download';
import { notify } from '../../components/notify';
import { useDecision, useRefreshReview, useWorkspace } from './review-hooks';
import { ReviewProgress, SubmissionStatusBadge } from './review-ui';
import { ReviewEntries } from './ReviewEntries';

/** One submission: its frozen entries with verdicts, its findings and its decision. */
export function SubmissionReviewPage() {
  const t = useT();
  const { workspaceId = '', number: numberParam = '' } = useParams();
  const number = Number(numberParam);
  const { session } = useSession();
  const workspace = useWorkspace(workspaceId);

  if (!Number.isInteger(number) || number < 1) {
    return (
      <ProblemAlert
        error={new ApiProblem({ status: 404, title: t('reviews.review.notFound'), detail: t('reviews.review.notANumber', { value: numberParam }) })}
      />
    );
  }
  if (workspace.isPending) return <Loading />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  const ws = workspace.data;
  if (ws.myRole === 'observer') {
    return (
      <Stack gap="lg">
        <BackLink workspaceId={ws.id} />
        <Title order={2}>{t('reviews.submission.name', { number })}</Title>
        <Alert color="blue" variant="light" title={t('reviews.observer.title')}>
          {t('reviews.review.observerBody')}
        </Alert>
        <DecisionPanel workspace={ws} number={number} userId={session?.userId} />
      </Stack>
    );
  }
  return <SubmissionReview workspace={ws} number={number} userId={session?.userId} />;
}

function BackLink({ workspaceId }: { workspaceId: string }) {
  const t = useT();
  return (
    <Anchor component={Link} to={`/workspaces/${workspaceId}/submissions`} size="sm">
      {t('reviews.review.back')}
    </Anchor>
  );
}

function SubmissionReview({ workspace, number, userId }: { workspace: Workspace; number: number; userId: string | undefined }) {
  const t = useT();
  const ws = workspace.id;
  const submission = useQuery({
    queryKey: ['submission', ws, number],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/submissions/{number}', { params: { path: { workspaceId: ws, number } } })),
  });
  if (submission.isPending) return <Loading label={t('reviews.review.loading')} />;
  if (submission.error) {
    return (
      <Stack gap="sm">
        <BackLink workspaceId={ws} />
        <ProblemAlert error={submission.error} />
      </Stack>
    );
  }
  return <SubmissionReviewLoaded workspace={workspace} submission={submission.data} userId={userId} />;
}

function SubmissionReviewLoaded({ workspace, submission, userId }: { workspace: Workspace; submission: Submission; userId: string | undefined }) {
  const t = useT();
  const ws = workspace.id;
  const number = submission.number;
  const isAssessor = workspace.myRole === 'assessor';
  const reviewable = isAssessor && AWAITING_REVIEW.includes(submission.status);
  const [raiseFor, setRaiseFor] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  const [loaded, setLoaded] = useState<SubmissionEntry[]>([]);
  // Requirement titles (the manifest freezes references only).
  const requirements = useQuery({
    queryKey: ['requirement-titles', ws],
    queryFn: async () => {
      const rows = await allPages(
        (cursor) => unwrap(api.GET('/v1/workspaces/{workspaceId}/applicability', { params: { path: { workspaceId: ws }, query: { limit: 200, cursor } } })),
        50,
      );
      return new Map(rows.map((r) => [r.requirementId, { ref: r.ref, title: r.title }]));
    },
    staleTime: 5 * 60_000,
  });

  const labelOf = (requirementId: string): RequirementLabel => {
    const known = requirements.data?.get(requirementId);
    if (known) return known;
    const entry = loaded.find((e) => e.entry.requirementId === requirementId);
    return { ref: entry?.entry.ref ?? requirementId.slice(0, 8) };
  };

  const versionLabel = (versionId: string): string | undefined => {
    for (const e of loaded) {
      const v = e.entry.evidence.find((x) => x.versionId === versionId);
      if (v) return t('reviews.review.evidenceVersion', { title: v.title, version: v.versionNumber });
    }
    return undefined;
  };

  // The raise-a-finding list: every requirement of the workspace, else those loaded so far.
  const requirementOptions = requirements.data
    ? [...requirements.data].map(([value, r]) => ({ value, label: r.title ? `${r.ref} — ${r.title}` : r.ref }))
    : loaded.map((e) => ({ value: e.entry.requirementId, label: e.entry.ref }));

  const download = (ev: ManifestEvidence) => {
    setDownloadError(null);
    downloadFile(frozenVersionUrl(ws, number, ev.versionId), { filename: ev.filename }).catch((e: unknown) => setDownloadError(e));
  };

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <BackLink workspaceId={ws} />
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <Title order={2}>{t('reviews.submission.name', { number })}</Title>
            <SubmissionStatusBadge status={submission.status} />
          </Group>
          {isAssessor ? <StatusActions workspace={workspace} submission={submission} /> : null}
        </Group>
        <SubmissionSummary workspace={workspace} submission={submission} />
        <Group gap="lg" component="nav" aria-label={t('reviews.review.sections')}>
          <Text size="sm">{t('reviews.review.goTo')}</Text>
          {[
            { id: 'entries-heading', label: t('reviews.review.entriesTitle') },
            { id: 'findings-heading', label: t('reviews.review.findingsLink', { count: submission.openFindings }) },
            { id: 'decision-heading', label: t('reviews.decision.title') },
          ].map((s) => (
            <Anchor
              key={s.id}
              component="button"
              type="button"
              size="sm"
              onClick={() => document.getElementById(s.id)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
            >
              {s.label}
            </Anchor>
          ))}
        </Group>
      </Stack>

      <section aria-labelledby="entries-heading">
        <Title order={3} id="entries-heading" mb="xs">
          {t('reviews.review.entriesTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {reviewable
            ? t('reviews.review.entriesReviewable')
            : isAssessor
              ? t('reviews.review.entriesClosed', { status: submission.status })
              : t('reviews.review.entriesSupplier')}
        </Text>
        <ProblemAlert error={downloadError} title={t('reviews.review.downloadFailed')} />
        <ReviewEntries
          workspaceId={ws}
          number={number}
          isAssessor={isAssessor}
          reviewable={reviewable}
          userId={userId}
          titles={requirements.data}
          onDownload={download}
          onRaiseFinding={reviewable ? (id) => setRaiseFor(id) : undefined}
          onEntriesLoaded={setLoaded}
        />
      </section>

      <FindingsPanel
        workspace={workspace}
        submission={submission}
        requirementLabel={labelOf}
        versionLabel={versionLabel}
        onRaise={reviewable ? () => setRaiseFor('') : undefined}
      />

      <DecisionPanel workspace={workspace} number={number} status={submission.status} userId={userId} />

      {reviewable ? (
        <RaiseFindingModal
          workspace={workspace}
          submission={submission}
          requirementId={raiseFor}
          requirements={requirementOptions}
          onClose={() => setRaiseFor(null)}
        />
      ) : null}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

function SubmissionSummary({ workspace, submission }: { workspace: Workspace; submission: Submission }) {
  const t = useT();
  const verify = useMutation({
    mutationFn: () =>
      unwrap(
        api.GET('/v1/workspaces/{workspaceId}/submissions/{number}/verify', { params: { path: { workspaceId: workspace.id, number: submission.number } } }),
      ),
  });
  const m = submission.manifest;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Field label={t('reviews.table.submitted')}>
            <Text size="sm">{formatDateTime(m.submittedAt)}</Text>
          </Field>
          <Field label={t('reviews.table.requirements')}>
            <Text size="sm">{formatNumber(m.entryCount)}</Text>
          </Field>
          <Field label={t('reviews.table.progress')}>
            <ReviewProgress submission={submission} />
          </Field>
          <Field label={t('reviews.table.openFindings')}>
            <Text size="sm">{formatNumber(submission.openFindings)}</Text>
          </Field>
        </SimpleGrid>
        {submission.note ? (
          <Field label={t('reviews.table.note')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {submission.note}
            </Text>
          </Field>
        ) : null}
        <Group gap="lg" align="flex-end" justify="space-between">
          <Stack gap={2}>
            <Text size="xs">
              {t('reviews.manifest.digest')} <Code>{m.digest.slice(0, 16)}…</Code> · {t('reviews.manifest.merkleRoot')}{' '}
              <Code>{m.merkleRoot.slice(0, 16)}…</Code> · <Code>{m.format}</Code>
            </Text>
          </Stack>
          <Button size="xs" variant="default" onClick={() => verify.mutate()} loading={verify.isPending}>
            {t('reviews.manifest.verify')}
          </Button>
        </Group>
        <ProblemAlert error={verify.error} />
        {verify.data ? (
          verify.data.valid ? (
            <Alert color="green" variant="light" title={t('reviews.manifest.intact')} data-testid="manifest-verification">
              {t('reviews.manifest.intactBody', { count: verify.data.entries.found, time: formatDateTime(verify.data.checkedAt) })}
            </Alert>
          ) : (
            <Alert color="red" variant="light" title={t('reviews.manifest.broken')} data-testid="manifest-verification">
              <List size="sm">
                {!verify.data.digest.matches ? <List.Item>{t('reviews.manifest.digestMismatch')}</List.Item> : null}
                {!verify.data.merkleRoot.matches ? <List.Item>{t('reviews.manifest.rootMismatch')}</List.Item> : null}
                {!verify.data.auditRecord.matches ? (
                  <List.Item>{verify.data.auditRecord.found ? t('reviews.manifest.auditDifferent') : t('reviews.manifest.auditMissing')}</List.Item>
                ) : null}
                {verify.data.entries.recorded !== verify.data.entries.found ? (
                  <List.Item>{t('reviews.manifest.entryCounts', { found: verify.data.entries.found, recorded: verify.data.entries.recorded })}</List.Item>
                ) : null}
                {verify.data.brokenEntries.map((b) => (
                  <List.Item key={`${b.position}:${b.requirementId}`}>
                    {b.reason === 'leaf_hash_mismatch'
                      ? t('reviews.manifest.leafMismatch', { entry: b.position + 1 })
                      : t('reviews.manifest.positionGap', { entry: b.position + 1 })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Assessors move the review along: submitted → in review → changes requested. */
function StatusActions({ workspace, submission }: { workspace: Workspace; submission: Submission }) {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useRefreshReview(workspace.id);
  const decision = useDecision(workspace.id, submission.number);
  const [confirming, setConfirming] = useState(false);
  const transition = useMutation({
    mutationFn: (status: 'in_review' | 'changes_requested') =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/submissions/{number}/status', {
          params: { path: { workspaceId: workspace.id, number: submission.number }, header: { 'If-Match': `"${submission.version}"` } },
          body: { status },
        }),
      ),
    onSuccess: (s, status) => {
      queryClient.setQueryData(['submission', workspace.id, s.number], s);
      refresh(s.number);
      setConfirming(false);
      notify(status === 'in_review' ? t('reviews.status.startedBody', { number: s.number }) : t('reviews.status.changesBody', { count: s.openFindings }), {
        title: status === 'in_review' ? t('reviews.status.startedTitle') : t('reviews.status.changesTitle'),
      });
    },
    onError: (e) => {
      if (e instanceof ApiProblem && e.status === 412) void queryClient.invalidateQueries({ queryKey: ['submission', workspace.id, submission.number] });
    },
  });
  const canRequestChanges = submission.status === 'in_review' && decision.data === null;
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        {submission.status === 'submitted' ? (
          <Button onClick={() => transition.mutate('in_review')} loading={transition.isPending}>
            {t('reviews.status.start')}
          </Button>
        ) : null}
        {canRequestChanges ? (
          <Button color="red" variant="outline" onClick={() => setConfirming(true)}>
            {t('reviews.status.requestChanges')}
          </Button>
        ) : null}
      </Group>
      {!confirming ? <ProblemAlert error={transition.error} /> : null}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('reviews.status.confirmTitle', { number: submission.number })}>
        <Stack gap="sm">
          <Text size="sm">{t('reviews.status.confirmBody', { number: submission.number, count: submission.openFindings })}</Text>
          <ProblemAlert error={transition.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('reviews.cancel')}
            </Button>
            <Button color="red" onClick={() => transition.mutate('changes_requested')} loading={transition.isPending}>
              {t('reviews.status.requestChanges')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
