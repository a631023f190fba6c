import { Module } from '@nestjs/common';
import { PingProcessor } from './system/ping.processor.js';

/**
 * Every BullMQ processor. Imported by the worker, and by the API in all-in-one mode
 * (`API_RUN_PROCESSORS=true`).
 */
@Module({
  providers: [PingProcessor],
})
export class ProcessorsModule {}
