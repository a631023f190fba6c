import { assertUnreachable, DomainError, ErrorKind, FieldIssue } from '@attesta/core';

export enum CatalogErrorCode {
  FrameworkNotFound = 'catalog.framework_not_found',
  RequirementNotFound = 'catalog.requirement_not_found',
  MappingNotFound = 'catalog.mapping_not_found',
  FrameworkExists = 'catalog.framework_exists',
  MappingExists = 'catalog.mapping_exists',
  InvalidRequirementTree = 'catalog.invalid_requirement_tree',
  InvalidMapping = 'catalog.invalid_mapping',
  UnresolvedMappings = 'catalog.unresolved_mappings',
  InvalidTranslations = 'catalog.invalid_translations',
  FrameworkNotOwn = 'catalog.framework_not_own',
}

/**
 * The catalog's own refusals. Refusals of an uploaded document's format come from the
 * format layer as `OscalImportError` / `MappingImportError` (their own kinds: 400, 413,
 * 422) and pass through the service unchanged.
 */
export class CatalogError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: CatalogErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; cause?: unknown } = {},
  ) {
    super(message, options);
    this.kind = CatalogError.kindOf(code);
  }

  private static kindOf(code: CatalogErrorCode): ErrorKind {
    switch (code) {
      case CatalogErrorCode.FrameworkNotFound:
      case CatalogErrorCode.RequirementNotFound:
      case CatalogErrorCode.MappingNotFound:
        return 'not_found';
      case CatalogErrorCode.FrameworkExists:
      case CatalogErrorCode.MappingExists:
        return 'conflict';
      case CatalogErrorCode.InvalidRequirementTree:
      case CatalogErrorCode.InvalidMapping:
        return 'invalid';
      case CatalogErrorCode.UnresolvedMappings:
      case CatalogErrorCode.InvalidTranslations:
        return 'unprocessable';
      case CatalogErrorCode.FrameworkNotOwn:
        return 'forbidden';
      default:
        return assertUnreachable(code);
    }
  }
}
