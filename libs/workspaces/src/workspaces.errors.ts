import { assertUnreachable, DomainError, ErrorKind, FieldIssue, type ProblemExtensions } from '@attesta/core';

export enum WorkspacesErrorCode {
  WorkspaceNotFound = 'workspaces.workspace_not_found',
  ParticipantNotFound = 'workspaces.participant_not_found',
  InvitationNotFound = 'workspaces.invitation_not_found',
  NotOwner = 'workspaces.not_owner',
  InvalidMarket = 'workspaces.invalid_market',
  UnknownFramework = 'workspaces.unknown_framework',
  UnknownRequirement = 'workspaces.unknown_requirement',
  UnknownComponent = 'workspaces.unknown_component',
  WrongOrganizationKind = 'workspaces.wrong_organization_kind',
  ImpartialityConflict = 'workspaces.impartiality_conflict',
  AlreadyParticipant = 'workspaces.already_participant',
  CannotRemoveOwner = 'workspaces.cannot_remove_owner',
  StaleVersion = 'workspaces.stale_version',
  OrganizationNotFound = 'workspaces.organization_not_found',
  FrameworkNotFound = 'workspaces.framework_not_found',
  RequirementNotFound = 'workspaces.requirement_not_found',
  UnknownParameter = 'workspaces.unknown_parameter',
}

export class WorkspacesError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: WorkspacesErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; extensions?: ProblemExtensions } = {},
  ) {
    super(message, options);
    this.kind = WorkspacesError.kindOf(code);
  }

  private static kindOf(code: WorkspacesErrorCode): ErrorKind {
    switch (code) {
      case WorkspacesErrorCode.WorkspaceNotFound:
      case WorkspacesErrorCode.ParticipantNotFound:
      case WorkspacesErrorCode.InvitationNotFound:
      case WorkspacesErrorCode.FrameworkNotFound:
      case WorkspacesErrorCode.RequirementNotFound:
        return 'not_found';
      case WorkspacesErrorCode.NotOwner:
        return 'forbidden';
      case WorkspacesErrorCode.InvalidMarket:
      case WorkspacesErrorCode.UnknownFramework:
      case WorkspacesErrorCode.UnknownRequirement:
      case WorkspacesErrorCode.UnknownComponent:
      case WorkspacesErrorCode.OrganizationNotFound:
        return 'invalid';
      case WorkspacesErrorCode.WrongOrganizationKind:
      case WorkspacesErrorCode.UnknownParameter:
        return 'unprocessable';
      case WorkspacesErrorCode.ImpartialityConflict:
      case WorkspacesErrorCode.AlreadyParticipant:
      case WorkspacesErrorCode.CannotRemoveOwner:
        return 'conflict';
      case WorkspacesErrorCode.StaleVersion:
        return 'precondition_failed';
      default:
        return assertUnreachable(code);
    }
  }
}
