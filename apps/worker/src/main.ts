import 'reflect-metadata';
import { installGracefulShutdown, loadConfigOrExit } from '@attesta/core';
import { Logger } from 'nestjs-pino';
import { createWorker } from './bootstrap.js';

const config = loadConfigOrExit();
const worker = await createWorker(config);
await worker.init();
const logger = worker.get(Logger);
installGracefulShutdown(worker, config.SHUTDOWN_TIMEOUT_MS, (m) => logger.log(m, 'Worker'));
logger.log('worker started', 'Worker');
