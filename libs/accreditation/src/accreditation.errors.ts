import { assertUnreachable, DomainError, ErrorKind, FieldIssue, type ProblemExtensions } from '@attesta/core';

export enum AccreditationErrorCode {
  /** Operator routes without the operator credential. */
  OperatorRequired = 'accreditation.operator_required',
  BodyNotFound = 'accreditation.body_not_found',
  /** The body named is not on the trust list (or was delisted). */
  BodyNotListed = 'accreditation.body_not_listed',
  BodyCodeTaken = 'accreditation.body_code_taken',
  BodyAlreadyLinked = 'accreditation.body_already_linked',
  InvalidBody = 'accreditation.invalid_body',
  AccreditationNotFound = 'accreditation.not_found',
  DuplicateAccreditation = 'accreditation.duplicate',
  InvalidAccreditation = 'accreditation.invalid',
  NotAssessor = 'accreditation.not_assessor',
  NotAccreditationBody = 'accreditation.not_accreditation_body',
  /** An accreditation-body organization the operator has not linked to a trust-list entry. */
  BodyNotLinked = 'accreditation.body_not_linked',
  InvalidTransition = 'accreditation.invalid_transition',
  /** A presented credential that does not verify against the trust list. */
  CredentialRejected = 'accreditation.credential_rejected',
  EvidenceRequired = 'accreditation.evidence_required',
  OrganizationNotFound = 'accreditation.organization_not_found',
  /** Issuing as accredited without a verified, active accreditation covering the attestation's scope. */
  NotAccredited = 'accreditation.not_accredited',
}

export class AccreditationError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: AccreditationErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; extensions?: ProblemExtensions; cause?: unknown } = {},
  ) {
    super(message, options);
    this.kind = AccreditationError.kindOf(code);
  }

  private static kindOf(code: AccreditationErrorCode): ErrorKind {
    switch (code) {
      case AccreditationErrorCode.OperatorRequired:
      case AccreditationErrorCode.NotAssessor:
      case AccreditationErrorCode.NotAccreditationBody:
      case AccreditationErrorCode.BodyNotLinked:
        return 'forbidden';
      case AccreditationErrorCode.BodyNotFound:
      case AccreditationErrorCode.AccreditationNotFound:
      case AccreditationErrorCode.OrganizationNotFound:
        return 'not_found';
      case AccreditationErrorCode.InvalidBody:
      case AccreditationErrorCode.InvalidAccreditation:
        return 'invalid';
      case AccreditationErrorCode.BodyNotListed:
      case AccreditationErrorCode.CredentialRejected:
      case AccreditationErrorCode.EvidenceRequired:
      case AccreditationErrorCode.NotAccredited:
        return 'unprocessable';
      case AccreditationErrorCode.BodyCodeTaken:
      case AccreditationErrorCode.BodyAlreadyLinked:
      case AccreditationErrorCode.DuplicateAccreditation:
      case AccreditationErrorCode.InvalidTransition:
        return 'conflict';
      default:
        return assertUnreachable(code);
    }
  }
}
