import { PageHeader } from '../../components/PageHeader';

export function OfferingPage() {
  return <PageHeader title="Offering" />;
}
