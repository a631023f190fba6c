import { PageHeader } from '../../components/PageHeader';

export function SubmissionsPage() {
  return <PageHeader title="Submissions" />;
}
