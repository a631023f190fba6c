import { assertUnreachable, DomainError, ErrorKind, FieldIssue, type ProblemExtensions } from '@attesta/core';

export enum PersonnelErrorCode {
  PersonNotFound = 'personnel.person_not_found',
  CertificationNotFound = 'personnel.certification_not_found',
  AssignmentNotFound = 'personnel.assignment_not_found',
  InvalidPerson = 'personnel.invalid_person',
  InvalidCertification = 'personnel.invalid_certification',
  /** A CSV roster with bad rows: nothing was imported; `errors[]` names each row and field. */
  ImportRejected = 'personnel.import_rejected',
  DuplicateInternalId = 'personnel.duplicate_internal_id',
  DuplicateAssignment = 'personnel.duplicate_assignment',
  UnknownComponent = 'personnel.unknown_component',
  UnknownEvidence = 'personnel.unknown_evidence',
  PersonErased = 'personnel.person_erased',
}

export class PersonnelError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: PersonnelErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; extensions?: ProblemExtensions; cause?: unknown } = {},
  ) {
    super(message, options);
    this.kind = PersonnelError.kindOf(code);
  }

  private static kindOf(code: PersonnelErrorCode): ErrorKind {
    switch (code) {
      case PersonnelErrorCode.PersonNotFound:
      case PersonnelErrorCode.CertificationNotFound:
      case PersonnelErrorCode.AssignmentNotFound:
        return 'not_found';
      case PersonnelErrorCode.InvalidPerson:
      case PersonnelErrorCode.InvalidCertification:
      case PersonnelErrorCode.ImportRejected:
      case PersonnelErrorCode.UnknownComponent:
      case PersonnelErrorCode.UnknownEvidence:
        return 'unprocessable';
      case PersonnelErrorCode.DuplicateInternalId:
      case PersonnelErrorCode.DuplicateAssignment:
      case PersonnelErrorCode.PersonErased:
        return 'conflict';
      default:
        return assertUnreachable(code);
    }
  }
}
