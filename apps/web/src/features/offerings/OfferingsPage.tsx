import { PageHeader } from '../../components/PageHeader';

export function OfferingsPage() {
  return <PageHeader title="Offerings" />;
}
