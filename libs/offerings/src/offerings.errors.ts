import { assertUnreachable, DomainError, ErrorKind, FieldIssue, type ProblemExtensions } from '@attesta/core';

export enum OfferingsErrorCode {
  OfferingNotFound = 'offerings.offering_not_found',
  ComponentNotFound = 'offerings.component_not_found',
  NotAManufacturer = 'offerings.not_a_manufacturer',
  ProviderNotFound = 'offerings.provider_not_found',
  InvalidComponent = 'offerings.invalid_component',
  StaleVersion = 'offerings.stale_version',
  VersionRequired = 'offerings.version_required',
}

export class OfferingsError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: OfferingsErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; extensions?: ProblemExtensions } = {},
  ) {
    super(message, options);
    this.kind = OfferingsError.kindOf(code);
  }

  private static kindOf(code: OfferingsErrorCode): ErrorKind {
    switch (code) {
      case OfferingsErrorCode.OfferingNotFound:
      case OfferingsErrorCode.ComponentNotFound:
        return 'not_found';
      case OfferingsErrorCode.NotAManufacturer:
        return 'forbidden';
      case OfferingsErrorCode.ProviderNotFound:
      case OfferingsErrorCode.InvalidComponent:
        return 'invalid';
      case OfferingsErrorCode.StaleVersion:
        return 'precondition_failed';
      case OfferingsErrorCode.VersionRequired:
        return 'precondition_required';
      default:
        return assertUnreachable(code);
    }
  }
}
