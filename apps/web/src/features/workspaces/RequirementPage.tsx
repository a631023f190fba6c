import { Anchor, Box, Button, Card, Group, Modal, MultiSelect, Paper, Stack, Switch, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { allPages, findInPages } from '../../api/all-pages';
import type { GapRow } from './gap-analysis';
import { COMPONENT_KIND_LABEL, FINDING_SEVERITY, FINDING_STATUS, FRESHNESS, GAP_STATUS, SUBMISSION_STATUS, VERDICT, badgeOf, labelOf } from './labels';
import { useOrganizationNames } from '../../api/organization-names';
import { useWorkspace, workspaceAbilities, type Workspace } from './use-workspace';
import { StatusBadge } from '../../components/StatusBadge';
import { notify } from '../../components/notify';

type Component = Schemas['ComponentDto'];
type Submission = Schemas['SubmissionDto'];

/** One requirement of the workspace: what it asks, whether it applies, the evidence for it, and what the review says. */
export function RequirementPage() {
  const { workspaceId = '', requirementId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  const role = workspace.data?.myRole;
  const abilities = workspaceAbilities(role);
  const active = !!role && role !== 'invited';
  const gaps = useQuery({
    queryKey: ['gap-analysis', workspaceId],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/gap-analysis', { params: { path: { workspaceId } } })),
    enabled: active,
  });
  const row = gaps.data?.rows.find((r) => r.requirementId === requirementId);
  const framework = gaps.data?.frameworks.find((f) => f.frameworkId === row?.frameworkId);
  const requirement = useQuery({
    queryKey: ['requirement', row?.frameworkId, requirementId],
    queryFn: () =>
      unwrap(api.GET('/v1/frameworks/{frameworkId}/requirements/{requirementId}', { params: { path: { frameworkId: row!.frameworkId, requirementId } } })),
    enabled: !!row,
    staleTime: 5 * 60_000,
  });
  const offering = useQuery({
    queryKey: ['offering', workspace.data?.offeringId],
    queryFn: () => unwrap(api.GET('/v1/offerings/{offeringId}', { params: { path: { offeringId: workspace.data!.offeringId } } })),
    enabled: active,
    staleTime: 60_000,
  });
  const components = offering.data?.components ?? [];

  const back = (
    <Anchor component={Link} to={`/workspaces/${workspaceId}`} size="sm">
      ← All requirements
    </Anchor>
  );
  if (workspace.isPending || (active && gaps.isPending)) return <Loading label="Loading the requirement" />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  if (!active)
    return <EmptyState title="Your organization's invitation is pending">Accept it on the Workspaces page to see this workspace's requirements.</EmptyState>;
  if (gaps.error) return <ProblemAlert error={gaps.error} />;
  if (!row) {
    return (
      <Stack gap="sm">
        {back}
        <EmptyState title="This requirement is not in the workspace">
          It belongs to none of the workspace's target frameworks. Pick a requirement from the overview.
        </EmptyState>
      </Stack>
    );
  }

  const status = badgeOf(GAP_STATUS, row.status);
  const r = requirement.data;
  return (
    <Stack gap="md">
      {back}
      <div>
        <Group gap="xs" mb={4}>
          <StatusBadge variant="dot" color="gray">
            {framework ? `${framework.code} ${framework.version}` : 'Framework'}
          </StatusBadge>
          <StatusBadge variant="dot" color={status.color} data-testid="requirement-status">
            {status.label}
          </StatusBadge>
          {row.accepted ? (
            <StatusBadge variant="dot" color="green">
              Accepted by the assessor
            </StatusBadge>
          ) : null}
          {row.openFindings > 0 ? (
            <StatusBadge variant="dot" color="red">
              {row.openFindings} open {row.openFindings === 1 ? 'finding' : 'findings'}
            </StatusBadge>
          ) : null}
        </Group>
        <Title order={2} size="h3">
          {row.ref} — {row.title}
        </Title>
      </div>

      <Section title="What it requires">
        <ProblemAlert error={requirement.error} />
        {requirement.isPending ? (
          <Loading label="Loading the statement" />
        ) : r ? (
          <Stack gap="xs">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="requirement-statement">
              {r.statement || 'This requirement has no statement text; its title says what it asks.'}
            </Text>
            {r.guidance ? (
              <Paper withBorder p="sm" bg="gray.0">
                <Text size="xs" fw={700} mb={2}>
                  Guidance
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {r.guidance}
                </Text>
              </Paper>
            ) : null}
            <Group gap="lg">
              {r.expectedEvidenceTypes.length ? (
                <Text size="sm">
                  <strong>Typical evidence:</strong> {r.expectedEvidenceTypes.map((t) => t.replace(/_/g, ' ')).join(', ')}
                </Text>
              ) : null}
              {r.componentKinds.length ? (
                <Text size="sm">
                  <strong>Concerns:</strong> {r.componentKinds.map((k) => labelOf(COMPONENT_KIND_LABEL, k)).join(', ')}
                </Text>
              ) : null}
            </Group>
            <Coverage row={row} />
          </Stack>
        ) : null}
      </Section>

      {abilities.readsApplicability ? <Applicability workspace={workspace.data} row={row} components={components} isOwner={abilities.isOwner} /> : null}
      {abilities.readsEvidence ? <LinkedEvidence workspaceId={workspaceId} requirementId={requirementId} onlyOwnComponents={role === 'contributor'} /> : null}
      {abilities.readsReview ? <Review workspaceId={workspaceId} requirementId={requirementId} canComment={abilities.comments} /> : null}
      {role === 'observer' ? (
        <Text size="sm" c="gray.7">
          As an observer your organization sees the outcome of the assessment, not the evidence or the review.
        </Text>
      ) : null}
    </Stack>
  );
}

function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Card>
  );
}

