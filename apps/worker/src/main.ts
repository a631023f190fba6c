import { loadConfigBeforeTracing, startTracing } from '@attesta/tracing';

// Tracing starts before anything it instruments (pg, ioredis) is loaded.
const config = loadConfigBeforeTracing();
const tracing = await startTracing(config, 'attesta-worker');
await import('reflect-metadata');
const { installGracefulShutdown } = await import('@attesta/core');
const { Logger } = await import('nestjs-pino');
const { createWorker } = await import('./bootstrap.js');

const worker = await createWorker(config);
await worker.init();
const logger = worker.get(Logger);
installGracefulShutdown(
  worker,
  config.SHUTDOWN_TIMEOUT_MS,
  (m) => logger.log(m, 'Worker'),
  async () => tracing?.shutdown(),
);
logger.log('worker started', 'Worker');
