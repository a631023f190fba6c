import { Alert, Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notify } from '../../components/notify';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CONFIDENTIALITY_OPTIONS, EVIDENCE_TYPE_OPTIONS, evidenceKeys, isConfidentiality, isEvidenceType, todayIso, type Evidence } from './evidence-model';
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
}

/**
 * Two steps: the evidence item's metadata (and requirement links), then its file. The
 * item exists after step one; closing before the upload leaves it without a file, which
 * the evidence page lets the user add later. Mount it only while open: each opening
 * starts from a blank form.
 */
export function NewEvidenceModal({ workspaceId, onClose, componentRequired, components, requirementOptions, requirementsLoading }: Props) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => ({
    type: null,
    title: '',
    description: '',
    componentId: null,
    confidentiality: 'confidential',
    effectiveDate: todayIso(),
    validUntil: '',
    requirementIds: [],
  }));
  const [created, setCreated] = useState<Evidence | null>(null);
  const [linkErrors, setLinkErrors] = useState<unknown[]>([]);
  const [uploaded, setUploaded] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const create = useMutation({
    mutationFn: async (d: Draft) => {
      if (!isEvidenceType(d.type) || !isConfidentiality(d.confidentiality)) throw new ApiProblem({ status: 400, title: 'Choose a type and a confidentiality' });
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
      notify(`${evidence.title}: now upload its file.`, { title: 'Evidence created' });
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
    ...(componentRequired ? [] : [{ value: WHOLE_OFFERING, label: 'Whole offering (no single component)' }]),
    ...components.map((c) => ({ value: c.id, label: `${c.name} (${c.version})` })),
  ];

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': 'Close' }}
      closeOnClickOutside={false}
      title={created ? `Upload the file for “${created.title}”` : 'New evidence'}
      size="lg"
    >
      {created ? (
        <Stack gap="md">
          {linkErrors.length ? (
            <Stack gap="xs">
              {linkErrors.map((err, i) => (
                <ProblemAlert key={i} error={err} title="A requirement link was refused" />
              ))}
            </Stack>
          ) : null}
          <Text size="sm">
            Step 2 of 2: the evidence item exists; its file is uploaded as version 1. You can also close this and upload later from the evidence page.
          </Text>
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
              {uploaded ? 'Close' : 'Upload later'}
            </Button>
            <Button component={Link} to={`/workspaces/${workspaceId}/evidence/${created.id}`} onClick={onClose}>
              Open evidence
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">Step 1 of 2: describe the document. You upload the file next.</Text>
            {componentRequired && components.length === 0 ? (
              <Alert color="yellow" variant="light" title="No component to file evidence for">
                Your organization contributes evidence only for the components it provides here, and none is assigned to it. Ask the workspace owner to assign
                your component.
              </Alert>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Type"
                required
                data={EVIDENCE_TYPE_OPTIONS}
                value={draft.type}
                onChange={(v) => set('type', v)}
                error={fieldError('type')}
                searchable
                placeholder="Choose a type"
              />
              <Select
                label="Confidentiality"
                required
                data={CONFIDENTIALITY_OPTIONS}
                value={draft.confidentiality}
                onChange={(v) => set('confidentiality', v)}
                error={fieldError('confidentiality')}
                allowDeselect={false}
              />
            </SimpleGrid>
            <TextInput
              label="Title"
              required
              maxLength={300}
              value={draft.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={fieldError('title')}
              placeholder="e.g. PredictCare SLA v3"
            />
            <Textarea
              label="Description"
              autosize
              minRows={2}
              maxRows={6}
              maxLength={4000}
              value={draft.description}
              onChange={(e) => set('description', e.currentTarget.value)}
              error={fieldError('description')}
            />
            <Select
              label="Component"
              description={componentRequired ? 'One of the components your organization provides' : 'The component it documents, or the whole offering'}
              required={componentRequired}
              data={componentOptions}
              value={componentId}
              onChange={(v) => set('componentId', v)}
              error={fieldError('componentId')}
              allowDeselect={false}
              placeholder="Choose a component"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label="Effective date"
                description="When the content took effect"
                required
                value={draft.effectiveDate}
                onChange={(e) => set('effectiveDate', e.currentTarget.value)}
                error={fieldError('effectiveDate')}
              />
              <TextInput
                type="date"
                label="Valid until"
                description="Leave empty if it does not expire"
                value={draft.validUntil}
                min={draft.effectiveDate || undefined}
                onChange={(e) => set('validUntil', e.currentTarget.value)}
                error={datesInvalid ? 'Must not be before the effective date' : fieldError('validUntil')}
              />
            </SimpleGrid>
            <MultiSelect
              label="Requirements it satisfies"
              description="Optional; you can add links later"
              data={requirementOptions}
              value={draft.requirementIds}
              onChange={(v) => set('requirementIds', v)}
              searchable
              clearable
              limit={50}
              nothingFoundMessage={requirementsLoading ? 'Loading requirements…' : 'No requirement matches'}
              placeholder={draft.requirementIds.length ? undefined : 'Search by reference or title'}
            />
            <ProblemAlert error={create.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button
                type="submit"
                loading={create.isPending}
                disabled={!draft.type || !draft.title.trim() || !draft.effectiveDate || datesInvalid || (componentRequired && !componentId)}
              >
                Create and continue to upload
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
