import { assertUnreachable, DomainError, ErrorKind, FieldIssue } from '@attesta/core';

export enum IdentityErrorCode {
  EmailTaken = 'identity.email_taken',
  WeakPassword = 'identity.weak_password',
  InvalidCredentials = 'identity.invalid_credentials',
  TooManyAttempts = 'identity.too_many_attempts',
  InvalidAccessToken = 'identity.invalid_access_token',
  InvalidRefreshToken = 'identity.invalid_refresh_token',
  RefreshTokenReused = 'identity.refresh_token_reused',
  NotAMember = 'identity.not_a_member',
  NoMembership = 'identity.no_membership',
  OrganizationNotFound = 'identity.organization_not_found',
  MemberNotFound = 'identity.member_not_found',
  AlreadyMember = 'identity.already_member',
  LastOwner = 'identity.last_owner',
  OwnerRoleRequired = 'identity.owner_role_required',
  InvitationNotFound = 'identity.invitation_not_found',
  InvitationExpired = 'identity.invitation_expired',
  InvitationUsed = 'identity.invitation_used',
  InvitationDetailsRequired = 'identity.invitation_details_required',
  AccountCreatedConcurrently = 'identity.account_created_concurrently',
  SignupNotFound = 'identity.signup_not_found',
  SignupUsed = 'identity.signup_used',
  SignupExpired = 'identity.signup_expired',
  ApiKeyNotFound = 'identity.api_key_not_found',
  InvalidApiKey = 'identity.invalid_api_key',
  UnknownScope = 'identity.unknown_scope',
  InvalidExpiry = 'identity.invalid_expiry',
  InvalidAccreditation = 'identity.invalid_accreditation',
}

export class IdentityError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: IdentityErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; retryAfterSeconds?: number } = {},
  ) {
    super(message, options);
    this.kind = IdentityError.kindOf(code);
  }

  private static kindOf(code: IdentityErrorCode): ErrorKind {
    switch (code) {
      case IdentityErrorCode.WeakPassword:
      case IdentityErrorCode.UnknownScope:
      case IdentityErrorCode.InvalidExpiry:
      case IdentityErrorCode.InvalidAccreditation:
      case IdentityErrorCode.InvitationDetailsRequired:
        return 'invalid';
      case IdentityErrorCode.InvalidCredentials:
      case IdentityErrorCode.InvalidAccessToken:
      case IdentityErrorCode.InvalidRefreshToken:
      case IdentityErrorCode.RefreshTokenReused:
      case IdentityErrorCode.InvalidApiKey:
        return 'unauthenticated';
      case IdentityErrorCode.TooManyAttempts:
        return 'rate_limited';
      case IdentityErrorCode.NoMembership:
      case IdentityErrorCode.OwnerRoleRequired:
        return 'forbidden';
      case IdentityErrorCode.NotAMember:
      case IdentityErrorCode.OrganizationNotFound:
      case IdentityErrorCode.MemberNotFound:
      case IdentityErrorCode.InvitationNotFound:
      case IdentityErrorCode.ApiKeyNotFound:
      case IdentityErrorCode.SignupNotFound:
        return 'not_found';
      case IdentityErrorCode.EmailTaken:
      case IdentityErrorCode.AlreadyMember:
      case IdentityErrorCode.LastOwner:
      case IdentityErrorCode.AccountCreatedConcurrently:
        return 'conflict';
      case IdentityErrorCode.InvitationExpired:
      case IdentityErrorCode.InvitationUsed:
      case IdentityErrorCode.SignupUsed:
      case IdentityErrorCode.SignupExpired:
        return 'gone';
      default:
        return assertUnreachable(code);
    }
  }
}
