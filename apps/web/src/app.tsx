import { Navigate, Route, Routes } from 'react-router';
import { SignInPage } from './features/auth/SignInPage';
import { ConfirmSignupPage } from './features/auth/ConfirmSignupPage';
import { HomePage } from './features/home/HomePage';
import { AttestationPage } from './features/attestations/AttestationPage';
import { AttestationsPage } from './features/attestations/AttestationsPage';
import { AccreditationPage } from './features/accreditation/AccreditationPage';
import { BodyAccreditationsPage } from './features/accreditation/BodyAccreditationsPage';
import { AcceptInvitationPage } from './features/admin/AcceptInvitationPage';
import { ApiKeysPage } from './features/admin/ApiKeysPage';
import { MembersPage } from './features/admin/MembersPage';
import { WebhookEndpointPage } from './features/admin/WebhookEndpointPage';
import { WebhooksPage } from './features/admin/WebhooksPage';
import { WorkspaceAuditPage } from './features/audit/WorkspaceAuditPage';
import { EvidenceListPage } from './features/evidence/EvidenceListPage';
import { EvidencePage } from './features/evidence/EvidencePage';
import { OfferingPage } from './features/offerings/OfferingPage';
import { OfferingsPage } from './features/offerings/OfferingsPage';
import { BidPage } from './features/procurement/BidPage';
import { TenderPage } from './features/procurement/TenderPage';
import { TendersPage } from './features/procurement/TendersPage';
import { VerifyPage } from './features/public/VerifyPage';
import { ReviewQueuePage } from './features/reviews/ReviewQueuePage';
import { SubmissionReviewPage } from './features/reviews/SubmissionReviewPage';
import { SubmissionsPage } from './features/reviews/SubmissionsPage';
import { ParticipantsPage } from './features/workspaces/ParticipantsPage';
import { RequirementPage } from './features/workspaces/RequirementPage';
import { WorkspaceLayout } from './features/workspaces/WorkspaceLayout';
import { WorkspaceOverview } from './features/workspaces/WorkspaceOverview';
import { WorkspacesPage } from './features/workspaces/WorkspacesPage';
import { ExpiringPage } from './features/personnel/ExpiringPage';
import { PersonnelPage } from './features/personnel/PersonnelPage';
import { PersonPage } from './features/personnel/PersonPage';
import { NotFoundPage } from './layout/NotFoundPage';
import { PublicFrame } from './layout/PublicFrame';
import { Shell } from './layout/Shell';

/** Every screen of the portal. Pages under <Shell> need a session; the rest are public. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<PublicFrame />}>
        <Route path="/verify" element={<VerifyPage />} />
        <Route path="/verify/:serial" element={<VerifyPage />} />
        <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
        <Route path="/confirm-signup" element={<ConfirmSignupPage />} />
      </Route>
      <Route element={<Shell />}>
        <Route index element={<HomePage />} />
        <Route path="/offerings" element={<OfferingsPage />} />
        <Route path="/offerings/:offeringId" element={<OfferingPage />} />
        <Route path="/workspaces" element={<WorkspacesPage />} />
        <Route path="/workspaces/:workspaceId" element={<WorkspaceLayout />}>
          <Route index element={<WorkspaceOverview />} />
          <Route path="requirements/:requirementId" element={<RequirementPage />} />
          <Route path="evidence" element={<EvidenceListPage />} />
          <Route path="evidence/:evidenceId" element={<EvidencePage />} />
          <Route path="submissions" element={<SubmissionsPage />} />
          <Route path="submissions/:number" element={<SubmissionReviewPage />} />
          <Route path="attestations" element={<AttestationsPage />} />
          <Route path="attestations/:attestationId" element={<AttestationPage />} />
          <Route path="participants" element={<ParticipantsPage />} />
          <Route path="audit" element={<WorkspaceAuditPage />} />
        </Route>
        <Route path="/reviews" element={<ReviewQueuePage />} />
        <Route path="/personnel" element={<PersonnelPage />} />
        <Route path="/personnel/expiring" element={<ExpiringPage />} />
        <Route path="/personnel/:personId" element={<PersonPage />} />
        <Route path="/tenders" element={<TendersPage />} />
        <Route path="/tenders/:tenderId" element={<TenderPage />} />
        <Route path="/bids/:bidId" element={<BidPage />} />
        <Route path="/settings" element={<Navigate to="/settings/members" replace />} />
        <Route path="/settings/members" element={<MembersPage />} />
        <Route path="/settings/accreditation" element={<AccreditationPage />} />
        <Route path="/accreditations" element={<BodyAccreditationsPage />} />
        <Route path="/settings/api-keys" element={<ApiKeysPage />} />
        <Route path="/settings/webhooks" element={<WebhooksPage />} />
        <Route path="/settings/webhooks/:webhookEndpointId" element={<WebhookEndpointPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
