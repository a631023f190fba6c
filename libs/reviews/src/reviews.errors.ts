import { assertUnreachable, DomainError, ErrorKind, FieldIssue, type ProblemExtensions } from '@attesta/core';

export enum ReviewsErrorCode {
  SubmissionNotFound = 'reviews.submission_not_found',
  EntryNotFound = 'reviews.entry_not_found',
  VersionNotSubmitted = 'reviews.version_not_submitted',
  FindingNotFound = 'reviews.finding_not_found',
  DecisionNotFound = 'reviews.decision_not_found',
  CommentNotFound = 'reviews.comment_not_found',
  RequirementNotFound = 'reviews.requirement_not_found',
  NothingLinked = 'reviews.nothing_linked',
  UnderReview = 'reviews.under_review',
  InvalidTransition = 'reviews.invalid_transition',
  InvalidFindingTransition = 'reviews.invalid_finding_transition',
  MajorFindingsOpen = 'reviews.major_findings_open',
  AlreadyDecided = 'reviews.already_decided',
  NotPendingConfirmation = 'reviews.not_pending_confirmation',
  DecisionWithdrawn = 'reviews.decision_withdrawn',
  Impartiality = 'reviews.impartiality',
  FourEyes = 'reviews.four_eyes',
  NotYourComponent = 'reviews.not_your_component',
  WrongRole = 'reviews.wrong_role',
  UnknownEvidenceVersion = 'reviews.unknown_evidence_version',
  UnknownRequirement = 'reviews.unknown_requirement',
  UnknownParent = 'reviews.unknown_parent',
  InvalidDates = 'reviews.invalid_dates',
  ConditionsRequired = 'reviews.conditions_required',
  StaleVersion = 'reviews.stale_version',
  PreconditionRequired = 'reviews.precondition_required',
  DecisionNotReady = 'reviews.decision_not_ready',
  InvalidScope = 'reviews.invalid_scope',
  InvalidCondition = 'reviews.invalid_condition',
  InvalidCompatibleRange = 'reviews.invalid_compatible_range',
  VerdictNoteRequired = 'reviews.verdict_note_required',
  PreviewUnavailable = 'reviews.preview_unavailable',
  PreviewLinkInvalid = 'reviews.preview_link_invalid',
}

export class ReviewsError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: ReviewsErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; extensions?: ProblemExtensions } = {},
  ) {
    super(message, options);
    this.kind = ReviewsError.kindOf(code);
  }

  private static kindOf(code: ReviewsErrorCode): ErrorKind {
    switch (code) {
      case ReviewsErrorCode.SubmissionNotFound:
      case ReviewsErrorCode.EntryNotFound:
      case ReviewsErrorCode.VersionNotSubmitted:
      case ReviewsErrorCode.FindingNotFound:
      case ReviewsErrorCode.DecisionNotFound:
      case ReviewsErrorCode.CommentNotFound:
      case ReviewsErrorCode.RequirementNotFound:
      case ReviewsErrorCode.PreviewLinkInvalid:
        return 'not_found';
      case ReviewsErrorCode.NothingLinked:
      case ReviewsErrorCode.UnderReview:
      case ReviewsErrorCode.InvalidTransition:
      case ReviewsErrorCode.InvalidFindingTransition:
      case ReviewsErrorCode.MajorFindingsOpen:
      case ReviewsErrorCode.AlreadyDecided:
      case ReviewsErrorCode.NotPendingConfirmation:
      case ReviewsErrorCode.DecisionWithdrawn:
        return 'conflict';
      case ReviewsErrorCode.Impartiality:
      case ReviewsErrorCode.FourEyes:
      case ReviewsErrorCode.NotYourComponent:
      case ReviewsErrorCode.WrongRole:
        return 'forbidden';
      case ReviewsErrorCode.UnknownEvidenceVersion:
      case ReviewsErrorCode.UnknownRequirement:
      case ReviewsErrorCode.UnknownParent:
      case ReviewsErrorCode.InvalidDates:
      case ReviewsErrorCode.ConditionsRequired:
        return 'invalid';
      case ReviewsErrorCode.DecisionNotReady:
      case ReviewsErrorCode.InvalidScope:
      case ReviewsErrorCode.InvalidCondition:
      case ReviewsErrorCode.InvalidCompatibleRange:
      case ReviewsErrorCode.VerdictNoteRequired:
        return 'unprocessable';
      case ReviewsErrorCode.PreviewUnavailable:
        return 'unsupported_media_type';
      case ReviewsErrorCode.StaleVersion:
        return 'precondition_failed';
      case ReviewsErrorCode.PreconditionRequired:
        return 'precondition_required';
      default:
        return assertUnreachable(code);
    }
  }
}
