import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSession } from '../auth/session';
import { allPages } from './all-pages';
import { api, unwrap, type Schemas } from './client';

export type OrganizationProfile = Schemas['OrganizationProfileDto'];

/**
 * Names for organization ids. The API hands out ids only (participants, providers, comment
 * authors, bidders, issuers); the public directory is the one place that names them. One
 * cached read serves every screen.
 */
export function useOrganizationNames() {
  const { me } = useSession();
  const directory = useQuery({
    queryKey: ['organization-directory', 'all'],
    queryFn: () => allPages((cursor) => unwrap(api.GET('/v1/organizations/directory', { params: { query: { limit: 200, cursor } } }))),
    staleTime: 5 * 60_000,
  });
  const byId = useMemo(() => {
    const map = new Map<string, { name: string; kind: string }>();
    for (const o of directory.data ?? []) map.set(o.id, { name: o.name, kind: o.kind });
    for (const m of me?.organizations ?? []) map.set(m.organization.id, { name: m.organization.name, kind: m.organization.kind });
    return map;
  }, [directory.data, me]);
  const nameOf = useCallback((id: string | null | undefined) => (id ? (byId.get(id)?.name ?? `Organization ${id.slice(0, 8)}`) : '—'), [byId]);
  const kindOf = useCallback((id: string | null | undefined) => (id ? byId.get(id)?.kind : undefined), [byId]);
  return { nameOf, kindOf, directory: directory.data ?? [], isPending: directory.isPending, error: directory.error };
}
