import { PageHeader } from '../../components/PageHeader';

export function EvidenceListPage() {
  return <PageHeader title="Evidence" />;
}
