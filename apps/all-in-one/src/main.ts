import { loadConfigBeforeTracing, startTracing } from '@attesta/tracing';

// The all-in-one process: the API with the job processors in-process (small installs and
// the demo; production runs apps/api and apps/worker as separate deployments). Tracing
// starts before anything it instruments is loaded, as in the API's own entry point.
const config = loadConfigBeforeTracing();
const tracing = await startTracing(config, 'attesta-api');
await import('reflect-metadata');
const { installGracefulShutdown } = await import('@attesta/core');
const { Logger } = await import('nestjs-pino');
const { createAllInOneApp } = await import('./all-in-one.js');

const app = await createAllInOneApp(config);
await app.listen({ port: config.PORT, host: config.HOST });
const logger = app.get(Logger);
installGracefulShutdown(
  app,
  config.SHUTDOWN_TIMEOUT_MS,
  (m) => logger.log(m, 'Api'),
  async () => tracing?.shutdown(),
  { readinessDelayMs: config.SHUTDOWN_READINESS_DELAY_MS },
);
logger.log(`API with job processors listening on ${config.PUBLIC_BASE_URL} (docs at ${config.PUBLIC_BASE_URL}/docs)`, 'Api');
