import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Loading } from './components/Loading';
import { NotFoundPage } from './layout/NotFoundPage';
import { PublicFrame } from './layout/PublicFrame';
import { Shell } from './layout/Shell';

// Each screen is its own chunk, loaded when first opened: the first route carries only what it draws.
const SignInPage = lazy(() => import('./features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const ConfirmSignupPage = lazy(() => import('./features/auth/ConfirmSignupPage').then((m) => ({ default: m.ConfirmSignupPage })));
const HomePage = lazy(() => import('./features/home/HomePage').then((m) => ({ default: m.HomePage })));
const AttestationPage = lazy(() => import('./features/attestations/AttestationPage').then((m) => ({ default: m.AttestationPage })));
const AttestationsPage = lazy(() => import('./features/attestations/AttestationsPage').then((m) => ({ default: m.AttestationsPage })));
const AccreditationPage = lazy(() => import('./features/accreditation/AccreditationPage').then((m) => ({ default: m.AccreditationPage })));
const BodyAccreditationsPage = lazy(() => import('./features/accreditation/BodyAccreditationsPage').then((m) => ({ default: m.BodyAccreditationsPage })));
const AcceptInvitationPage = lazy(() => import('./features/admin/AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage })));
const ApiKeysPage = lazy(() => import('./features/admin/ApiKeysPage').then((m) => ({ default: m.ApiKeysPage })));
const MembersPage = lazy(() => import('./features/admin/MembersPage').then((m) => ({ default: m.MembersPage })));
const WebhookEndpointPage = lazy(() => import('./features/admin/WebhookEndpointPage').then((m) => ({ default: m.WebhookEndpointPage })));
const WebhooksPage = lazy(() => import('./features/admin/WebhooksPage').then((m) => ({ default: m.WebhooksPage })));
const WorkspaceAuditPage = lazy(() => import('./features/audit/WorkspaceAuditPage').then((m) => ({ default: m.WorkspaceAuditPage })));
const EvidenceListPage = lazy(() => import('./features/evidence/EvidenceListPage').then((m) => ({ default: m.EvidenceListPage })));
const EvidencePage = lazy(() => import('./features/evidence/EvidencePage').then((m) => ({ default: m.EvidencePage })));
const OfferingPage = lazy(() => import('./features/offerings/OfferingPage').then((m) => ({ default: m.OfferingPage })));
const OfferingsPage = lazy(() => import('./features/offerings/OfferingsPage').then((m) => ({ default: m.OfferingsPage })));
const BidPage = lazy(() => import('./features/procurement/BidPage').then((m) => ({ default: m.BidPage })));
const TenderPage = lazy(() => import('./features/procurement/TenderPage').then((m) => ({ default: m.TenderPage })));
const TendersPage = lazy(() => import('./features/procurement/TendersPage').then((m) => ({ default: m.TendersPage })));
const VerifyPage = lazy(() => import('./features/public/VerifyPage').then((m) => ({ default: m.VerifyPage })));
const ReviewQueuePage = lazy(() => import('./features/reviews/ReviewQueuePage').then((m) => ({ default: m.ReviewQueuePage })));
const SubmissionReviewPage = lazy(() => import('./features/reviews/SubmissionReviewPage').then((m) => ({ default: m.SubmissionReviewPage })));
const SubmissionsPage = lazy(() => import('./features/reviews/SubmissionsPage').then((m) => ({ default: m.SubmissionsPage })));
const TrustPage = lazy(() => import('./features/trust/TrustPage').then((m) => ({ default: m.TrustPage })));
const ParticipantsPage = lazy(() => import('./features/workspaces/ParticipantsPage').then((m) => ({ default: m.ParticipantsPage })));
const RequirementPage = lazy(() => import('./features/workspaces/RequirementPage').then((m) => ({ default: m.RequirementPage })));
const WorkspaceLayout = lazy(() => import('./features/workspaces/WorkspaceLayout').then((m) => ({ default: m.WorkspaceLayout })));
const WorkspaceOverview = lazy(() => import('./features/workspaces/WorkspaceOverview').then((m) => ({ default: m.WorkspaceOverview })));
const WorkspacesPage = lazy(() => import('./features/workspaces/WorkspacesPage').then((m) => ({ default: m.WorkspacesPage })));
const ExpiringPage = lazy(() => import('./features/personnel/ExpiringPage').then((m) => ({ default: m.ExpiringPage })));
const PersonnelPage = lazy(() => import('./features/personnel/PersonnelPage').then((m) => ({ default: m.PersonnelPage })));
const PersonPage = lazy(() => import('./features/personnel/PersonPage').then((m) => ({ default: m.PersonPage })));

/** Every screen of the portal. Pages under <Shell> need a session; the rest are public. */
export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route element={<PublicFrame />}>
          <Route path="/verify" element={<VerifyPage />} />
          <Route path="/verify/:serial" element={<VerifyPage />} />
          <Route path="/trust/:organization" element={<TrustPage />} />
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
    </Suspense>
  );
}
