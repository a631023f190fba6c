import { assertUnreachable, DomainError, ErrorKind, FieldIssue, type ProblemExtensions } from '@attesta/core';

export enum ProcurementErrorCode {
  TenderNotFound = 'procurement.tender_not_found',
  BidNotFound = 'procurement.bid_not_found',
  NotAProcurer = 'procurement.not_a_procurer',
  NotASupplier = 'procurement.not_a_supplier',
  DeadlinePassed = 'procurement.deadline_passed',
  BidWithdrawn = 'procurement.bid_withdrawn',
  DuplicateOcid = 'procurement.duplicate_ocid',
  BidExists = 'procurement.bid_exists',
  InvalidTender = 'procurement.invalid_tender',
  UnknownOffering = 'procurement.unknown_offering',
  UnknownAttestation = 'procurement.unknown_attestation',
  InvalidCheck = 'procurement.invalid_check',
}

export class ProcurementError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: ProcurementErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; extensions?: ProblemExtensions } = {},
  ) {
    super(message, options);
    this.kind = ProcurementError.kindOf(code);
  }

  private static kindOf(code: ProcurementErrorCode): ErrorKind {
    switch (code) {
      case ProcurementErrorCode.TenderNotFound:
      case ProcurementErrorCode.BidNotFound:
      case ProcurementErrorCode.UnknownOffering:
      case ProcurementErrorCode.UnknownAttestation:
        return 'not_found';
      case ProcurementErrorCode.NotAProcurer:
      case ProcurementErrorCode.NotASupplier:
        return 'forbidden';
      case ProcurementErrorCode.DeadlinePassed:
      case ProcurementErrorCode.BidWithdrawn:
      case ProcurementErrorCode.DuplicateOcid:
      case ProcurementErrorCode.BidExists:
        return 'conflict';
      case ProcurementErrorCode.InvalidTender:
      case ProcurementErrorCode.InvalidCheck:
        return 'invalid';
      default:
        return assertUnreachable(code);
    }
  }
}
