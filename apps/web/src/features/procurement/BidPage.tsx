import { PageHeader } from '../../components/PageHeader';

export function BidPage() {
  return <PageHeader title="Bid" />;
}
