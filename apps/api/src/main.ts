import 'reflect-metadata';
import { installGracefulShutdown, loadConfigOrExit } from '@attesta/core';
import { Logger } from 'nestjs-pino';
import { createApiApp } from './bootstrap.js';

const config = loadConfigOrExit();
const app = await createApiApp(config);
await app.listen({ port: config.PORT, host: config.HOST });
const logger = app.get(Logger);
installGracefulShutdown(app, config.SHUTDOWN_TIMEOUT_MS, (m) => logger.log(m, 'Api'));
logger.log(`API listening on ${config.PUBLIC_BASE_URL} (docs at ${config.PUBLIC_BASE_URL}/docs)`, 'Api');
