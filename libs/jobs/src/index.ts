export * from './job-queue.service.js';
export * from './jobs.module.js';
export * from './queues.js';
