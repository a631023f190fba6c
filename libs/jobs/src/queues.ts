/** Every queue the platform uses. */
export enum QueueName {
  System = 'system',
  /** Domain events relayed from the outbox. */
  Events = 'events',
  /** Webhook deliveries: one job per pending delivery row (job id = delivery id). */
  Webhooks = 'webhooks',
}

/** Every job, named `<domain>.<verb>`. */
export enum JobName {
  Ping = 'system.ping',
  RelayOutbox = 'outbox.relay',
  DispatchEvent = 'events.dispatch',
  DeliverWebhook = 'webhooks.deliver',
  SweepWebhookDeliveries = 'webhooks.sweep',
  ScanEvidenceFreshness = 'evidence.scan_freshness',
  ScanFindingsDue = 'reviews.scan_findings_due',
  ScanAttestationExpiry = 'attestations.scan_expiry',
  ExpireIdempotencyKeys = 'http.expire_idempotency_keys',
  ScanAccreditationExpiry = 'accreditation.scan_expiry',
  ReconcileBidCompliance = 'procurement.reconcile_bids',
  SweepStorage = 'storage.sweep',
  CheckpointAuditStreams = 'audit.checkpoint',
  ScanCertificationExpiry = 'personnel.scan_expiry',
  PollForeignCredentialStatus = 'foreign_credentials.poll_status',
}

/** A domain event as it travels from the outbox to its consumers. */
export interface DomainEventPayload {
  eventId: string;
  organizationId: string;
  workspaceId: string | null;
  type: string;
  payload: Record<string, unknown>;
  /**
   * When the change happened: the outbox row's `created_at` (ISO 8601), which the relay carries.
   * Absent on jobs queued before it did.
   */
  occurredAt?: string;
}

/**
 * The typed contract of each job. Every payload carries an `eventId` (the BullMQ job
 * id, so a re-enqueue of the same event is a no-op) and the tenant ids it concerns.
 */
export interface JobPayloads {
  [JobName.Ping]: { eventId: string; organizationId?: string; message: string; workMs?: number };
  [JobName.RelayOutbox]: { eventId: string };
  [JobName.DispatchEvent]: DomainEventPayload;
  /** `eventId` is the delivery id: re-enqueuing a pending delivery is a no-op while its job lives. */
  [JobName.DeliverWebhook]: { eventId: string; organizationId: string; deliveryId: string };
  [JobName.SweepWebhookDeliveries]: { eventId: string };
  [JobName.ScanEvidenceFreshness]: { eventId: string };
  [JobName.ScanFindingsDue]: { eventId: string };
  [JobName.ScanAttestationExpiry]: { eventId: string };
  [JobName.ExpireIdempotencyKeys]: { eventId: string };
  [JobName.ScanAccreditationExpiry]: { eventId: string };
  [JobName.ReconcileBidCompliance]: { eventId: string };
  [JobName.SweepStorage]: { eventId: string };
  [JobName.CheckpointAuditStreams]: { eventId: string };
  [JobName.ScanCertificationExpiry]: { eventId: string };
  [JobName.PollForeignCredentialStatus]: { eventId: string };
}

export interface JobResults {
  [JobName.Ping]: { echoed: string; finishedAt: string };
  /** `requeued`: events queued again because their lease ran out before their fan-out ran. */
  [JobName.RelayOutbox]: { relayed: number; requeued: number };
  [JobName.DispatchEvent]: { handled: string[] };
  [JobName.DeliverWebhook]: { outcome: 'delivered' | 'retrying' | 'failed' | 'skipped' | 'circuit_open' };
  [JobName.SweepWebhookDeliveries]: { requeued: number };
  [JobName.ScanEvidenceFreshness]: { expiring: number; expired: number };
  [JobName.ScanFindingsDue]: { dueSoon: number };
  [JobName.ScanAttestationExpiry]: { superseded: number; expiring: number; expired: number; conditionsOverdue: number };
  [JobName.ExpireIdempotencyKeys]: { removed: number };
  [JobName.ScanAccreditationExpiry]: { expired: number };
  [JobName.ReconcileBidCompliance]: { checked: number; changed: number };
  [JobName.SweepStorage]: { orphans: number; temps: number; scanned: number };
  [JobName.CheckpointAuditStreams]: { checkpointed: number };
  [JobName.ScanCertificationExpiry]: { expiring: number; expired: number };
  [JobName.PollForeignCredentialStatus]: { checked: number; changed: number };
}

export type JobPayload<N extends JobName> = JobPayloads[N];
export type JobResult<N extends JobName> = JobResults[N];

/** Which queue carries which job. */
export const QUEUE_OF: { readonly [N in JobName]: QueueName } = {
  [JobName.Ping]: QueueName.System,
  [JobName.RelayOutbox]: QueueName.System,
  [JobName.DispatchEvent]: QueueName.Events,
  [JobName.DeliverWebhook]: QueueName.Webhooks,
  // On the system queue: it must outlive a loss of the webhooks queue's keys.
  [JobName.SweepWebhookDeliveries]: QueueName.System,
  [JobName.ScanEvidenceFreshness]: QueueName.System,
  [JobName.ScanFindingsDue]: QueueName.System,
  [JobName.ScanAttestationExpiry]: QueueName.System,
  [JobName.ExpireIdempotencyKeys]: QueueName.System,
  [JobName.ScanAccreditationExpiry]: QueueName.System,
  // The safety net for lost attestation events: it must not depend on the events queue.
  [JobName.ReconcileBidCompliance]: QueueName.System,
  [JobName.SweepStorage]: QueueName.System,
  [JobName.CheckpointAuditStreams]: QueueName.System,
  [JobName.ScanCertificationExpiry]: QueueName.System,
  [JobName.PollForeignCredentialStatus]: QueueName.System,
};