function Coverage({ row }: { row: GapRow }) {
  if (row.status === 'covered')
    return (
      <Text size="sm">
        Covered by {row.evidenceCount} current evidence {row.evidenceCount === 1 ? 'item' : 'items'}.
      </Text>
    );
  if (row.status === 'inherited' && row.inheritedFrom)
    return (
      <Text size="sm">
        Covered through the crosswalk: evidence for {row.inheritedFrom.ref} (
        {row.inheritedFrom.relation === 'intersects' ? 'partial overlap' : row.inheritedFrom.relation}) counts here.
      </Text>
    );
  if (row.status === 'gap') return <Text size="sm">No current evidence covers it yet: link evidence to close the gap.</Text>;
  return <Text size="sm">Stated as not applicable to this offering.</Text>;
}

// ── Applicability ──

function Applicability({ workspace, row, components, isOwner }: { workspace: Workspace; row: GapRow; components: Component[]; isOwner: boolean }) {
  const [editing, setEditing] = useState(false);
  const applicability = useQuery({
    queryKey: ['requirement-applicability', workspace.id, row.requirementId],
    queryFn: () =>
      findInPages(
        (cursor) =>
          unwrap(
            api.GET('/v1/workspaces/{workspaceId}/applicability', {
              params: { path: { workspaceId: workspace.id }, query: { frameworkId: row.frameworkId, limit: 200, cursor } },
            }),
          ),
        (a) => a.requirementId === row.requirementId,
      ),
  });
  const a = applicability.data;
  const componentName = (id: string) => components.find((c) => c.id === id)?.name ?? `Component ${id.slice(0, 8)}`;
  return (
    <Section
      title="Applicability"
      actions={
        isOwner && a ? (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Change applicability
          </Button>
        ) : null
      }
    >
      <ProblemAlert error={applicability.error} />
      {applicability.isPending ? (
        <Loading />
      ) : !a ? (
        applicability.error ? null : (
          <Text size="sm">The statement of applicability has no entry for this requirement.</Text>
        )
      ) : (
        <Stack gap={4} data-testid="applicability">
          <Group gap="xs">
            <StatusBadge variant="dot" color={a.applicable ? 'blue' : 'gray'}>
              {a.applicable ? 'Applies' : 'Does not apply'}
            </StatusBadge>
            {!a.stated ? (
              <Text size="sm" c="gray.7">
                Applies by default: nobody has stated otherwise.
              </Text>
            ) : null}
          </Group>
          {a.justification ? (
            <Text size="sm">
              <strong>Justification:</strong> {a.justification}
            </Text>
          ) : null}
          <Text size="sm">
            <strong>Components:</strong> {a.componentIds.length ? a.componentIds.map(componentName).join(', ') : 'the whole offering'}
          </Text>
          {!isOwner ? (
            <Text size="xs" c="gray.7">
              Only the workspace owner states applicability.
            </Text>
          ) : null}
        </Stack>
      )}
      {isOwner && a ? (
        <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={editing} onClose={() => setEditing(false)} title={`Applicability of ${row.ref}`}>
          {editing ? <ApplicabilityForm workspaceId={workspace.id} row={a} components={components} onDone={() => setEditing(false)} /> : null}
        </Modal>
      ) : null}
    </Section>
  );
}

