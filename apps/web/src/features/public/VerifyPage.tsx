import { PageHeader } from '../../components/PageHeader';

export function VerifyPage() {
  return <PageHeader title="Verify an attestation" />;
}
