import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';

export type FlaggedEvidence = Schemas['FlaggedEvidenceDto'];

/** The workspace's gap analysis: one request that also carries the flagged evidence the reader may see. */
export function gapAnalysisQuery(workspaceId: string) {
  return {
    queryKey: ['gap-analysis', workspaceId],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/gap-analysis', { params: { path: { workspaceId } } })),
  };
}

/**
 * The workspace's evidence flagged as expiring (within EVIDENCE_EXPIRY_WARNING_DAYS) or
 * expired, with the requirements each is linked to: read from the gap analysis answer the
 * overview already asks for, so flagging costs no request of its own.
 */
export function useFlaggedEvidence(workspaceId: string, enabled: boolean) {
  const query = useQuery({ ...gapAnalysisQuery(workspaceId), enabled, select: (a) => a.flaggedEvidence });
  const byRequirement = useMemo(() => {
    const map = new Map<string, 'expiring' | 'expired'>();
    for (const e of query.data ?? []) {
      for (const requirementId of e.requirementIds) {
        if (map.get(requirementId) !== 'expired') map.set(requirementId, e.freshness === 'expired' ? 'expired' : 'expiring');
      }
    }
    return map;
  }, [query.data]);
  return { ...query, byRequirement };
}
