import { PageHeader } from '../../components/PageHeader';

export function MembersPage() {
  return <PageHeader title="Members" />;
}
