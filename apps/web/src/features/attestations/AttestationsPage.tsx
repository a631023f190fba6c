import { PageHeader } from '../../components/PageHeader';

export function AttestationsPage() {
  return <PageHeader title="Attestations" />;
}
