import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@attesta/core';
import { createApiApp, type ApiAppOptions } from '../../api/src/bootstrap.js';
import { ProcessorsModule } from '../../worker/src/processors.module.js';

/**
 * The one place where the two adapters meet: the HTTP API with every job processor in the
 * same process (the demo, small installs with `API_RUN_PROCESSORS=true`, and tests that need
 * jobs to run). `apps/api` and `apps/worker` never import each other; only this app imports both.
 */
export async function createAllInOneApp(config: AppConfig, options: ApiAppOptions = {}): Promise<NestFastifyApplication> {
  return createApiApp(config, { ...options, imports: [ProcessorsModule, ...(options.imports ?? [])] });
}

/** The API alone, or the all-in-one process when the configuration asks for processors. */
export async function createServerApp(config: AppConfig, options: ApiAppOptions = {}): Promise<NestFastifyApplication> {
  return config.API_RUN_PROCESSORS ? createAllInOneApp(config, options) : createApiApp(config, options);
}
