import { assertUnreachable, DomainError, ErrorKind, FieldIssue } from '@attesta/core';

export enum RecognitionErrorCode {
  CollectionNotFound = 'recognition.mapping_collection_not_found',
  RuleNotFound = 'recognition.rule_not_found',
  FrameworkNotFound = 'recognition.framework_not_found',
  WorkspaceNotFound = 'recognition.workspace_not_found',
  InvalidDocument = 'recognition.invalid_mapping_collection',
  UnresolvedReferences = 'recognition.unresolved_references',
  CollectionExists = 'recognition.mapping_collection_exists',
  NotOwner = 'recognition.not_owner',
  InvalidRule = 'recognition.invalid_rule',
  AlreadyInState = 'recognition.approval_unchanged',
}

/** Refusals of the recognition lib: documents, rules, approvals, pathways. */
export class RecognitionError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: RecognitionErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; cause?: unknown } = {},
  ) {
    super(message, { ...options, errors: options.errors?.slice(0, 50) });
    this.kind = RecognitionError.kindOf(code);
  }

  private static kindOf(code: RecognitionErrorCode): ErrorKind {
    switch (code) {
      case RecognitionErrorCode.CollectionNotFound:
      case RecognitionErrorCode.RuleNotFound:
      case RecognitionErrorCode.FrameworkNotFound:
      case RecognitionErrorCode.WorkspaceNotFound:
        return 'not_found';
      case RecognitionErrorCode.InvalidDocument:
      case RecognitionErrorCode.UnresolvedReferences:
      case RecognitionErrorCode.InvalidRule:
        return 'unprocessable';
      case RecognitionErrorCode.CollectionExists:
      case RecognitionErrorCode.AlreadyInState:
        return 'conflict';
      case RecognitionErrorCode.NotOwner:
        return 'forbidden';
      default:
        return assertUnreachable(code);
    }
  }
}
