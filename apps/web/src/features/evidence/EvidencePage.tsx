import { PageHeader } from '../../components/PageHeader';

export function EvidencePage() {
  return <PageHeader title="Evidence" />;
}
