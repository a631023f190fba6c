import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatList, formatMarket } from '../../components/format';
import { messageId, useT } from '../../i18n';
import classes from './WorkspaceLayout.module.css';

const TABS = [
  { value: 'overview', label: messageId('workspaces.tabs.overview') },
  { value: 'evidence', label: messageId('workspaces.tabs.evidence') },
  { value: 'submissions', label: messageId('workspaces.tabs.submissions') },
  { value: 'attestations', label: messageId('workspaces.tabs.attestations') },
  { value: 'participants', label: messageId('workspaces.tabs.participants') },
  { value: 'audit', label: messageId('workspaces.tabs.audit') },
];

/** A workspace's header and its sections (links, the current one marked); each section is a nested route. */
export function WorkspaceLayout() {
  const { workspaceId = '' } = useParams();
  const t = useT();
  const location = useLocation();
  const workspace = useQuery({
    queryKey: ['workspace', workspaceId],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}', { params: { path: { workspaceId } } })),
  });
  const base = `/workspaces/${workspaceId}`;
  const rest = location.pathname.slice(base.length).replace(/^\//, '');
  const active = TABS.find((tab) => tab.value !== 'overview' && rest.startsWith(tab.value))?.value ?? 'overview';

  if (workspace.isPending) return <Loading />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  return (
    <>
      <PageHeader
        title={workspace.data.name}
        description={t('workspaces.layout.targetMarkets', {
          markets: workspace.data.targetMarkets.length ? formatList(workspace.data.targetMarkets.map(formatMarket)) : '—',
        })}
      />
      <nav aria-label={t('workspaces.layout.sections')}>
        <ul className={classes.sections}>
          {TABS.map((tab) => (
            <li key={tab.value}>
              <Link
                className={classes.link}
                to={tab.value === 'overview' ? base : `${base}/${tab.value}`}
                aria-current={tab.value === active ? 'page' : undefined}
              >
                {t(tab.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
