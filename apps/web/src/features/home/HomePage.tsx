import { Navigate } from 'react-router';
import { useSession } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { useT } from '../../i18n';

/** The start page depends on what the organization does in Attesta. */
export function HomePage() {
  const t = useT();
  const { me, session } = useSession();
  if (!me || !session) return <Loading label={t('home.loading')} />;
  const kind = me.organizations.find((o) => o.organization.id === session.organizationId)?.organization.kind;
  if (kind === 'assessor') return <Navigate to="/reviews" replace />;
  if (kind === 'procurer') return <Navigate to="/tenders" replace />;
  return <Navigate to="/workspaces" replace />;
}
