import { Anchor, Box, Button, Card, Group, MultiSelect, Paper, Select, Stack, Switch, Table, Text, Textarea, Title } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
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
import type { GapRow } from '../workspaces/gap-analysis';
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
} from '../workspaces/labels';
import { FormattedMessage } from '../../i18n';
import { useOrganizationNames } from '../../api/organization-names';
import { useWorkspace, workspaceAbilities, type Workspace } from '../workspaces/use-workspace';
import { StatusBadge } from '../../components/StatusBadge';
import { notify } from '../../components/notify';
import { NewEvidenceModal } from '../evidence/NewEvidenceModal';
import { useEvidenceAccess } from '../evidence/use-evidence-context';
import { useT } from '../../i18n';

type Component = Schemas['ComponentDto'];
type RequirementEvidence = Schemas['RequirementEvidenceDto'];
type VerdictHistory = Schemas['RequirementVerdictHistoryDto'];

/** One requirement of the workspace: what it asks, whether it applies, the evidence for it, and what the review says. */
export function RequirementPage() {
  const { t, label, badge } = useLabels();
  const { workspaceId = '', requirementId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  const role = workspace.data?.myRole;
  const abilities = workspaceAbilities(role);
  const active = !!role && role !== 'invited';
  // One read model: the requirement, its framework, its gap row, linked evidence and verdict history.
  const view = useQuery({
    queryKey: ['requirement-view', workspaceId, requirementId],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/requirements/{requirementId}', { params: { path: { workspaceId, requirementId } } })),
    enabled: active,
  });
  const row = view.data?.gap;
  const framework = view.data?.framework;
  // The catalog adds what the read model leaves out: the evidence types and component kinds it expects.
  const requirement = useQuery({
    queryKey: ['requirement', framework?.id, requirementId],
    queryFn: () =>
      unwrap(api.GET('/v1/frameworks/{frameworkId}/requirements/{requirementId}', { params: { path: { frameworkId: framework!.id, requirementId } } })),
    enabled: !!framework,
    staleTime: 5 * 60_000,
  });

  const back = (
    <Anchor component={Link} to={`/workspaces/${workspaceId}`} size="sm">
      {t('requirements.back')}
    </Anchor>
  );
  if (workspace.isPending || (active && view.isPending)) return <Loading label={t('requirements.loading')} />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  if (!active) return <EmptyState title={t('workspaces.invitationPending.title')}>{t('requirements.invited.body')}</EmptyState>;
  const notInWorkspace = view.error instanceof ApiProblem && view.error.status === 404 && view.error.problem.code === 'reviews.requirement_not_found';
  if (view.error && !notInWorkspace) return <ProblemAlert error={view.error} />;
  if (!row || !view.data) {
    return (
      <Stack gap="sm">
        {back}
        <EmptyState title={t('requirements.notInWorkspace.title')}>{t('requirements.notInWorkspace.body')}</EmptyState>
      </Stack>
    );
  }

  const status = badge(GAP_STATUS, row.status);
  const text = view.data.requirement;
  const r = requirement.data;
  return (
    <Stack gap="md">
      {back}
      <div>
        <Group gap="xs" mb={4}>
          <StatusBadge variant="dot" color="gray">
            {framework ? `${framework.code} ${framework.version}` : t('requirements.framework')}
          </StatusBadge>
          <StatusBadge variant="dot" color={status.color} data-testid="requirement-status">
            {status.label}
          </StatusBadge>
          {row.accepted ? (
            <StatusBadge variant="dot" color="green">
              {t('requirements.accepted')}
            </StatusBadge>
          ) : null}
          {row.openFindings > 0 ? (
            <StatusBadge variant="dot" color="red">
              {t('requirements.openFindings', { count: row.openFindings })}
            </StatusBadge>
          ) : null}
        </Group>
        <Title order={2} size="h3">
          {row.ref} — {row.title}
        </Title>
      </div>

      <Section title={t('requirements.statement.title')}>
        <Stack gap="xs">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="requirement-statement">
            {text.statement || t('requirements.statement.none')}
          </Text>
          {text.guidance ? (
            <Paper withBorder p="sm" bg="gray.0">
              <Text size="xs" fw={700} mb={2}>
                {t('requirements.guidance')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {text.guidance}
              </Text>
            </Paper>
          ) : null}
          <ProblemAlert error={requirement.error} />
          {requirement.isPending ? (
            <Loading label={t('requirements.statement.loading')} />
          ) : r ? (
            <Group gap="lg">
              {r.expectedEvidenceTypes.length ? (
                <Text size="sm">
                  <FormattedMessage
                    id="requirements.typicalEvidence"
                    values={{ b: (c) => <strong>{c}</strong>, types: formatList(r.expectedEvidenceTypes.map((type) => label(EVIDENCE_TYPE, type))) }}
                  />
                </Text>
              ) : null}
              {r.componentKinds.length ? (
                <Text size="sm">
                  <FormattedMessage
                    id="requirements.concerns"
                    values={{ b: (c) => <strong>{c}</strong>, kinds: formatList(r.componentKinds.map((k) => label(COMPONENT_KIND_MESSAGE, k))) }}
                  />
                </Text>
              ) : null}
            </Group>
          ) : null}
          <Coverage row={row} />
        </Stack>
      </Section>

      {abilities.readsApplicability ? <Applicability workspace={workspace.data} row={row} isOwner={abilities.isOwner} /> : null}
      {abilities.readsEvidence ? (
        <LinkedEvidence
          workspaceId={workspaceId}
          requirement={{ id: requirementId, label: `${row.ref} — ${row.title}` }}
          linked={view.data.evidence}
          onlyOwnComponents={role === 'contributor'}
        />
      ) : null}
      {abilities.readsReview ? (
        <Review workspaceId={workspaceId} requirementId={requirementId} history={view.data.verdicts} canComment={abilities.comments} />
      ) : null}
      {role === 'observer' ? (
        <Text size="sm" c="gray.7">
          {t('requirements.observer')}
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
  if (row.status === 'covered') return <Text size="sm">{t('requirements.coverage.covered', { count: row.evidenceCount })}</Text>;
  if (row.status === 'inherited' && row.inheritedFrom)
    return (
      <Text size="sm">
        {t('requirements.coverage.inherited', { ref: row.inheritedFrom.ref, relation: label(CROSSWALK_RELATION, row.inheritedFrom.relation) })}
      </Text>
    );
  if (row.status === 'gap' && row.inheritedFrom)
    return (
      <Text size="sm">
        {t('requirements.coverage.partial', { ref: row.inheritedFrom.ref, relation: label(CROSSWALK_RELATION, row.inheritedFrom.relation) })}
      </Text>
    );
  if (row.status === 'gap') return <Text size="sm">{t('requirements.coverage.gap')}</Text>;
  return <Text size="sm">{t('requirements.coverage.notApplicable')}</Text>;
}

// ── Applicability ──

function Applicability({ workspace, row, isOwner }: { workspace: Workspace; row: GapRow; isOwner: boolean }) {
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
  // The offering's components name the scope, and the form offers them: read only then.
  const offering = useQuery({
    queryKey: ['offering', workspace.offeringId],
    queryFn: () => unwrap(api.GET('/v1/offerings/{offeringId}', { params: { path: { offeringId: workspace.offeringId } } })),
    enabled: editing || !!a?.componentIds.length,
    staleTime: 60_000,
  });
  const components = offering.data?.components ?? [];
  const componentName = (id: string) => components.find((c) => c.id === id)?.name ?? t('requirements.component', { id: id.slice(0, 8) });
  return (
    <Section
      title={t('requirements.applicability.title')}
      actions={
        isOwner && a ? (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {t('requirements.applicability.change')}
          </Button>
        ) : null
      }
    >
      <ProblemAlert error={applicability.error} />
      {applicability.isPending ? (
        <Loading />
      ) : !a ? (
        applicability.error ? null : (
          <Text size="sm">{t('requirements.applicability.none')}</Text>
        )
      ) : (
        <Stack gap={4} data-testid="applicability">
          <Group gap="xs">
            <StatusBadge variant="dot" color={a.applicable ? 'blue' : 'gray'}>
              {a.applicable ? t('requirements.applicability.applies') : t('requirements.applicability.doesNotApply')}
            </StatusBadge>
            {!a.stated ? (
              <Text size="sm" c="gray.7">
                {t('requirements.applicability.default')}
              </Text>
            ) : null}
          </Group>
          {a.justification ? (
            <Text size="sm">
              <FormattedMessage id="requirements.applicability.justification" values={{ b: (c) => <strong>{c}</strong>, text: a.justification }} />
            </Text>
          ) : null}
          <Text size="sm">
            <FormattedMessage
              id="requirements.applicability.components"
              values={{
                b: (c) => <strong>{c}</strong>,
                components: a.componentIds.length ? formatList(a.componentIds.map(componentName)) : t('requirements.applicability.wholeOffering'),
              }}
            />
          </Text>
          {!isOwner ? (
            <Text size="xs" c="gray.7">
              {t('requirements.applicability.ownerOnly')}
            </Text>
          ) : null}
        </Stack>
      )}
      {isOwner && a ? (
        <Dialog
          closeButtonProps={{ 'aria-label': t('workspaces.close') }}
          opened={editing}
          onClose={() => setEditing(false)}
          title={t('requirements.applicability.modal', { ref: row.ref })}
        >
          {!editing ? null : offering.isPending ? (
            <Loading />
          ) : (
            <ApplicabilityForm workspaceId={workspace.id} row={a} components={components} onDone={() => setEditing(false)} />
          )}
        </Dialog>
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
      notify(applicable ? t('requirements.applicability.nowApplies', { ref: row.ref }) : t('requirements.applicability.nowDoesNotApply', { ref: row.ref }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['requirement-applicability', workspaceId, row.requirementId] }),
        queryClient.invalidateQueries({ queryKey: ['gap-analysis', workspaceId] }),
        queryClient.invalidateQueries({ queryKey: ['requirement-view', workspaceId] }),
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
        <Switch label={t('requirements.applicability.form.applies')} checked={applicable} onChange={(e) => setApplicable(e.currentTarget.checked)} />
        <Textarea
          label={t('requirements.applicability.form.justification')}
          description={applicable ? t('requirements.applicability.form.optional') : t('requirements.applicability.form.justificationHelp')}
          required={!applicable}
          autosize
          minRows={3}
          maxLength={4000}
          value={justification}
          onChange={(e) => setJustification(e.currentTarget.value)}
          error={(touched && missingJustification && t('requirements.applicability.form.justificationMissing')) || fieldError}
        />
        <MultiSelect
          label={t('requirements.applicability.form.components')}
          description={t('requirements.applicability.form.componentsHelp')}
          data={components.map((c) => ({ value: c.id, label: `${c.name} (${c.version})` }))}
          value={componentIds}
          onChange={setComponentIds}
        />
        <ProblemAlert error={save.error} title={t('requirements.applicability.form.failed')} />
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

/** Evidence linked to this requirement, with each item's current version (from the requirement's read model). */
function LinkedEvidence({
  workspaceId,
  requirement,
  linked,
  onlyOwnComponents,
}: {
  workspaceId: string;
  requirement: { id: string; label: string };
  linked: RequirementEvidence[];
  onlyOwnComponents: boolean;
}) {
  const { t, label, badge } = useLabels();
  const queryClient = useQueryClient();
  // The dialogs are mounted only while open: their look-ups (components, the evidence list) run only then.
  const [adding, setAdding] = useState<'new' | 'existing' | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['requirement-view', workspaceId, requirement.id] });
    void queryClient.invalidateQueries({ queryKey: ['evidence', workspaceId] });
  };
  return (
    <Section
      title={t('requirements.evidence.title')}
      actions={
        <Group gap="xs">
          <Button size="xs" onClick={() => setAdding('new')} data-testid="requirement-add-evidence">
            {t('requirements.evidence.add')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setAdding('existing')} data-testid="requirement-link-evidence">
            {t('requirements.evidence.linkExisting')}
          </Button>
          <Anchor component={Link} to={`/workspaces/${workspaceId}/evidence`} size="sm">
            {t('requirements.evidence.all')}
          </Anchor>
        </Group>
      }
    >
      {adding === 'new' ? (
        <AddEvidenceDialog
          workspaceId={workspaceId}
          requirement={requirement}
          onClose={() => {
            setAdding(null);
            refresh();
          }}
        />
      ) : null}
      {adding === 'existing' ? (
        <LinkEvidenceDialog
          workspaceId={workspaceId}
          requirement={requirement}
          linkedIds={linked.map((l) => l.evidence.id)}
          onClose={() => setAdding(null)}
          onLinked={refresh}
        />
      ) : null}
      {linked.length === 0 ? (
        <EmptyState title={onlyOwnComponents ? t('requirements.evidence.noneOwn') : t('requirements.evidence.none')}>
          {onlyOwnComponents ? `${t('requirements.evidence.ownOnly')} ` : ''}
          {t('requirements.evidence.howToLink')}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="linked-evidence">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('requirements.evidence.column.evidence')}</Table.Th>
                <Table.Th>{t('requirements.evidence.column.version')}</Table.Th>
                <Table.Th>{t('requirements.evidence.column.validUntil')}</Table.Th>
                <Table.Th>{t('requirements.evidence.column.freshness')}</Table.Th>
                <Table.Th>{t('requirements.evidence.column.why')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {linked.map(({ evidence: e, link, currentVersion: current }) => {
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
                        <Text size="sm">{t('requirements.evidence.version', { number: current.number, filename: current.filename })}</Text>
                      ) : (
                        <Text size="sm" c="gray.7">
                          {t('requirements.evidence.noFile')}
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
      )}
    </Section>
  );
}

/** New evidence for this requirement: the evidence list's dialog, with the requirement already chosen. */
function AddEvidenceDialog({ workspaceId, requirement, onClose }: { workspaceId: string; requirement: { id: string; label: string }; onClose(): void }) {
  const access = useEvidenceAccess(workspaceId);
  return (
    <NewEvidenceModal
      workspaceId={workspaceId}
      onClose={onClose}
      componentRequired={access.isContributor}
      components={access.writableComponents}
      requirementOptions={[{ value: requirement.id, label: requirement.label }]}
      requirementsLoading={false}
      initialRequirementIds={[requirement.id]}
    />
  );
}

/** Links an item of the workspace's evidence (one the user may see and is not linked yet) to this requirement, with a note. */
function LinkEvidenceDialog({
  workspaceId,
  requirement,
  linkedIds,
  onClose,
  onLinked,
}: {
  workspaceId: string;
  requirement: { id: string; label: string };
  linkedIds: string[];
  onClose(): void;
  onLinked(): void;
}) {
  const t = useT();
  const [evidenceId, setEvidenceId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const items = useQuery({
    queryKey: ['evidence', workspaceId, 'link-choices'],
    queryFn: () =>
      allPages((cursor) => unwrap(api.GET('/v1/workspaces/{workspaceId}/evidence', { params: { path: { workspaceId }, query: { limit: 200, cursor } } }))),
  });
  const options = (items.data ?? []).filter((e) => !linkedIds.includes(e.id)).map((e) => ({ value: e.id, label: e.title }));
  const link = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/evidence/{evidenceId}/links', {
          params: { path: { workspaceId, evidenceId: evidenceId! } },
          body: { requirementId: requirement.id, ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      ),
    onSuccess: () => {
      notify(requirement.label, { title: t('requirements.evidence.linked') });
      onLinked();
      onClose();
    },
  });
  return (
    <Dialog opened onClose={onClose} title={t('requirements.evidence.linkTitle', { requirement: requirement.label })} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (evidenceId) link.mutate();
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('requirements.evidence.linkChoose')}
            data={options}
            value={evidenceId}
            onChange={setEvidenceId}
            searchable
            required
            disabled={items.isPending}
            placeholder={items.isPending ? t('requirements.evidence.linkLoading') : undefined}
            nothingFoundMessage={t('requirements.evidence.linkNone')}
            data-testid="link-evidence-choice"
          />
          <Textarea
            label={t('requirements.evidence.linkNote')}
            description={t('requirements.evidence.linkNoteHint')}
            autosize
            minRows={2}
            maxLength={4000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <ProblemAlert error={items.error ?? link.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('requirements.evidence.linkCancel')}
            </Button>
            <Button type="submit" loading={link.isPending} disabled={!evidenceId}>
              {t('requirements.evidence.linkSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

// ── Review: verdicts, findings, comments ──

function Review({
  workspaceId,
  requirementId,
  history,
  canComment,
}: {
  workspaceId: string;
  requirementId: string;
  /** Every submission newest first with its verdict on the requirement (the read model's). */
  history: VerdictHistory[];
  canComment: boolean;
}) {
  const { t, badge } = useLabels();
  const findings = useQuery({
    queryKey: ['workspace-findings-all', workspaceId],
    queryFn: () =>
      allPages((cursor) => unwrap(api.GET('/v1/workspaces/{workspaceId}/findings', { params: { path: { workspaceId }, query: { limit: 200, cursor } } }))),
  });
  const mine = (findings.data ?? []).filter((f) => f.requirementId === requirementId);
  // Findings name their submission by id: the numbers are read only when this requirement has findings.
  const submissions = useQuery({
    queryKey: ['workspace-submissions-all', workspaceId],
    queryFn: () =>
      allPages((cursor) => unwrap(api.GET('/v1/workspaces/{workspaceId}/submissions', { params: { path: { workspaceId }, query: { limit: 200, cursor } } }))),
    enabled: mine.length > 0,
  });
  const numberOf = (submissionId: string) => submissions.data?.find((s) => s.id === submissionId)?.number;

  return (
    <>
      <Section title={t('requirements.verdicts.title')}>
        {history.length === 0 ? (
          <EmptyState title={t('requirements.verdicts.empty.title')}>{t('requirements.verdicts.empty.body')}</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="requirement-verdicts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('requirements.verdicts.column.submission')}</Table.Th>
                  <Table.Th>{t('requirements.verdicts.column.status')}</Table.Th>
                  <Table.Th>{t('requirements.verdicts.column.verdict')}</Table.Th>
                  <Table.Th>{t('requirements.verdicts.column.comment')}</Table.Th>
                  <Table.Th>{t('requirements.verdicts.column.recorded')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.map((h) => {
                  const v = h.verdict;
                  const st = badge(SUBMISSION_STATUS, h.submissionStatus);
                  const vb = v ? badge(VERDICT, v.outcome) : null;
                  return (
                    <Table.Tr key={h.submissionNumber}>
                      <Table.Td>
                        <Anchor component={Link} to={`/workspaces/${workspaceId}/submissions/${h.submissionNumber}`} size="sm">
                          {t('requirements.submission', { number: h.submissionNumber })}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge variant="dot" color={st.color}>
                          {st.label}
                        </StatusBadge>
                      </Table.Td>
                      <Table.Td>
                        {vb ? (
                          <StatusBadge variant="dot" color={vb.color}>
                            {vb.label}
                          </StatusBadge>
                        ) : (
                          <Text size="sm" c="gray.7">
                            {t('requirements.verdicts.none')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{v?.comment || '—'}</Text>
                        {v?.assessor.name ? (
                          <Text size="xs" c="gray.7">
                            {v.assessor.name}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{v ? formatDateTime(v.decidedAt) : '—'}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>

      <Section title={t('requirements.findings.title')}>
        <ProblemAlert error={findings.error} />
        {findings.isPending ? (
          <Loading label={t('requirements.findings.loading')} />
        ) : mine.length === 0 && !findings.error ? (
          <Text size="sm">{t('requirements.findings.none')}</Text>
        ) : mine.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="requirement-findings">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('requirements.findings.column.finding')}</Table.Th>
                  <Table.Th>{t('requirements.findings.column.severity')}</Table.Th>
                  <Table.Th>{t('requirements.findings.column.status')}</Table.Th>
                  <Table.Th>{t('requirements.findings.column.due')}</Table.Th>
                  <Table.Th>{t('requirements.findings.column.trackedOn')}</Table.Th>
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
                            {t('requirements.submission', { number: n })}
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

      {history[0] ? (
        <Comments workspaceId={workspaceId} requirementId={requirementId} latest={history[0]} canComment={canComment} />
      ) : (
        <Section title={t('requirements.comments.title')}>
          <Text size="sm">{t('requirements.comments.notYet')}</Text>
        </Section>
      )}
    </>
  );
}

function Comments({
  workspaceId,
  requirementId,
  latest,
  canComment,
}: {
  workspaceId: string;
  requirementId: string;
  /** The newest submission, with the size of this requirement's thread on it. */
  latest: VerdictHistory;
  canComment: boolean;
}) {
  const { t } = useLabels();
  const queryClient = useQueryClient();
  const number = latest.submissionNumber;
  const [body, setBody] = useState('');
  const [replyTo, setReplyTo] = useState<{ comment: Schemas['CommentDto']; name: string } | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const key = ['requirement-comments', workspaceId, number, requirementId];
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/submissions/{number}/requirements/{requirementId}/comments', {
          params: { path: { workspaceId, number, requirementId }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { body: body.trim(), parentId: replyTo?.comment.id },
        }),
      ),
    onSuccess: async () => {
      setBody('');
      setReplyTo(null);
      setIdempotencyKey(crypto.randomUUID());
      notify(t('requirements.comments.added'));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: ['requirement-view', workspaceId, requirementId] }),
      ]);
    },
  });

  return (
    <Section title={t('requirements.comments.onSubmission', { number })}>
      {!latest.inSubmission ? (
        <Text size="sm">{t('requirements.comments.notInSubmission', { number })}</Text>
      ) : (
        <Stack gap="sm">
          {latest.commentCount === 0 ? (
            <Text size="sm">{canComment ? t('requirements.comments.noneAsk') : t('requirements.comments.none')}</Text>
          ) : (
            <CommentThread
              workspaceId={workspaceId}
              requirementId={requirementId}
              number={number}
              queryKey={key}
              canComment={canComment}
              onReply={(comment, name) => setReplyTo({ comment, name })}
            />
          )}
          {canComment ? (
            <Box component="form" onSubmit={(e: FormEvent) => (e.preventDefault(), body.trim() && add.mutate())}>
              <Stack gap="xs">
                {replyTo ? (
                  <Group gap="xs">
                    <Text size="sm">{t('requirements.comments.replyingToLine', { name: replyTo.name })}</Text>
                    <Button size="compact-xs" variant="default" onClick={() => setReplyTo(null)}>
                      {t('requirements.comments.cancelReply')}
                    </Button>
                  </Group>
                ) : null}
                <Textarea
                  label={replyTo ? t('requirements.comments.yourReply') : t('requirements.comments.add')}
                  autosize
                  minRows={2}
                  maxLength={8000}
                  value={body}
                  onChange={(e) => setBody(e.currentTarget.value)}
                />
                <ProblemAlert error={add.error} title={t('requirements.comments.failed')} />
                <Group justify="flex-end">
                  <Button type="submit" size="xs" loading={add.isPending} disabled={!body.trim()}>
                    {replyTo ? t('requirements.comments.postReply') : t('requirements.comments.post')}
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

/** The requirement's thread on a submission, read only when it has comments. */
function CommentThread({
  workspaceId,
  requirementId,
  number,
  queryKey,
  canComment,
  onReply,
}: {
  workspaceId: string;
  requirementId: string;
  number: number;
  queryKey: unknown[];
  canComment: boolean;
  onReply(comment: Schemas['CommentDto'], name: string): void;
}) {
  const { t } = useLabels();
  const { session } = useSession();
  const { nameOf } = useOrganizationNames();
  const pages = useCursorPages(queryKey, (cursor) =>
    unwrap(
      api.GET('/v1/workspaces/{workspaceId}/submissions/{number}/requirements/{requirementId}/comments', {
        params: { path: { workspaceId, number, requirementId }, query: { limit: 50, cursor } },
      }),
    ),
  );
  const byId = new Map(pages.items.map((c) => [c.id, c]));
  const who = (c: Schemas['CommentDto']) =>
    c.author === session?.userId ? t('requirements.comments.you', { organization: nameOf(c.organizationId) }) : nameOf(c.organizationId);
  if (pages.isPending) return <Loading label={t('requirements.comments.loading')} />;
  if (pages.error) return <ProblemAlert error={pages.error} />;
  if (pages.items.length === 0) return <Text size="sm">{canComment ? t('requirements.comments.noneAsk') : t('requirements.comments.none')}</Text>;
  return (
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
                    {t('requirements.comments.replyingTo', { name: parent ? who(parent) : t('requirements.comments.earlier') })}
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
                onClick={() => onReply(c, who(c))}
                aria-label={t('requirements.comments.replyLabel', { name: who(c), time: formatDateTime(c.createdAt) })}
              >
                {t('requirements.comments.reply')}
              </Button>
            ) : null}
          </Paper>
        );
      })}
      <CursorPager pager={pages} />
    </Stack>
  );
}
