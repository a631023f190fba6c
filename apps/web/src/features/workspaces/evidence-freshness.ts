import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { allPages } from '../../api/all-pages';

export type EvidenceDetail = Schemas['EvidenceDetailDto'];

/**
 * The workspace's evidence the API flags as expiring (within EVIDENCE_EXPIRY_WARNING_DAYS,
 * at most 365) or expired, with the requirements each is linked to. Only evidence with
 * an end date inside a year is listed, so this stays a handful of items.
 */
export function useFlaggedEvidence(workspaceId: string, enabled: boolean) {
  const query = useQuery({
    queryKey: ['workspace-flagged-evidence', workspaceId],
    enabled,
    queryFn: async () => {
      const items = await allPages((cursor) =>
        unwrap(api.GET('/v1/workspaces/{workspaceId}/evidence', { params: { path: { workspaceId }, query: { expiringWithinDays: 365, limit: 200, cursor } } })),
      );
      const flagged = items.filter((e) => e.freshness === 'expiring' || e.freshness === 'expired');
      return Promise.all(
        flagged.map((e) => unwrap(api.GET('/v1/workspaces/{workspaceId}/evidence/{evidenceId}', { params: { path: { workspaceId, evidenceId: e.id } } }))),
      );
    },
  });
  const byRequirement = useMemo(() => {
    const map = new Map<string, 'expiring' | 'expired'>();
    for (const e of query.data ?? []) {
      for (const l of e.links) {
        if (map.get(l.requirementId) !== 'expired') map.set(l.requirementId, e.freshness === 'expired' ? 'expired' : 'expiring');
      }
    }
    return map;
  }, [query.data]);
  return { ...query, byRequirement };
}
