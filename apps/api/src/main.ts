import { loadConfigBeforeTracing, startTracing } from '@attesta/tracing';

// Tracing starts before anything it instruments (http, pg, ioredis) is loaded, so the
// application is imported only afterwards.
const config = loadConfigBeforeTracing();
const tracing = await startTracing(config, 'attesta-api');
await import('reflect-metadata');
const { installGracefulShutdown } = await import('@attesta/core');
const { Logger } = await import('nestjs-pino');
const { createApiApp } = await import('./bootstrap.js');

const app = await createApiApp(config);
await app.listen({ port: config.PORT, host: config.HOST });
const logger = app.get(Logger);
installGracefulShutdown(app, config.SHUTDOWN_TIMEOUT_MS, (m) => logger.log(m, 'Api'), async () => tracing?.shutdown());
logger.log(`API listening on ${config.PUBLIC_BASE_URL} (docs at ${config.PUBLIC_BASE_URL}/docs)`, 'Api');
