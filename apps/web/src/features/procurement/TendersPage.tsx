import { PageHeader } from '../../components/PageHeader';

export function TendersPage() {
  return <PageHeader title="Tenders" />;
}
