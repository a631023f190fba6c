import { PageHeader } from '../../components/PageHeader';

export function WorkspacesPage() {
  return <PageHeader title="Workspaces" />;
}
