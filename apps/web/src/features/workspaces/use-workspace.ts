import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type Workspace = Schemas['WorkspaceDto'];

/** The workspace with the acting organization's role in it (the same query the workspace frame runs). */
export function useWorkspace(workspaceId: string) {
  return useQuery({
    queryKey: ['workspace', workspaceId],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}', { params: { path: { workspaceId } } })),
  });
}

/** What the organization's workspace role lets it see and do (the API decides; this only hides). */
export function workspaceAbilities(role: string | undefined) {
  const member = role === 'owner' || role === 'contributor' || role === 'assessor';
  return {
    isOwner: role === 'owner',
    readsApplicability: member,
    readsEvidence: role === 'owner' || role === 'contributor',
    readsReview: member,
    comments: member,
  };
}
