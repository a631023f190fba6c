import { PageHeader } from '../../components/PageHeader';

export function TenderPage() {
  return <PageHeader title="Tender" />;
}
