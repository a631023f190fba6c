import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Loading } from './components/Loading';
import { lazyScreen } from './i18n';
import { NotFoundPage } from './layout/NotFoundPage';
import { PublicFrame } from './layout/PublicFrame';
import { Shell } from './layout/Shell';

// Each screen is its own chunk, loaded when first opened with its messages (namespaces beyond the
// frame's `common`): the first route carries only what it draws.
const SignInPage = lazyScreen(['auth'], () => import('./features/auth/SignInPage').then((m) => m.SignInPage));
const ConfirmSignupPage = lazyScreen(['auth'], () => import('./features/auth/ConfirmSignupPage').then((m) => m.ConfirmSignupPage));
const HomePage = lazyScreen(['home'], () => import('./features/home/HomePage').then((m) => m.HomePage));
const ActionItemsPage = lazyScreen(['home'], () => import('./features/home/ActionItemsPage').then((m) => m.ActionItemsPage));
const AttestationPage = lazyScreen(['attestations'], () => import('./features/attestations/AttestationPage').then((m) => m.AttestationPage));
const AttestationsPage = lazyScreen(['attestations'], () => import('./features/attestations/AttestationsPage').then((m) => m.AttestationsPage));
const AccreditationPage = lazyScreen(['accreditation'], () => import('./features/accreditation/AccreditationPage').then((m) => m.AccreditationPage));
const BodyAccreditationsPage = lazyScreen(['accreditation'], () =>
  import('./features/accreditation/BodyAccreditationsPage').then((m) => m.BodyAccreditationsPage),
);
const AcceptInvitationPage = lazyScreen(['admin'], () => import('./features/admin/AcceptInvitationPage').then((m) => m.AcceptInvitationPage));
const ApiKeysPage = lazyScreen(['admin'], () => import('./features/admin/ApiKeysPage').then((m) => m.ApiKeysPage));
const MembersPage = lazyScreen(['admin'], () => import('./features/admin/MembersPage').then((m) => m.MembersPage));
const WebhookEndpointPage = lazyScreen(['admin'], () => import('./features/admin/WebhookEndpointPage').then((m) => m.WebhookEndpointPage));
const WebhooksPage = lazyScreen(['admin'], () => import('./features/admin/WebhooksPage').then((m) => m.WebhooksPage));
const WorkspaceAuditPage = lazyScreen(['audit'], () => import('./features/audit/WorkspaceAuditPage').then((m) => m.WorkspaceAuditPage));
const EvidenceListPage = lazyScreen(['evidence'], () => import('./features/evidence/EvidenceListPage').then((m) => m.EvidenceListPage));
const EvidencePage = lazyScreen(['evidence'], () => import('./features/evidence/EvidencePage').then((m) => m.EvidencePage));
const OfferingPage = lazyScreen(['accreditation', 'offerings', 'serviceLevels', 'workspaces'], () =>
  import('./features/offerings/OfferingPage').then((m) => m.OfferingPage),
);
const OfferingsPage = lazyScreen(['offerings', 'workspaces'], () => import('./features/offerings/OfferingsPage').then((m) => m.OfferingsPage));
const BidPage = lazyScreen(['procurement', 'serviceLevels'], () => import('./features/procurement/BidPage').then((m) => m.BidPage));
const TenderPage = lazyScreen(['procurement', 'serviceLevels'], () => import('./features/procurement/TenderPage').then((m) => m.TenderPage));
const TendersPage = lazyScreen(['procurement', 'serviceLevels'], () => import('./features/procurement/TendersPage').then((m) => m.TendersPage));
const ReviewQueuePage = lazyScreen(['reviews'], () => import('./features/reviews/ReviewQueuePage').then((m) => m.ReviewQueuePage));
const SubmissionReviewPage = lazyScreen(['reviews'], () => import('./features/reviews/SubmissionReviewPage').then((m) => m.SubmissionReviewPage));
const SubmissionsPage = lazyScreen(['reviews'], () => import('./features/reviews/SubmissionsPage').then((m) => m.SubmissionsPage));
const ParticipantsPage = lazyScreen(['accreditation', 'participants', 'workspaces'], () =>
  import('./features/participants/ParticipantsPage').then((m) => m.ParticipantsPage),
);
const RequirementPage = lazyScreen(['evidence', 'requirements', 'workspaces'], () =>
  import('./features/requirements/RequirementPage').then((m) => m.RequirementPage),
);
const WorkspaceLayout = lazyScreen(['workspaces'], () => import('./features/workspaces/WorkspaceLayout').then((m) => m.WorkspaceLayout));
const WorkspaceOverview = lazyScreen(['workspaces'], () => import('./features/workspaces/WorkspaceOverview').then((m) => m.WorkspaceOverview));
const WorkspacesPage = lazyScreen(['workspaces'], () => import('./features/workspaces/WorkspacesPage').then((m) => m.WorkspacesPage));
const ExpiringPage = lazyScreen(['personnel'], () => import('./features/personnel/ExpiringPage').then((m) => m.ExpiringPage));
const PersonnelPage = lazyScreen(['personnel'], () => import('./features/personnel/PersonnelPage').then((m) => m.PersonnelPage));
const PersonPage = lazyScreen(['personnel'], () => import('./features/personnel/PersonPage').then((m) => m.PersonPage));

/**
 * Every screen of the portal. Pages under <Shell> need a session; the rest are public. The
 * verification and trust pages (/verify, /trust) are light pages of their own (verify.html,
 * trust.html, src/light): links to them are plain links, full page loads.
 */
export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route element={<PublicFrame />}>
          <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
          <Route path="/confirm-signup" element={<ConfirmSignupPage />} />
        </Route>
        <Route element={<Shell />}>
          <Route index element={<HomePage />} />
          <Route path="/offerings" element={<OfferingsPage />} />
          <Route path="/offerings/:offeringId" element={<OfferingPage />} />
          <Route path="/action-items" element={<ActionItemsPage />} />
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
