import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { notify } from '../../components/notify';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n';
import { confidentialityOptions, evidenceTypeOptions, isConfidentiality, isEvidenceType, type EvidenceDetail } from './evidence-model';

interface Draft {
  type: string | null;
  title: string;
  description: string;
  confidentiality: string | null;
  effectiveDate: string;
  validUntil: string;
}

function draftOf(e: EvidenceDetail): Draft {
  return {
    type: e.type,
    title: e.title,
    description: e.description,
    confidentiality: e.confidentiality,
    effectiveDate: e.effectiveDate,
    validUntil: e.validUntil ?? '',
  };
}

/**
 * Edits the metadata with optimistic concurrency: the PATCH carries the version read as
 * If-Match, and a 412 means someone changed it meanwhile (the form offers to reload).
 * The file is never edited: a new file is a new version. Mount it only while open.
 */
export function EditEvidenceModal({
  workspaceId,
  evidence,
  onClose,
  onReload,
}: {
  workspaceId: string;
  evidence: EvidenceDetail;
  onClose(): void;
  onReload(): Promise<EvidenceDetail | undefined>;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(evidence));
  const [baseVersion, setBaseVersion] = useState(evidence.version);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = useMutation({
    mutationFn: (d: Draft) => {
      if (!isEvidenceType(d.type) || !isConfidentiality(d.confidentiality))
        throw new ApiProblem({ status: 400, title: t('evidence.form.chooseTypeAndConfidentiality') });
      return unwrap(
        api.PATCH('/v1/workspaces/{workspaceId}/evidence/{evidenceId}', {
          params: { path: { workspaceId, evidenceId: evidence.id }, header: { 'If-Match': `"${baseVersion}"` } },
          body: {
            type: d.type,
            title: d.title.trim(),
            description: d.description.trim(),
            confidentiality: d.confidentiality,
            effectiveDate: d.effectiveDate,
            validUntil: d.validUntil || null,
          },
        }),
      );
    },
    onSuccess: (updated) => {
      void queryClient.invalidateQueries({ queryKey: ['evidence', workspaceId] });
      notify(updated.title, { title: t('evidence.edit.saved') });
      onClose();
    },
  });

  const stale = save.error instanceof ApiProblem && save.error.status === 412;
  const reload = async () => {
    const latest = await onReload();
    if (latest) {
      setDraft(draftOf(latest));
      setBaseVersion(latest.version);
      save.reset();
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(draft);
  };
  const fieldError = (field: string) => (save.error instanceof ApiProblem ? save.error.fieldError(field) : undefined);
  const datesInvalid = !!draft.validUntil && draft.validUntil < draft.effectiveDate;

  return (
    <Dialog opened onClose={onClose} closeButtonProps={{ 'aria-label': t('evidence.new.close') }} title={t('evidence.edit.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('evidence.field.type')}
              required
              data={evidenceTypeOptions(t)}
              value={draft.type}
              onChange={(v) => set('type', v)}
              allowDeselect={false}
              searchable
              error={fieldError('type')}
            />
            <Select
              label={t('evidence.field.confidentiality')}
              required
              data={confidentialityOptions(t)}
              value={draft.confidentiality}
              onChange={(v) => set('confidentiality', v)}
              allowDeselect={false}
              error={fieldError('confidentiality')}
            />
          </SimpleGrid>
          <TextInput
            label={t('evidence.field.title')}
            required
            maxLength={300}
            value={draft.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={fieldError('title')}
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
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('evidence.field.effectiveDate')}
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
          <Text size="sm">{t('evidence.edit.fixed')}</Text>
          <ProblemAlert error={save.error} title={stale ? t('evidence.edit.stale') : undefined} />
          {stale ? (
            <Group>
              <Button variant="light" size="xs" onClick={() => void reload()}>
                {t('evidence.edit.reload')}
              </Button>
            </Group>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('evidence.form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!draft.title.trim() || !draft.effectiveDate || datesInvalid}>
              {t('evidence.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
