import { assertUnreachable, DomainError, ErrorKind, FieldIssue, type ProblemExtensions } from '@attesta/core';

export enum AttestationsErrorCode {
  AttestationNotFound = 'attestation.not_found',
  NotIssuer = 'attestation.not_issuer',
  NotAssessor = 'attestation.not_assessor',
  DecisionNotPositive = 'attestation.decision_not_positive',
  DecisionNotFinal = 'attestation.decision_not_final',
  DecisionSuperseded = 'attestation.decision_superseded',
  AlreadyIssued = 'attestation.already_issued',
  EmptyScope = 'attestation.empty_scope',
  InvalidValidity = 'attestation.invalid_validity',
  InvalidTransition = 'attestation.invalid_transition',
  InvalidScopeReduction = 'attestation.invalid_scope_reduction',
  StaleVersion = 'attestation.stale_version',
  StatusListFull = 'attestation.status_list_full',
  IssuerNotFound = 'attestation.issuer_not_found',
  StatusListNotFound = 'attestation.status_list_not_found',
  SubmissionNotFound = 'attestation.submission_not_found',
  SubmissionNotDecided = 'attestation.submission_not_decided',
  NoOpenFindings = 'attestation.no_open_findings',
  ConditionsOverdue = 'attestation.conditions_overdue',
}

export class AttestationsError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: AttestationsErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; extensions?: ProblemExtensions; cause?: unknown } = {},
  ) {
    super(message, options);
    this.kind = AttestationsError.kindOf(code);
  }

  private static kindOf(code: AttestationsErrorCode): ErrorKind {
    switch (code) {
      case AttestationsErrorCode.AttestationNotFound:
      case AttestationsErrorCode.IssuerNotFound:
      case AttestationsErrorCode.StatusListNotFound:
      case AttestationsErrorCode.SubmissionNotFound:
        return 'not_found';
      case AttestationsErrorCode.NotIssuer:
      case AttestationsErrorCode.NotAssessor:
        return 'forbidden';
      case AttestationsErrorCode.InvalidValidity:
      case AttestationsErrorCode.InvalidScopeReduction:
        return 'invalid';
      case AttestationsErrorCode.DecisionNotPositive:
      case AttestationsErrorCode.DecisionNotFinal:
      case AttestationsErrorCode.InvalidTransition:
      case AttestationsErrorCode.EmptyScope:
      case AttestationsErrorCode.ConditionsOverdue:
        return 'unprocessable';
      case AttestationsErrorCode.AlreadyIssued:
      case AttestationsErrorCode.DecisionSuperseded:
      case AttestationsErrorCode.SubmissionNotDecided:
      case AttestationsErrorCode.NoOpenFindings:
      case AttestationsErrorCode.StatusListFull:
        return 'conflict';
      case AttestationsErrorCode.StaleVersion:
        return 'precondition_failed';
      default:
        return assertUnreachable(code);
    }
  }
}
