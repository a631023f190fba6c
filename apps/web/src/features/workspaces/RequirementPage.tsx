import { PageHeader } from '../../components/PageHeader';

export function RequirementPage() {
  return <PageHeader title="Requirement" />;
}
