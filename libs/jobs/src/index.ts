export { JobQueue, queueOptions } from './job-queue.service.js';
export { JobsModule } from './jobs.module.js';
export { type DomainEventPayload, JobName, type JobPayload, type JobPayloads, type JobResult, type JobResults, QUEUE_OF, QueueName } from './queues.js';
