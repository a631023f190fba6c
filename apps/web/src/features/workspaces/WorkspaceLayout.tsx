import { Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';

const TABS = [
  { value: 'overview', label: 'Overview' },
  { value: 'evidence', label: 'Evidence' },
  { value: 'submissions', label: 'Submissions' },
  { value: 'attestations', label: 'Attestations' },
  { value: 'participants', label: 'Participants' },
  { value: 'audit', label: 'Audit log' },
];

/** A workspace's header and tabs; each tab is a nested route. */
export function WorkspaceLayout() {
  const { workspaceId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const workspace = useQuery({
    queryKey: ['workspace', workspaceId],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}', { params: { path: { workspaceId } } })),
  });
  const base = `/workspaces/${workspaceId}`;
  const rest = location.pathname.slice(base.length).replace(/^\//, '');
  const active = TABS.find((t) => t.value !== 'overview' && rest.startsWith(t.value))?.value ?? 'overview';

  if (workspace.isPending) return <Loading />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  return (
    <>
      <PageHeader title={workspace.data.name} description={`Target markets: ${workspace.data.targetMarkets.join(', ') || '—'}`} />
      <Tabs value={active} onChange={(v) => navigate(v && v !== 'overview' ? `${base}/${v}` : base)} mb="md">
        <Tabs.List>
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
