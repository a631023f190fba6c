import { assertUnreachable, DomainError, ErrorKind, FieldIssue, type ProblemExtensions } from '@attesta/core';

export enum EvidenceErrorCode {
  EvidenceNotFound = 'evidence.not_found',
  VersionNotFound = 'evidence.version_not_found',
  LinkNotFound = 'evidence.link_not_found',
  ComponentOutOfScope = 'evidence.component_out_of_scope',
  UnknownComponent = 'evidence.unknown_component',
  UnknownRequirement = 'evidence.unknown_requirement',
  AlreadyLinked = 'evidence.already_linked',
  StaleVersion = 'evidence.stale_version',
  NoFile = 'evidence.no_file',
  TooLarge = 'evidence.too_large',
  MediaTypeNotAllowed = 'evidence.media_type_not_allowed',
  MediaTypeMismatch = 'evidence.media_type_mismatch',
  ChecksumMismatch = 'evidence.checksum_mismatch',
  InvalidChecksum = 'evidence.invalid_checksum',
  InvalidDates = 'evidence.invalid_dates',
  RangeNotSatisfiable = 'evidence.range_not_satisfiable',
}

export class EvidenceError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: EvidenceErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; extensions?: ProblemExtensions; cause?: unknown } = {},
  ) {
    super(message, options);
    this.kind = EvidenceError.kindOf(code);
  }

  private static kindOf(code: EvidenceErrorCode): ErrorKind {
    switch (code) {
      case EvidenceErrorCode.EvidenceNotFound:
      case EvidenceErrorCode.VersionNotFound:
      case EvidenceErrorCode.LinkNotFound:
        return 'not_found';
      case EvidenceErrorCode.ComponentOutOfScope:
        return 'forbidden';
      case EvidenceErrorCode.UnknownComponent:
      case EvidenceErrorCode.UnknownRequirement:
      case EvidenceErrorCode.NoFile:
      case EvidenceErrorCode.InvalidChecksum:
      case EvidenceErrorCode.InvalidDates:
        return 'invalid';
      case EvidenceErrorCode.AlreadyLinked:
        return 'conflict';
      case EvidenceErrorCode.StaleVersion:
        return 'precondition_failed';
      case EvidenceErrorCode.TooLarge:
        return 'payload_too_large';
      case EvidenceErrorCode.MediaTypeNotAllowed:
        return 'unsupported_media_type';
      case EvidenceErrorCode.MediaTypeMismatch:
      case EvidenceErrorCode.ChecksumMismatch:
        return 'unprocessable';
      case EvidenceErrorCode.RangeNotSatisfiable:
        return 'range_not_satisfiable';
      default:
        return assertUnreachable(code);
    }
  }
}
