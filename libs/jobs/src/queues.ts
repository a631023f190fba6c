/** Every queue the platform uses. */
export enum QueueName {
  System = 'system',
}

/** Every job, named `<domain>.<verb>`. */
export enum JobName {
  Ping = 'system.ping',
}

/**
 * The typed contract of each job. Every payload carries an `eventId` (the BullMQ job
 * id, so a re-enqueue of the same event is a no-op) and the tenant ids it concerns.
 */
export interface JobPayloads {
  [JobName.Ping]: { eventId: string; organizationId?: string; message: string; workMs?: number };
}

export interface JobResults {
  [JobName.Ping]: { echoed: string; finishedAt: string };
}

export type JobPayload<N extends JobName> = JobPayloads[N];
export type JobResult<N extends JobName> = JobResults[N];

/** Which queue carries which job. */
export const QUEUE_OF: { readonly [N in JobName]: QueueName } = {
  [JobName.Ping]: QueueName.System,
};
