import { assertUnreachable, DomainError, ErrorKind, FieldIssue, type ProblemExtensions } from '@attesta/core';

export enum ServiceLevelsErrorCode {
  OfferingNotFound = 'service_levels.offering_not_found',
  ComponentNotFound = 'service_levels.component_not_found',
  SubmissionNotFound = 'service_levels.submission_not_found',
  ObjectiveNotFound = 'service_levels.objective_not_found',
  BidNotFound = 'service_levels.bid_not_found',
  TenderNotFound = 'service_levels.tender_not_found',
  WrongRole = 'service_levels.wrong_role',
  DuplicateMetric = 'service_levels.duplicate_metric',
  ObjectiveFinal = 'service_levels.objective_final',
  Invalid = 'service_levels.invalid',
}

export class ServiceLevelsError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: ServiceLevelsErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; extensions?: ProblemExtensions } = {},
  ) {
    super(message, options);
    this.kind = ServiceLevelsError.kindOf(code);
  }

  private static kindOf(code: ServiceLevelsErrorCode): ErrorKind {
    switch (code) {
      case ServiceLevelsErrorCode.OfferingNotFound:
      case ServiceLevelsErrorCode.ComponentNotFound:
      case ServiceLevelsErrorCode.SubmissionNotFound:
      case ServiceLevelsErrorCode.ObjectiveNotFound:
      case ServiceLevelsErrorCode.BidNotFound:
      case ServiceLevelsErrorCode.TenderNotFound:
        return 'not_found';
      case ServiceLevelsErrorCode.WrongRole:
        return 'forbidden';
      case ServiceLevelsErrorCode.DuplicateMetric:
      case ServiceLevelsErrorCode.ObjectiveFinal:
        return 'conflict';
      case ServiceLevelsErrorCode.Invalid:
        return 'unprocessable';
      default:
        return assertUnreachable(code);
    }
  }
}

/** A 422 naming every bad field. */
export function invalid(message: string, errors: readonly FieldIssue[]): ServiceLevelsError {
  return new ServiceLevelsError(ServiceLevelsErrorCode.Invalid, message, { errors });
}
