import { PageHeader } from '../../components/PageHeader';

export function WorkspaceAuditPage() {
  return <PageHeader title="Audit log" />;
}
