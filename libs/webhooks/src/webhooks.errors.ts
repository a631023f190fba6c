import { assertUnreachable, DomainError, ErrorKind, FieldIssue } from '@attesta/core';

export enum WebhooksErrorCode {
  EndpointNotFound = 'webhooks.endpoint_not_found',
  DeliveryNotFound = 'webhooks.delivery_not_found',
  InvalidUrl = 'webhooks.invalid_url',
  ForbiddenTarget = 'webhooks.forbidden_target',
  UnresolvableHost = 'webhooks.unresolvable_host',
  UnknownEventType = 'webhooks.unknown_event_type',
  EndpointDisabled = 'webhooks.endpoint_disabled',
  VersionMismatch = 'webhooks.version_mismatch',
}

export class WebhooksError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: WebhooksErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[] } = {},
  ) {
    super(message, options);
    this.kind = WebhooksError.kindOf(code);
  }

  private static kindOf(code: WebhooksErrorCode): ErrorKind {
    switch (code) {
      case WebhooksErrorCode.EndpointNotFound:
      case WebhooksErrorCode.DeliveryNotFound:
        return 'not_found';
      case WebhooksErrorCode.InvalidUrl:
      case WebhooksErrorCode.UnknownEventType:
        return 'invalid';
      case WebhooksErrorCode.ForbiddenTarget:
      case WebhooksErrorCode.UnresolvableHost:
        return 'unprocessable';
      case WebhooksErrorCode.EndpointDisabled:
        return 'conflict';
      case WebhooksErrorCode.VersionMismatch:
        return 'precondition_failed';
      default:
        return assertUnreachable(code);
    }
  }
}
