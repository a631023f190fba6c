import { PageHeader } from '../../components/PageHeader';

export function SubmissionReviewPage() {
  return <PageHeader title="Submission" />;
}
