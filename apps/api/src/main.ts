import { loadConfigBeforeTracing, startTracing } from '@attesta/tracing';

// Tracing starts before anything it instruments (http, pg, ioredis) is loaded, so the
// application is imported only afterwards.
const config = loadConfigBeforeTracing();
if (config.API_RUN_PROCESSORS) {
  // The API app knows no processors; the all-in-one process composes both.
  process.stderr.write('API_RUN_PROCESSORS=true: start the all-in-one process instead (node dist/bundle/all-in-one.js, npm run start:all-in-one)\n');
  process.exit(1);
}
const tracing = await startTracing(config, 'attesta-api');
await import('reflect-metadata');
const { installGracefulShutdown } = await import('@attesta/core');
const { Logger } = await import('nestjs-pino');
const { createApiApp } = await import('./bootstrap.js');

const app = await createApiApp(config);
await app.listen({ port: config.PORT, host: config.HOST });
const logger = app.get(Logger);
installGracefulShutdown(
  app,
  config.SHUTDOWN_TIMEOUT_MS,
  (m) => logger.log(m, 'Api'),
  async () => tracing?.shutdown(),
  { readinessDelayMs: config.SHUTDOWN_READINESS_DELAY_MS },
);
logger.log(`API listening on ${config.PUBLIC_BASE_URL} (docs at ${config.PUBLIC_BASE_URL}/docs)`, 'Api');
