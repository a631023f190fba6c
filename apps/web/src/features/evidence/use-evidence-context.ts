import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useT, type MessageId } from '../../i18n';
import { EVIDENCE_WRITER_ROLES } from './evidence-model';

export type Component = Schemas['ComponentDto'];
export type RequirementRow = Schemas['ApplicabilityRowDto'];
export type Participant = Schemas['ParticipantDto'];

/** The workspace (same query as the workspace frame, so it comes from the cache). */
export function useWorkspace(workspaceId: string) {
  return useQuery({
    queryKey: ['workspace', workspaceId],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}', { params: { path: { workspaceId } } })),
  });
}

/**
 * What the user's organization may do with evidence here: the owner everything, a
 * contributor only for the components it provides, assessors and observers nothing (they
 * see evidence only through submissions). The API enforces the same rules.
 */
export function useEvidenceAccess(workspaceId: string) {
  const t = useT();
  const { session } = useSession();
  const workspace = useWorkspace(workspaceId);
  const role = workspace.data?.myRole;
  const isContributor = role === 'contributor';
  const canRead = role === 'owner' || role === 'contributor';
  const canWrite = !!role && EVIDENCE_WRITER_ROLES.includes(role);

  const components = useQuery({
    queryKey: ['evidence-context', 'offering', workspace.data?.offeringId],
    queryFn: () => unwrap(api.GET('/v1/offerings/{offeringId}', { params: { path: { offeringId: workspace.data!.offeringId } } })),
    enabled: !!workspace.data && canRead,
    select: (o) => o.components,
  });

  // Only a contributor's own components need the participants (the owner files for all of them).
  const participants = useParticipants(workspaceId, canRead && isContributor);
  const myComponentIds = useMemo(
    () => participants.data?.find((p) => p.organizationId === session?.organizationId && p.status === 'accepted')?.componentIds ?? [],
    [participants.data, session?.organizationId],
  );

  const componentName = useMemo(() => {
    const names = new Map((components.data ?? []).map((c) => [c.id, c.version ? `${c.name} (${c.version})` : c.name]));
    return (id: string | null) => (id ? (names.get(id) ?? t('evidence.component.unknown')) : t('evidence.component.wholeOffering'));
  }, [components.data, t]);

  /** Components the user may file evidence for (contributors: their own; the owner: all). */
  const writableComponents = useMemo(() => {
    const all = components.data ?? [];
    if (!isContributor) return all;
    const mine = new Set(myComponentIds);
    return all.filter((c) => mine.has(c.id));
  }, [components.data, isContributor, myComponentIds]);

  return {
    workspace,
    role,
    canRead,
    canWrite,
    isContributor,
    components,
    componentName,
    writableComponents,
    participants,
  };
}

/** Every participant of the workspace (participants paginate; workspaces have few). */
export function useParticipants(workspaceId: string, enabled = true) {
  return useQuery({
    queryKey: ['evidence-context', 'participants', workspaceId],
    queryFn: async () => {
      const all: Participant[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(api.GET('/v1/workspaces/{workspaceId}/participants', { params: { path: { workspaceId }, query: { limit: 200, cursor } } }));
        all.push(...page.data);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    },
    enabled,
  });
}

/** Another organization by its part in the workspace. */
const PARTY_ROLE: Record<string, MessageId> = {
  owner: 'evidence.party.owner',
  contributor: 'evidence.party.contributor',
  assessor: 'evidence.party.assessor',
  observer: 'evidence.party.observer',
};

/** Names an uploader: you, a colleague (from your organization's members), or the participant role of another organization. */
export function useUploaderLabel(workspaceId: string) {
  const t = useT();
  const { session } = useSession();
  const participants = useParticipants(workspaceId);
  const members = useQuery({
    queryKey: ['evidence-context', 'members', session?.organizationId],
    queryFn: () => unwrap(api.GET('/v1/organization/members', { params: { query: { limit: 200 } } })),
    enabled: !!session,
    staleTime: 5 * 60_000,
  });
  return useMemo(() => {
    const names = new Map((members.data?.data ?? []).map((m) => [m.userId, m.name || m.email]));
    const roles = new Map((participants.data ?? []).map((p) => [p.organizationId, p.role]));
    return (v: { uploadedBy: string; uploadedByOrganizationId: string }) => {
      if (v.uploadedBy === session?.userId) return t('evidence.party.you');
      const name = names.get(v.uploadedBy);
      if (name && v.uploadedByOrganizationId === session?.organizationId) return name;
      if (v.uploadedByOrganizationId === session?.organizationId) return t('evidence.party.yourOrganization');
      const role = roles.get(v.uploadedByOrganizationId);
      const roleLabel = role ? PARTY_ROLE[role] : undefined;
      return roleLabel ? t(roleLabel) : t('evidence.party.anotherOrganization');
    };
  }, [members.data, participants.data, session?.userId, session?.organizationId, t]);
}

/**
 * Every requirement of the workspace's target frameworks (the statement of applicability,
 * read page by page), to name linked requirements and to pick new links.
 */
export function useWorkspaceRequirements(workspaceId: string, enabled = true) {
  const t = useT();
  const query = useQuery({
    queryKey: ['evidence-context', 'requirements', workspaceId],
    queryFn: async () => {
      const rows: RequirementRow[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(api.GET('/v1/workspaces/{workspaceId}/applicability', { params: { path: { workspaceId }, query: { limit: 200, cursor } } }));
        rows.push(...page.data);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return rows;
    },
    enabled,
    staleTime: 5 * 60_000,
  });
  const byId = useMemo(() => new Map((query.data ?? []).map((r) => [r.requirementId, r])), [query.data]);
  const options = useMemo(
    () =>
      (query.data ?? []).map((r) => {
        const label = `${r.ref} — ${r.title}`;
        return { value: r.requirementId, label: r.applicable ? label : t('evidence.requirement.notApplicable', { requirement: label }) };
      }),
    [query.data, t],
  );
  return { ...query, byId, options };
}
