export { ApiKeysService, type CreatedApiKey } from './api-keys.service.js';
export { AuthCache, type AuthInvalidation } from './auth-cache.js';
export { type AccessTokenClaims, AuthService, orgStream, type Session } from './auth.service.js';
export { IdentityError, IdentityErrorCode } from './identity.errors.js';
export { IdentityModule } from './identity.module.js';
export { type CreatedInvitation, INVITATION_CREATED_EVENT, InvitationsService } from './invitations.service.js';
export { MembersService } from './members.service.js';
export { type AccreditationInput, type MyOrganization, type OrganizationProfile, OrganizationsService, type SignupInput } from './organizations.service.js';
export { PASSWORD_POLICY } from './password-policy.js';
export { jwtKey } from './secrets.js';
export { type UserPreferences, UserPreferencesService } from './user-preferences.service.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { identityEntities } from './entities.js';
export type { ApiKeyEntity as ApiKey } from './entities/api-key.entity.js';
export type { InvitationEntity as Invitation } from './entities/invitation.entity.js';
export type { MembershipEntity as Membership } from './entities/membership.entity.js';
export type { OrganizationEntity as Organization } from './entities/organization.entity.js';
export { invitationStillOpen, mailRecipientLocale, organizationSummary, type OrganizationSummary } from './identity.read-model.js';