function ApplicabilityForm({
  workspaceId,
  row,
  components,
  onDone,
}: {
  workspaceId: string;
  row: Schemas['ApplicabilityRowDto'];
  components: Component[];
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [applicable, setApplicable] = useState(row.applicable);
  const [justification, setJustification] = useState(row.justification);
  const [componentIds, setComponentIds] = useState<string[]>(row.componentIds);
  const [touched, setTouched] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/v1/workspaces/{workspaceId}/applicability', {
          params: { path: { workspaceId } },
          body: { items: [{ requirementId: row.requirementId, applicable, justification: justification.trim() || undefined, componentIds }] },
        }),
      ),
    onSuccess: async () => {
      notify(`${row.ref} now ${applicable ? 'applies' : 'does not apply'}.`);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['requirement-applicability', workspaceId, row.requirementId] }),
        queryClient.invalidateQueries({ queryKey: ['gap-analysis', workspaceId] }),
      ]);
      onDone();
    },
  });
  const missingJustification = !applicable && !justification.trim();
  const fieldError = save.error instanceof ApiProblem ? save.error.fieldError('items.0.justification') : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (missingJustification) return;
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Switch label="This requirement applies to the offering" checked={applicable} onChange={(e) => setApplicable(e.currentTarget.checked)} />
        <Textarea
          label="Justification"
          description={applicable ? 'Optional' : 'Say why it does not apply; assessors and auditors read this'}
          required={!applicable}
          autosize
          minRows={3}
          maxLength={4000}
          value={justification}
          onChange={(e) => setJustification(e.currentTarget.value)}
          error={(touched && missingJustification && 'A requirement that does not apply needs a justification') || fieldError}
        />
        <MultiSelect
          label="Components it concerns"
          description="Leave empty for the whole offering"
          data={components.map((c) => ({ value: c.id, label: `${c.name} (${c.version})` }))}
          value={componentIds}
          onChange={setComponentIds}
        />
        <ProblemAlert error={save.error} title="The applicability could not be saved" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// ── Evidence ──

/**
 * Evidence linked to this requirement. The evidence list cannot be filtered by
 * requirement, so the workspace's evidence details are read once (and cached for every
 * requirement page) and their links looked through.
 */
