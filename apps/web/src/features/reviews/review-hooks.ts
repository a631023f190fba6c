import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { allPages } from '../../api/all-pages';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { Decision } from './review-model';

/** The workspace with the organization's role in it (same cache entry as the workspace frame). */
export function useWorkspace(workspaceId: string) {
  return useQuery({
    queryKey: ['workspace', workspaceId],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}', { params: { path: { workspaceId } } })),
  });
}

/** The decision on a submission, or null while there is none. */
export function useDecision(workspaceId: string, number: number, enabled = true) {
  return useQuery({
    queryKey: ['decision', workspaceId, number],
    enabled,
    queryFn: async (): Promise<Decision | null> => {
      try {
        return await unwrap(api.GET('/v1/workspaces/{workspaceId}/submissions/{number}/decision', { params: { path: { workspaceId, number } } }));
      } catch (e) {
        if (e instanceof ApiProblem && e.status === 404 && e.problem.code === 'reviews.decision_not_found') return null;
        throw e;
      }
    },
  });
}

/** After a review step: every view of the submission, its workspace lists and the queue. */
export function useRefreshReview(workspaceId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (number?: number) => {
      void queryClient.invalidateQueries({ queryKey: ['submissions', workspaceId] });
      void queryClient.invalidateQueries({ queryKey: ['decisions', workspaceId] });
      void queryClient.invalidateQueries({ queryKey: ['review-queue'] });
      if (number !== undefined) void queryClient.invalidateQueries({ queryKey: ['submission', workspaceId, number] });
      if (number !== undefined) void queryClient.invalidateQueries({ queryKey: ['decision-readiness', workspaceId, number] });
    },
    [queryClient, workspaceId],
  );
}

/**
 * After a verdict save whose answer already carried the submission's progress (patched into
 * its cache): the lists that show it and the decision readiness, not the submission itself.
 */
export function useRefreshAfterVerdict(workspaceId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (number: number) => {
      void queryClient.invalidateQueries({ queryKey: ['submissions', workspaceId] });
      void queryClient.invalidateQueries({ queryKey: ['review-queue'] });
      void queryClient.invalidateQueries({ queryKey: ['decision-readiness', workspaceId, number] });
    },
    [queryClient, workspaceId],
  );
}

/** Whether a positive decision may be recorded, and what is missing (the rule the API enforces). */
export function useDecisionReadiness(workspaceId: string, number: number, enabled = true) {
  return useQuery({
    queryKey: ['decision-readiness', workspaceId, number],
    enabled,
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/submissions/{number}/decision-readiness', { params: { path: { workspaceId, number } } })),
  });
}

/** Frameworks by id (code, title, version), for naming a decision's scope. */
export function useFrameworkNames() {
  return useQuery({
    queryKey: ['frameworks', 'all'],
    queryFn: () => allPages((cursor) => unwrap(api.GET('/v1/frameworks', { params: { query: { limit: 200, cursor } } }))),
    staleTime: 5 * 60_000,
    select: (rows) => new Map(rows.map((f) => [f.id, f])),
  });
}
