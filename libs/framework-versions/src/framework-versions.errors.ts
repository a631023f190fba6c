import { assertUnreachable, DomainError, ErrorKind, FieldIssue, type ProblemExtensions } from '@attesta/core';

export enum FrameworkVersionsErrorCode {
  FrameworkNotFound = 'framework_versions.framework_not_found',
  MappingNotFound = 'framework_versions.mapping_not_found',
  WorkspaceNotFound = 'framework_versions.workspace_not_found',
  InvalidMapping = 'framework_versions.invalid_mapping',
  InvalidMetadata = 'framework_versions.invalid_metadata',
  MappingExists = 'framework_versions.mapping_exists',
  NotOwnFramework = 'framework_versions.not_own_framework',
  NotOnOldVersion = 'framework_versions.not_on_old_version',
  FrameworkCited = 'framework_versions.framework_cited',
  FrameworkRetired = 'framework_versions.framework_retired',
  NotWorkspaceOwner = 'framework_versions.not_workspace_owner',
}

/** Refusals of the framework-versions lib. */
export class FrameworkVersionsError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: FrameworkVersionsErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; extensions?: ProblemExtensions; cause?: unknown } = {},
  ) {
    super(message, { ...options, errors: options.errors?.slice(0, 50) });
    this.kind = FrameworkVersionsError.kindOf(code);
  }

  private static kindOf(code: FrameworkVersionsErrorCode): ErrorKind {
    switch (code) {
      case FrameworkVersionsErrorCode.FrameworkNotFound:
      case FrameworkVersionsErrorCode.MappingNotFound:
      case FrameworkVersionsErrorCode.WorkspaceNotFound:
        return 'not_found';
      case FrameworkVersionsErrorCode.InvalidMapping:
      case FrameworkVersionsErrorCode.InvalidMetadata:
        return 'unprocessable';
      case FrameworkVersionsErrorCode.NotOwnFramework:
      case FrameworkVersionsErrorCode.NotWorkspaceOwner:
        return 'forbidden';
      case FrameworkVersionsErrorCode.MappingExists:
      case FrameworkVersionsErrorCode.NotOnOldVersion:
      case FrameworkVersionsErrorCode.FrameworkCited:
      case FrameworkVersionsErrorCode.FrameworkRetired:
        return 'conflict';
      default:
        return assertUnreachable(code);
    }
  }
}
