import { PageHeader } from '../../components/PageHeader';

export function ReviewQueuePage() {
  return <PageHeader title="Review queue" />;
}
