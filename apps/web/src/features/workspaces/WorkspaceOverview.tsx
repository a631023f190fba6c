import { PageHeader } from '../../components/PageHeader';

export function WorkspaceOverview() {
  return <PageHeader title="Overview" />;
}
