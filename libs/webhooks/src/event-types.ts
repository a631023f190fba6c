import type { WorkspaceRole } from '@attesta/access';

/**
 * The webhook event catalogue: the one list of types an endpoint may subscribe to.
 * Each maps the outbox event it is delivered from and who hears it: always the
 * organization the event belongs to, and for workspace events also the organizations
 * taking part in the workspace with one of `participants` (accepted participations).
 */
export interface WebhookEventType {
  type: string;
  /** The outbox event type it is raised from. */
  source: string;
  description: string;
  /** Workspace roles whose organizations receive it too (none: the event's organization only). */
  participants: readonly WorkspaceRole[];
}

const EVERY_PARTICIPANT: readonly WorkspaceRole[] = ['owner', 'contributor', 'assessor', 'observer'];

export const WEBHOOK_EVENT_TYPES = [
  {
    type: 'attestation.issued',
    source: 'attestation.issued',
    description: 'An attestation was issued from a positive decision',
    participants: EVERY_PARTICIPANT,
  },
  {
    type: 'attestation.suspended',
    source: 'attestation.suspended',
    description: 'An attestation was suspended (its status bit is set)',
    participants: EVERY_PARTICIPANT,
  },
  { type: 'attestation.reinstated', source: 'attestation.reinstated', description: 'A suspended attestation is active again', participants: EVERY_PARTICIPANT },
  { type: 'attestation.withdrawn', source: 'attestation.withdrawn', description: 'An attestation was withdrawn for good', participants: EVERY_PARTICIPANT },
  { type: 'attestation.expiring', source: 'attestation.expiring', description: 'An attestation expires soon', participants: EVERY_PARTICIPANT },
  { type: 'attestation.expired', source: 'attestation.expired', description: 'An attestation has expired', participants: EVERY_PARTICIPANT },
  {
    type: 'attestation.superseded',
    source: 'attestation.superseded',
    description: 'A newer attestation of the same issuer and offering with an overlapping scope superseded an attestation (its revocation bit is set)',
    participants: EVERY_PARTICIPANT,
  },
  {
    type: 'accreditation.status_changed',
    source: 'accreditation.status_changed',
    description:
      "One of the organization's accreditations was suspended, withdrawn, reinstated or expired (status, previous status, reason); attestations issued under it may be suspended automatically",
    participants: [],
  },
  {
    type: 'bid.compliance_changed',
    source: 'bid.compliance_changed',
    description:
      "A bid's overall compliance changed (from, to, the blocking reason codes, and what triggered the re-check: an attestation, accreditation or foreign-credential event, or the periodic reconciliation)",
    participants: [],
  },
  {
    type: 'foreign_credential.status_changed',
    source: 'foreign_credential.status_changed',
    description:
      'One of the organization’s imported foreign credentials started or stopped counting at a re-check (from, to, the reason code): its open bids are re-evaluated',
    participants: [],
  },
  { type: 'submission.created', source: 'submission.created', description: 'A submission was handed to the assessors', participants: ['owner', 'assessor'] },
  { type: 'decision.taken', source: 'decision.taken', description: 'An assessor took the decision on a submission', participants: EVERY_PARTICIPANT },
  { type: 'finding.due', source: 'finding.due_soon', description: "A finding's due date is near or past", participants: ['owner', 'contributor', 'assessor'] },
  { type: 'evidence.expiring', source: 'evidence.expiring', description: 'Evidence expires soon (training records, certificates)', participants: [] },
  { type: 'evidence.expired', source: 'evidence.expired', description: 'Evidence has expired', participants: [] },
  {
    type: 'personnel.certification_expiring',
    source: 'personnel.certification_expiring',
    description: 'A technician’s certification ends within 90, 60 or 30 days (certification id, scheme, level, validUntil, daysLeft)',
    participants: [],
  },
  {
    type: 'personnel.certification_expired',
    source: 'personnel.certification_expired',
    description: 'A technician’s certification has expired and no longer counts for competence rules',
    participants: [],
  },
  {
    type: 'evidence.integrity_failed',
    source: 'evidence.integrity_failed',
    description: 'A stored evidence file no longer matches its SHA-256',
    participants: [],
  },
  {
    type: 'webhook.endpoint_disabled',
    source: 'webhook.endpoint_disabled',
    description: "One of the organization's webhook endpoints was disabled after failing persistently",
    participants: [],
  },
] as const satisfies readonly WebhookEventType[];

export type WebhookEventTypeName = (typeof WEBHOOK_EVENT_TYPES)[number]['type'];

export const WEBHOOK_EVENT_TYPE_NAMES: readonly WebhookEventTypeName[] = WEBHOOK_EVENT_TYPES.map((e) => e.type);

export function isWebhookEventType(s: string): s is WebhookEventTypeName {
  return (WEBHOOK_EVENT_TYPE_NAMES as readonly string[]).includes(s);
}

const BY_SOURCE = new Map<string, WebhookEventType>(WEBHOOK_EVENT_TYPES.map((e) => [e.source, e]));

/** The webhook event an outbox event is delivered as, if any. */
export function webhookEventForOutboxType(outboxType: string): WebhookEventType | undefined {
  return BY_SOURCE.get(outboxType);
}

/** Outbox event the webhooks lib raises itself. */
export const WEBHOOK_EVENTS = { endpointDisabled: 'webhook.endpoint_disabled' } as const;

/** The message `POST …/endpoints/{id}/test` sends; not subscribable, delivered on request only. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';