function LinkedEvidence({ workspaceId, requirementId, onlyOwnComponents }: { workspaceId: string; requirementId: string; onlyOwnComponents: boolean }) {
  const evidence = useQuery({
    queryKey: ['workspace-evidence-details', workspaceId],
    queryFn: async () => {
      const items = await allPages((cursor) =>
        unwrap(api.GET('/v1/workspaces/{workspaceId}/evidence', { params: { path: { workspaceId }, query: { limit: 200, cursor } } })),
      );
      return Promise.all(
        items.map((e) => unwrap(api.GET('/v1/workspaces/{workspaceId}/evidence/{evidenceId}', { params: { path: { workspaceId, evidenceId: e.id } } }))),
      );
    },
  });
  const linked = useMemo(
    () => (evidence.data ?? []).flatMap((e) => e.links.filter((l) => l.requirementId === requirementId).map((link) => ({ evidence: e, link }))),
    [evidence.data, requirementId],
  );
  return (
    <Section
      title="Linked evidence"
      actions={
        <Anchor component={Link} to={`/workspaces/${workspaceId}/evidence`} size="sm">
          All evidence
        </Anchor>
      }
    >
      <ProblemAlert error={evidence.error} />
      {evidence.isPending ? (
        <Loading label="Loading evidence" />
      ) : linked.length === 0 && !evidence.error ? (
        <EmptyState title={onlyOwnComponents ? 'None of your evidence is linked' : 'No evidence linked'}>
          {onlyOwnComponents ? 'You see the evidence for the components your organization provides. ' : ''}Open an evidence item on the Evidence tab and link it
          to this requirement to cover it.
        </EmptyState>
      ) : linked.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="linked-evidence">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Evidence</Table.Th>
                <Table.Th>Current version</Table.Th>
                <Table.Th>Valid until</Table.Th>
                <Table.Th>Freshness</Table.Th>
                <Table.Th>Why it applies</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {linked.map(({ evidence: e, link }) => {
                const current = e.versions.find((v) => v.id === e.currentVersionId) ?? e.versions[0];
                const fresh = badgeOf(FRESHNESS, e.freshness);
                return (
                  <Table.Tr key={link.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/workspaces/${workspaceId}/evidence/${e.id}`} size="sm">
                        {e.title}
                      </Anchor>
                      <Text size="xs" c="gray.7">
                        {e.type.replace(/_/g, ' ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {current ? (
                        <Text size="sm">
                          v{current.number} · {current.filename}
                        </Text>
                      ) : (
                        <Text size="sm" c="gray.7">
                          No file uploaded
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDate(e.validUntil)}</Table.Td>
                    <Table.Td>
                      <StatusBadge variant="dot" color={fresh.color}>
                        {fresh.label}
                      </StatusBadge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{link.note || '—'}</Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Section>
  );
}

// ── Review: verdicts, findings, comments ──

function Review({ workspaceId, requirementId, canComment }: { workspaceId: string; requirementId: string; canComment: boolean }) {
  const { nameOf } = useOrganizationNames();
  const submissions = useQuery({
    queryKey: ['workspace-submissions-all', workspaceId],
    queryFn: () =>
      allPages((cursor) => unwrap(api.GET('/v1/workspaces/{workspaceId}/submissions', { params: { path: { workspaceId }, query: { limit: 200, cursor } } }))),
  });
  const list = useMemo(() => [...(submissions.data ?? [])].sort((a, b) => b.number - a.number), [submissions.data]);
  const verdicts = useQueries({
    queries: list.map((s) => ({
      queryKey: ['submission-verdicts-all', workspaceId, s.number],
      queryFn: () =>
        allPages((cursor) =>
          unwrap(
            api.GET('/v1/workspaces/{workspaceId}/submissions/{number}/verdicts', {
              params: { path: { workspaceId, number: s.number }, query: { limit: 200, cursor } },
            }),
          ),
        ),
    })),
  });
  const findings = useQuery({
    queryKey: ['workspace-findings-all', workspaceId],
    queryFn: () =>
      allPages((cursor) => unwrap(api.GET('/v1/workspaces/{workspaceId}/findings', { params: { path: { workspaceId }, query: { limit: 200, cursor } } }))),
  });
  const mine = (findings.data ?? []).filter((f) => f.requirementId === requirementId);
  const numberOf = (submissionId: string) => list.find((s) => s.id === submissionId)?.number;
  const verdictsError = verdicts.find((v) => v.error)?.error;

  return (
    <>
      <Section title="Verdicts">
        <ProblemAlert error={submissions.error ?? verdictsError} />
        {submissions.isPending ? (
          <Loading label="Loading submissions" />
        ) : list.length === 0 && !submissions.error ? (
          <EmptyState title="Not submitted yet">Verdicts appear once the owner submits the workspace for assessment and an assessor reviews it.</EmptyState>
        ) : list.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="requirement-verdicts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Submission</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Verdict</Table.Th>
                  <Table.Th>Assessor's comment</Table.Th>
                  <Table.Th>Recorded</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((s, i) => {
                  const v = verdicts[i]?.data?.find((x) => x.requirementId === requirementId);
                  const st = badgeOf(SUBMISSION_STATUS, s.status);
                  const vb = v ? badgeOf(VERDICT, v.outcome) : null;
                  return (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/workspaces/${workspaceId}/submissions/${s.number}`} size="sm">
                          Submission #{s.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge variant="dot" color={st.color}>
                          {st.label}
                        </StatusBadge>
                      </Table.Td>
                      <Table.Td>
                        {verdicts[i]?.isPending ? (
                          <Text size="sm">Loading…</Text>
                        ) : vb ? (
                          <StatusBadge variant="dot" color={vb.color}>
                            {vb.label}
                          </StatusBadge>
                        ) : (
                          <Text size="sm" c="gray.7">
                            No verdict
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{v?.comment || '—'}</Text>
                        {v ? (
                          <Text size="xs" c="gray.7">
                            {nameOf(v.organizationId)}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{v ? formatDateTime(v.updatedAt) : '—'}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Section>

      <Section title="Findings">
        <ProblemAlert error={findings.error} />
        {findings.isPending ? (
          <Loading label="Loading findings" />
        ) : mine.length === 0 && !findings.error ? (
          <Text size="sm">No finding has been raised on this requirement.</Text>
        ) : mine.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="requirement-findings">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Finding</Table.Th>
                  <Table.Th>Severity</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>Tracked on</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mine.map((f) => {
                  const sev = badgeOf(FINDING_SEVERITY, f.severity);
                  const st = badgeOf(FINDING_STATUS, f.status);
                  const n = numberOf(f.submissionId);
                  return (
                    <Table.Tr key={f.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {f.title}
                        </Text>
                        {f.description ? (
                          <Text size="xs" c="gray.7" lineClamp={2}>
                            {f.description}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge variant="dot" color={sev.color}>
                          {sev.label}
                        </StatusBadge>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge variant="dot" color={st.color}>
                          {st.label}
                        </StatusBadge>
                      </Table.Td>
                      <Table.Td>{formatDate(f.dueDate)}</Table.Td>
                      <Table.Td>
                        {n ? (
                          <Anchor component={Link} to={`/workspaces/${workspaceId}/submissions/${n}`} size="sm">
                            Submission #{n}
                          </Anchor>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Section>

      {submissions.isPending || submissions.error ? null : list[0] ? (
        <Comments workspaceId={workspaceId} requirementId={requirementId} submission={list[0]} canComment={canComment} />
      ) : (
        <Section title="Comments">
          <Text size="sm">Comments belong to a submission: they open once the workspace is submitted for assessment.</Text>
        </Section>
      )}
    </>
  );
}

function Comments({
  workspaceId,
  requirementId,
  submission,
  canComment,
}: {
  workspaceId: string;
  requirementId: string;
  submission: Submission;
  canComment: boolean;
}) {
  const { session } = useSession();
  const { nameOf } = useOrganizationNames();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [replyTo, setReplyTo] = useState<Schemas['CommentDto'] | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const key = ['requirement-comments', workspaceId, submission.number, requirementId];
  const pages = useCursorPages(key, (cursor) =>
    unwrap(
      api.GET('/v1/workspaces/{workspaceId}/submissions/{number}/requirements/{requirementId}/comments', {
        params: { path: { workspaceId, number: submission.number, requirementId }, query: { limit: 50, cursor } },
      }),
    ),
  );
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/submissions/{number}/requirements/{requirementId}/comments', {
          params: { path: { workspaceId, number: submission.number, requirementId }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { body: body.trim(), parentId: replyTo?.id },
        }),
      ),
    onSuccess: async () => {
      setBody('');
      setReplyTo(null);
      setIdempotencyKey(crypto.randomUUID());
      notify('Comment added.');
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const notInSubmission = pages.error instanceof ApiProblem && pages.error.status === 404;
  const byId = new Map(pages.items.map((c) => [c.id, c]));
  const who = (c: Schemas['CommentDto']) => (c.author === session?.userId ? `You (${nameOf(c.organizationId)})` : nameOf(c.organizationId));

  return (
    <Section title={`Comments on submission #${submission.number}`}>
      {notInSubmission ? (
        <Text size="sm">
          This requirement is not part of submission #{submission.number} (for example because it was stated as not applicable), so it has no comment thread
          there.
        </Text>
      ) : (
        <Stack gap="sm">
          <ProblemAlert error={pages.error} />
          {pages.isPending ? (
            <Loading label="Loading comments" />
          ) : pages.items.length === 0 && !pages.error ? (
            <Text size="sm">{canComment ? 'No comment yet. Ask or answer a question about this requirement below.' : 'No comment yet.'}</Text>
          ) : (
            <Stack gap="xs" data-testid="requirement-comments">
              {pages.items.map((c) => {
                const parent = c.parentId ? byId.get(c.parentId) : undefined;
                return (
                  <Paper key={c.id} withBorder p="sm" ml={c.parentId ? 'xl' : 0}>
                    <Group justify="space-between" gap="xs" mb={4}>
                      <Text size="sm" fw={600}>
                        {who(c)}
                        {c.parentId ? (
                          <Text span size="xs" c="gray.7" fw={400}>
                            {' '}
                            replying to {parent ? who(parent) : 'an earlier comment'}
                          </Text>
                        ) : null}
                      </Text>
                      <Text size="xs" c="gray.7">
                        {formatDateTime(c.createdAt)}
                      </Text>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {c.body}
                    </Text>
                    {canComment ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        mt={4}
                        onClick={() => setReplyTo(c)}
                        aria-label={`Reply to ${who(c)}, ${formatDateTime(c.createdAt)}`}
                      >
                        Reply
                      </Button>
                    ) : null}
                  </Paper>
                );
              })}
              <CursorPager pager={pages} />
            </Stack>
          )}
          {canComment ? (
            <Box component="form" onSubmit={(e: FormEvent) => (e.preventDefault(), body.trim() && add.mutate())}>
              <Stack gap="xs">
                {replyTo ? (
                  <Group gap="xs">
                    <Text size="sm">Replying to {who(replyTo)}</Text>
                    <Button size="compact-xs" variant="default" onClick={() => setReplyTo(null)}>
                      Cancel reply
                    </Button>
                  </Group>
                ) : null}
                <Textarea
                  label={replyTo ? 'Your reply' : 'Add a comment'}
                  autosize
                  minRows={2}
                  maxLength={8000}
                  value={body}
                  onChange={(e) => setBody(e.currentTarget.value)}
                />
                <ProblemAlert error={add.error} title="The comment could not be added" />
                <Group justify="flex-end">
                  <Button type="submit" size="xs" loading={add.isPending} disabled={!body.trim()}>
                    {replyTo ? 'Post reply' : 'Post comment'}
                  </Button>
                </Group>
              </Stack>
            </Box>
          ) : null}
        </Stack>
      )}
    </Section>
  );
}
