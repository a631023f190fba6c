import { Anchor, Box, Button, Card, Group, Modal, MultiSelect, Paper, Stack, Switch, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatDateTime, formatList } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { allPages, findInPages } from '../../api/all-pages';
import type { GapRow } from './gap-analysis';
import {
  COMPONENT_KIND_MESSAGE,
  CROSSWALK_RELATION,
  EVIDENCE_TYPE,
  FINDING_SEVERITY,
  FINDING_STATUS,
  FRESHNESS,
  GAP_STATUS,
  SUBMISSION_STATUS,
  VERDICT,
  useLabels,
} from './labels';
import { FormattedMessage } from '../../i18n';
import { useOrganizationNames } from '../../api/organization-names';
import { useWorkspace, workspaceAbilities, type Workspace } from './use-workspace';
import { StatusBadge } from '../../components/StatusBadge';
import { notify } from '../../components/notify';

type Component = Schemas['ComponentDto'];
type Submission = Schemas['SubmissionDto'];

/** One requirement of the workspace: what it asks, whether it applies, the evidence for it, and what the review says. */
export function RequirementPage() {
  const { t, label, badge } = useLabels();
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
      {t('workspaces.requirement.back')}
    </Anchor>
  );
  if (workspace.isPending || (active && gaps.isPending)) return <Loading label={t('workspaces.requirement.loading')} />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  if (!active) return <EmptyState title={t('workspaces.invitationPending.title')}>{t('workspaces.requirement.invited.body')}</EmptyState>;
  if (gaps.error) return <ProblemAlert error={gaps.error} />;
  if (!row) {
    return (
      <Stack gap="sm">
        {back}
        <EmptyState title={t('workspaces.requirement.notInWorkspace.title')}>{t('workspaces.requirement.notInWorkspace.body')}</EmptyState>
      </Stack>
    );
  }

  const status = badge(GAP_STATUS, row.status);
  const r = requirement.data;
  return (
    <Stack gap="md">
      {back}
      <div>
        <Group gap="xs" mb={4}>
          <StatusBadge variant="dot" color="gray">
            {framework ? `${framework.code} ${framework.version}` : t('workspaces.requirement.framework')}
          </StatusBadge>
          <StatusBadge variant="dot" color={status.color} data-testid="requirement-status">
            {status.label}
          </StatusBadge>
          {row.accepted ? (
            <StatusBadge variant="dot" color="green">
              {t('workspaces.requirement.accepted')}
            </StatusBadge>
          ) : null}
          {row.openFindings > 0 ? (
            <StatusBadge variant="dot" color="red">
              {t('workspaces.requirement.openFindings', { count: row.openFindings })}
            </StatusBadge>
          ) : null}
        </Group>
        <Title order={2} size="h3">
          {row.ref} — {row.title}
        </Title>
      </div>

      <Section title={t('workspaces.requirement.statement.title')}>
        <ProblemAlert error={requirement.error} />
        {requirement.isPending ? (
          <Loading label={t('workspaces.requirement.statement.loading')} />
        ) : r ? (
          <Stack gap="xs">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="requirement-statement">
              {r.statement || t('workspaces.requirement.statement.none')}
            </Text>
            {r.guidance ? (
              <Paper withBorder p="sm" bg="gray.0">
                <Text size="xs" fw={700} mb={2}>
                  {t('workspaces.requirement.guidance')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {r.guidance}
                </Text>
              </Paper>
            ) : null}
            <Group gap="lg">
              {r.expectedEvidenceTypes.length ? (
                <Text size="sm">
                  <FormattedMessage
                    id="workspaces.requirement.typicalEvidence"
                    values={{ b: (c) => <strong>{c}</strong>, types: formatList(r.expectedEvidenceTypes.map((type) => label(EVIDENCE_TYPE, type))) }}
                  />
                </Text>
              ) : null}
              {r.componentKinds.length ? (
                <Text size="sm">
                  <FormattedMessage
                    id="workspaces.requirement.concerns"
                    values={{ b: (c) => <strong>{c}</strong>, kinds: formatList(r.componentKinds.map((k) => label(COMPONENT_KIND_MESSAGE, k))) }}
                  />
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
          {t('workspaces.requirement.observer')}
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
  const { t, label } = useLabels();
  if (row.status === 'covered') return <Text size="sm">{t('workspaces.requirement.coverage.covered', { count: row.evidenceCount })}</Text>;
  if (row.status === 'inherited' && row.inheritedFrom)
    return (
      <Text size="sm">
        {t('workspaces.requirement.coverage.inherited', { ref: row.inheritedFrom.ref, relation: label(CROSSWALK_RELATION, row.inheritedFrom.relation) })}
      </Text>
    );
  if (row.status === 'gap') return <Text size="sm">{t('workspaces.requirement.coverage.gap')}</Text>;
  return <Text size="sm">{t('workspaces.requirement.coverage.notApplicable')}</Text>;
}

// ── Applicability ──

function Applicability({ workspace, row, components, isOwner }: { workspace: Workspace; row: GapRow; components: Component[]; isOwner: boolean }) {
  const { t } = useLabels();
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
  const componentName = (id: string) => components.find((c) => c.id === id)?.name ?? t('workspaces.participants.component', { id: id.slice(0, 8) });
  return (
    <Section
      title={t('workspaces.requirement.applicability.title')}
      actions={
        isOwner && a ? (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {t('workspaces.requirement.applicability.change')}
          </Button>
        ) : null
      }
    >
      <ProblemAlert error={applicability.error} />
      {applicability.isPending ? (
        <Loading />
      ) : !a ? (
        applicability.error ? null : (
          <Text size="sm">{t('workspaces.requirement.applicability.none')}</Text>
        )
      ) : (
        <Stack gap={4} data-testid="applicability">
          <Group gap="xs">
            <StatusBadge variant="dot" color={a.applicable ? 'blue' : 'gray'}>
              {a.applicable ? t('workspaces.requirement.applicability.applies') : t('workspaces.requirement.applicability.doesNotApply')}
            </StatusBadge>
            {!a.stated ? (
              <Text size="sm" c="gray.7">
                {t('workspaces.requirement.applicability.default')}
              </Text>
            ) : null}
          </Group>
          {a.justification ? (
            <Text size="sm">
              <FormattedMessage id="workspaces.requirement.applicability.justification" values={{ b: (c) => <strong>{c}</strong>, text: a.justification }} />
            </Text>
          ) : null}
          <Text size="sm">
            <FormattedMessage
              id="workspaces.requirement.applicability.components"
              values={{
                b: (c) => <strong>{c}</strong>,
                components: a.componentIds.length ? formatList(a.componentIds.map(componentName)) : t('workspaces.requirement.applicability.wholeOffering'),
              }}
            />
          </Text>
          {!isOwner ? (
            <Text size="xs" c="gray.7">
              {t('workspaces.requirement.applicability.ownerOnly')}
            </Text>
          ) : null}
        </Stack>
      )}
      {isOwner && a ? (
        <Modal
          closeButtonProps={{ 'aria-label': t('workspaces.close') }}
          opened={editing}
          onClose={() => setEditing(false)}
          title={t('workspaces.requirement.applicability.modal', { ref: row.ref })}
        >
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
  const { t } = useLabels();
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
      notify(
        applicable
          ? t('workspaces.requirement.applicability.nowApplies', { ref: row.ref })
          : t('workspaces.requirement.applicability.nowDoesNotApply', { ref: row.ref }),
      );
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
        <Switch label={t('workspaces.requirement.applicability.form.applies')} checked={applicable} onChange={(e) => setApplicable(e.currentTarget.checked)} />
        <Textarea
          label={t('workspaces.requirement.applicability.form.justification')}
          description={applicable ? t('workspaces.requirement.applicability.form.optional') : t('workspaces.requirement.applicability.form.justificationHelp')}
          required={!applicable}
          autosize
          minRows={3}
          maxLength={4000}
          value={justification}
          onChange={(e) => setJustification(e.currentTarget.value)}
          error={(touched && missingJustification && t('workspaces.requirement.applicability.form.justificationMissing')) || fieldError}
        />
        <MultiSelect
          label={t('workspaces.requirement.applicability.form.components')}
          description={t('workspaces.requirement.applicability.form.componentsHelp')}
          data={components.map((c) => ({ value: c.id, label: `${c.name} (${c.version})` }))}
          value={componentIds}
          onChange={setComponentIds}
        />
        <ProblemAlert error={save.error} title={t('workspaces.requirement.applicability.form.failed')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('workspaces.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('workspaces.save')}
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
  const { t, label, badge } = useLabels();
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
      title={t('workspaces.requirement.evidence.title')}
      actions={
        <Anchor component={Link} to={`/workspaces/${workspaceId}/evidence`} size="sm">
          {t('workspaces.requirement.evidence.all')}
        </Anchor>
      }
    >
      <ProblemAlert error={evidence.error} />
      {evidence.isPending ? (
        <Loading label={t('workspaces.requirement.evidence.loading')} />
      ) : linked.length === 0 && !evidence.error ? (
        <EmptyState title={onlyOwnComponents ? t('workspaces.requirement.evidence.noneOwn') : t('workspaces.requirement.evidence.none')}>
          {onlyOwnComponents ? `${t('workspaces.requirement.evidence.ownOnly')} ` : ''}
          {t('workspaces.requirement.evidence.howToLink')}
        </EmptyState>
      ) : linked.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="linked-evidence">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workspaces.requirement.evidence.column.evidence')}</Table.Th>
                <Table.Th>{t('workspaces.requirement.evidence.column.version')}</Table.Th>
                <Table.Th>{t('workspaces.requirement.evidence.column.validUntil')}</Table.Th>
                <Table.Th>{t('workspaces.requirement.evidence.column.freshness')}</Table.Th>
                <Table.Th>{t('workspaces.requirement.evidence.column.why')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {linked.map(({ evidence: e, link }) => {
                const current = e.versions.find((v) => v.id === e.currentVersionId) ?? e.versions[0];
                const fresh = badge(FRESHNESS, e.freshness);
                return (
                  <Table.Tr key={link.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/workspaces/${workspaceId}/evidence/${e.id}`} size="sm">
                        {e.title}
                      </Anchor>
                      <Text size="xs" c="gray.7">
                        {label(EVIDENCE_TYPE, e.type)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {current ? (
                        <Text size="sm">{t('workspaces.requirement.evidence.version', { number: current.number, filename: current.filename })}</Text>
                      ) : (
                        <Text size="sm" c="gray.7">
                          {t('workspaces.requirement.evidence.noFile')}
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
  const { t, badge } = useLabels();
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
      <Section title={t('workspaces.requirement.verdicts.title')}>
        <ProblemAlert error={submissions.error ?? verdictsError} />
        {submissions.isPending ? (
          <Loading label={t('workspaces.requirement.verdicts.loading')} />
        ) : list.length === 0 && !submissions.error ? (
          <EmptyState title={t('workspaces.requirement.verdicts.empty.title')}>{t('workspaces.requirement.verdicts.empty.body')}</EmptyState>
        ) : list.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="requirement-verdicts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('workspaces.requirement.verdicts.column.submission')}</Table.Th>
                  <Table.Th>{t('workspaces.requirement.verdicts.column.status')}</Table.Th>
                  <Table.Th>{t('workspaces.requirement.verdicts.column.verdict')}</Table.Th>
                  <Table.Th>{t('workspaces.requirement.verdicts.column.comment')}</Table.Th>
                  <Table.Th>{t('workspaces.requirement.verdicts.column.recorded')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((s, i) => {
                  const v = verdicts[i]?.data?.find((x) => x.requirementId === requirementId);
                  const st = badge(SUBMISSION_STATUS, s.status);
                  const vb = v ? badge(VERDICT, v.outcome) : null;
                  return (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/workspaces/${workspaceId}/submissions/${s.number}`} size="sm">
                          {t('workspaces.requirement.submission', { number: s.number })}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge variant="dot" color={st.color}>
                          {st.label}
                        </StatusBadge>
                      </Table.Td>
                      <Table.Td>
                        {verdicts[i]?.isPending ? (
                          <Text size="sm">{t('workspaces.requirement.verdicts.loadingOne')}</Text>
                        ) : vb ? (
                          <StatusBadge variant="dot" color={vb.color}>
                            {vb.label}
                          </StatusBadge>
                        ) : (
                          <Text size="sm" c="gray.7">
                            {t('workspaces.requirement.verdicts.none')}
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

      <Section title={t('workspaces.requirement.findings.title')}>
        <ProblemAlert error={findings.error} />
        {findings.isPending ? (
          <Loading label={t('workspaces.requirement.findings.loading')} />
        ) : mine.length === 0 && !findings.error ? (
          <Text size="sm">{t('workspaces.requirement.findings.none')}</Text>
        ) : mine.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="requirement-findings">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('workspaces.requirement.findings.column.finding')}</Table.Th>
                  <Table.Th>{t('workspaces.requirement.findings.column.severity')}</Table.Th>
                  <Table.Th>{t('workspaces.requirement.findings.column.status')}</Table.Th>
                  <Table.Th>{t('workspaces.requirement.findings.column.due')}</Table.Th>
                  <Table.Th>{t('workspaces.requirement.findings.column.trackedOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mine.map((f) => {
                  const sev = badge(FINDING_SEVERITY, f.severity);
                  const st = badge(FINDING_STATUS, f.status);
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
                            {t('workspaces.requirement.submission', { number: n })}
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
        <Section title={t('workspaces.requirement.comments.title')}>
          <Text size="sm">{t('workspaces.requirement.comments.notYet')}</Text>
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
  const { t } = useLabels();
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
      notify(t('workspaces.requirement.comments.added'));
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const notInSubmission = pages.error instanceof ApiProblem && pages.error.status === 404;
  const byId = new Map(pages.items.map((c) => [c.id, c]));
  const who = (c: Schemas['CommentDto']) =>
    c.author === session?.userId ? t('workspaces.requirement.comments.you', { organization: nameOf(c.organizationId) }) : nameOf(c.organizationId);

  return (
    <Section title={t('workspaces.requirement.comments.onSubmission', { number: submission.number })}>
      {notInSubmission ? (
        <Text size="sm">{t('workspaces.requirement.comments.notInSubmission', { number: submission.number })}</Text>
      ) : (
        <Stack gap="sm">
          <ProblemAlert error={pages.error} />
          {pages.isPending ? (
            <Loading label={t('workspaces.requirement.comments.loading')} />
          ) : pages.items.length === 0 && !pages.error ? (
            <Text size="sm">{canComment ? t('workspaces.requirement.comments.noneAsk') : t('workspaces.requirement.comments.none')}</Text>
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
                            {t('workspaces.requirement.comments.replyingTo', { name: parent ? who(parent) : t('workspaces.requirement.comments.earlier') })}
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
                        aria-label={t('workspaces.requirement.comments.replyLabel', { name: who(c), time: formatDateTime(c.createdAt) })}
                      >
                        {t('workspaces.requirement.comments.reply')}
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
                    <Text size="sm">{t('workspaces.requirement.comments.replyingToLine', { name: who(replyTo) })}</Text>
                    <Button size="compact-xs" variant="default" onClick={() => setReplyTo(null)}>
                      {t('workspaces.requirement.comments.cancelReply')}
                    </Button>
                  </Group>
                ) : null}
                <Textarea
                  label={replyTo ? t('workspaces.requirement.comments.yourReply') : t('workspaces.requirement.comments.add')}
                  autosize
                  minRows={2}
                  maxLength={8000}
                  value={body}
                  onChange={(e) => setBody(e.currentTarget.value)}
                />
                <ProblemAlert error={add.error} title={t('workspaces.requirement.comments.failed')} />
                <Group justify="flex-end">
                  <Button type="submit" size="xs" loading={add.isPending} disabled={!body.trim()}>
                    {replyTo ? t('workspaces.requirement.comments.postReply') : t('workspaces.requirement.comments.post')}
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
