import { Alert, Button, Group, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { notify } from '../../components/notify';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n';
import { confidentialityOptions, evidenceKeys, evidenceTypeOptions, isConfidentiality, isEvidenceType, todayIso, type Evidence } from './evidence-model';
import { EvidenceUpload } from './EvidenceUpload';
import type { Component } from './use-evidence-context';

interface Draft {
  type: string | null;
  title: string;
  description: string;
  componentId: string | null;
  confidentiality: string | null;
  effectiveDate: string;
  validUntil: string;
  requirementIds: string[];
}

const WHOLE_OFFERING = '';

interface Props {
  workspaceId: string;
  onClose(): void;
  /** Contributors must name one of their components; the owner may file for the whole offering. */
  componentRequired: boolean;
  components: Component[];
  requirementOptions: { value: string; label: string }[];
  requirementsLoading: boolean;
  /** Requirements the new item is linked to unless the user removes them (opened from a requirement's page). */
  initialRequirementIds?: string[];
}

/**
 * Two steps: the evidence item's metadata (and requirement links), then its file. The
 * item exists after step one; closing before the upload leaves it without a file, which
 * the evidence page lets the user add later. Mount it only while open: each opening
 * starts from a blank form.
 */
export function NewEvidenceModal({
  workspaceId,
  onClose,
  componentRequired,
  components,
  requirementOptions,
  requirementsLoading,
  initialRequirementIds = [],
}: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => ({
    type: null,
    title: '',
    description: '',
    componentId: null,
    confidentiality: 'confidential',
    effectiveDate: todayIso(),
    validUntil: '',
    requirementIds: initialRequirementIds,
  }));
  const [created, setCreated] = useState<Evidence | null>(null);
  const [linkErrors, setLinkErrors] = useState<unknown[]>([]);
  const [uploaded, setUploaded] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const create = useMutation({
    mutationFn: async (d: Draft) => {
      if (!isEvidenceType(d.type) || !isConfidentiality(d.confidentiality))
        throw new ApiProblem({ status: 400, title: t('evidence.form.chooseTypeAndConfidentiality') });
      const evidence = await unwrap(
        api.POST('/v1/workspaces/{workspaceId}/evidence', {
          params: { path: { workspaceId } },
          body: {
            type: d.type,
            title: d.title.trim(),
            description: d.description.trim() || undefined,
            componentId: d.componentId || undefined,
            confidentiality: d.confidentiality,
            effectiveDate: d.effectiveDate,
            validUntil: d.validUntil || null,
          },
        }),
      );
      // Links one by one: a refused link does not undo the item, and is reported.
      const results = await Promise.allSettled(
        d.requirementIds.map((requirementId) =>
          unwrap(
            api.POST('/v1/workspaces/{workspaceId}/evidence/{evidenceId}/links', {
              params: { path: { workspaceId, evidenceId: evidence.id } },
              body: { requirementId },
            }),
          ),
        ),
      );
      return { evidence, linkErrors: results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as unknown) };
    },
    onSuccess: ({ evidence, linkErrors }) => {
      setCreated(evidence);
      setLinkErrors(linkErrors);
      void queryClient.invalidateQueries({ queryKey: evidenceKeys.list(workspaceId) });
      notify(t('evidence.new.createdBody', { title: evidence.title }), { title: t('evidence.new.created') });
    },
  });

  // Until the user chooses: the owner files for the whole offering, a contributor with a
  // single component for that one.
  const componentId = draft.componentId ?? (componentRequired ? (components.length === 1 ? components[0]!.id : null) : WHOLE_OFFERING);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ ...draft, componentId });
  };

  const fieldError = (field: string) => (create.error instanceof ApiProblem ? create.error.fieldError(field) : undefined);
  const datesInvalid = !!draft.validUntil && draft.validUntil < draft.effectiveDate;
  const componentOptions = [
    ...(componentRequired ? [] : [{ value: WHOLE_OFFERING, label: t('evidence.new.wholeOfferingOption') }]),
    ...components.map((c) => ({ value: c.id, label: `${c.name} (${c.version})` })),
  ];

  return (
    <Dialog
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('evidence.new.close') }}
      closeOnClickOutside={false}
      title={created ? t('evidence.new.uploadTitle', { title: created.title }) : t('evidence.list.new')}
      size="lg"
    >
      {created ? (
        <Stack gap="md">
          {linkErrors.length ? (
            <Stack gap="xs">
              {linkErrors.map((err, i) => (
                <ProblemAlert key={i} error={err} title={t('evidence.new.linkRefused')} />
              ))}
            </Stack>
          ) : null}
          <Text size="sm">{t('evidence.new.step2')}</Text>
          <EvidenceUpload
            workspaceId={workspaceId}
            evidenceId={created.id}
            onUploaded={() => {
              setUploaded(true);
              void queryClient.invalidateQueries({ queryKey: ['evidence', workspaceId] });
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {uploaded ? t('evidence.new.close') : t('evidence.new.uploadLater')}
            </Button>
            <Button component={Link} to={`/workspaces/${workspaceId}/evidence/${created.id}`} onClick={onClose}>
              {t('evidence.new.open')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('evidence.new.step1')}</Text>
            {componentRequired && components.length === 0 ? (
              <Alert color="yellow" variant="light" title={t('evidence.new.noComponent')}>
                {t('evidence.new.noComponentBody')}
              </Alert>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('evidence.field.type')}
                required
                data={evidenceTypeOptions(t)}
                value={draft.type}
                onChange={(v) => set('type', v)}
                error={fieldError('type')}
                searchable
                placeholder={t('evidence.new.chooseType')}
              />
              <Select
                label={t('evidence.field.confidentiality')}
                required
                data={confidentialityOptions(t)}
                value={draft.confidentiality}
                onChange={(v) => set('confidentiality', v)}
                error={fieldError('confidentiality')}
                allowDeselect={false}
              />
            </SimpleGrid>
            <TextInput
              label={t('evidence.field.title')}
              required
              maxLength={300}
              value={draft.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={fieldError('title')}
              placeholder={t('evidence.new.titlePlaceholder')}
            />
            <Textarea
              label={t('evidence.field.description')}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={4000}
              value={draft.description}
              onChange={(e) => set('description', e.currentTarget.value)}
              error={fieldError('description')}
            />
            <Select
              label={t('evidence.field.component')}
              description={componentRequired ? t('evidence.new.componentHintContributor') : t('evidence.new.componentHintOwner')}
              required={componentRequired}
              data={componentOptions}
              value={componentId}
              onChange={(v) => set('componentId', v)}
              error={fieldError('componentId')}
              allowDeselect={false}
              placeholder={t('evidence.new.chooseComponent')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('evidence.field.effectiveDate')}
                description={
                  // A date still to come is allowed (a policy adopted ahead) but holds back any decision resting on it: say so.
                  draft.effectiveDate > todayIso() ? t('evidence.new.effectiveDateAhead') : t('evidence.new.effectiveDateHint')
                }
                required
                value={draft.effectiveDate}
                onChange={(e) => set('effectiveDate', e.currentTarget.value)}
                error={fieldError('effectiveDate')}
              />
              <TextInput
                type="date"
                label={t('evidence.field.validUntil')}
                description={t('evidence.field.validUntilHint')}
                value={draft.validUntil}
                min={draft.effectiveDate || undefined}
                onChange={(e) => set('validUntil', e.currentTarget.value)}
                error={datesInvalid ? t('evidence.field.datesInvalid') : fieldError('validUntil')}
              />
            </SimpleGrid>
            <MultiSelect
              label={t('evidence.field.requirements')}
              description={t('evidence.new.requirementsHint')}
              data={requirementOptions}
              value={draft.requirementIds}
              onChange={(v) => set('requirementIds', v)}
              searchable
              clearable
              limit={50}
              nothingFoundMessage={requirementsLoading ? t('evidence.new.requirementsLoading') : t('evidence.new.noRequirementMatches')}
              placeholder={draft.requirementIds.length ? undefined : t('evidence.new.searchRequirements')}
            />
            <ProblemAlert error={create.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('evidence.form.cancel')}
              </Button>
              <Button
                type="submit"
                loading={create.isPending}
                disabled={!draft.type || !draft.title.trim() || !draft.effectiveDate || datesInvalid || (componentRequired && !componentId)}
              >
                {t('evidence.new.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Dialog>
  );
}
