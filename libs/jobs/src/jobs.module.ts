import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service.js';

/**
 * Enqueueing (JobQueue) for every module. BullMQ's workers are not here: the processors
 * module (apps/worker) registers them, with the same `queueOptions`.
 */
@Global()
@Module({
  providers: [JobQueue],
  exports: [JobQueue],
})
export class JobsModule {}
