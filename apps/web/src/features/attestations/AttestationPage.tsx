import { PageHeader } from '../../components/PageHeader';

export function AttestationPage() {
  return <PageHeader title="Attestation" />;
}
