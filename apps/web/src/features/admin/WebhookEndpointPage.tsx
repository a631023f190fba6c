import { PageHeader } from '../../components/PageHeader';

export function WebhookEndpointPage() {
  return <PageHeader title="Webhook endpoint" />;
}
