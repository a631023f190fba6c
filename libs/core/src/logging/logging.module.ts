import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DestinationStream, Logger as PinoLogger } from 'pino';
import type { Options as HttpLoggerOptions } from 'pino-http';
import { AppConfig } from '../config/app-config.js';
import { createRootLogger } from './logger.js';
import { loggableError } from '../errors/problem-details.filter.js';

/**
 * The options nestjs-pino's logger (every Nest `Logger` of the app) is built from: the root logger,
 * and errors logged as `loggableError` gives them (no driver parameters, a bounded stack).
 */
function appLoggerOptions(logger: PinoLogger): HttpLoggerOptions {
  // Unwrapped: `loggableError` reads the error itself (its class name, its driver fields).
  return { logger, serializers: { err: loggableError }, wrapSerializers: false };
}

const LEVEL_BY_STATUS = (status: number): 'info' | 'warn' | 'error' => (status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info');

/**
 * Logs each HTTP request once: when its answer has been sent (Fastify's `onResponse`), or when the
 * client went away before it was (`onRequestAbort`). The line carries the correlation id, the method,
 * the path only (query parameters and bodies can carry tenant text and never reach the log), the
 * status and the time taken; its level is info, warn for 4xx, error for 5xx (the error itself is
 * logged where it is handled, with the same correlation id). One call on a logger made once: no
 * child logger and serializer pass per request as pino-http's middleware makes (docs/performance.md).
 */
export class RequestLogger {
  private readonly logger: PinoLogger;

  constructor(root: PinoLogger) {
    // Without the root's redaction (~11 µs a line): this line is built here from the method, path,
    // status and ids alone, so it never holds a field the redaction paths name.
    this.logger = root.child({}, { redact: [] });
  }

  register(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', (request, reply, done) => {
      const statusCode = reply.statusCode;
      this.logger[LEVEL_BY_STATUS(statusCode)](
        { correlationId: request.id, req: requestLine(request), res: { statusCode }, responseTime: Math.round(reply.elapsedTime) },
        statusCode >= 500 ? 'request errored' : 'request completed',
      );
      done();
    });
    fastify.addHook('onRequestAbort', (request, done) => {
      this.logger.info({ correlationId: request.id, req: requestLine(request) }, 'request aborted by the client');
      done();
    });
  }
}

function requestLine(request: FastifyRequest): { method: string; url: string } {
  const url = request.raw.url ?? '';
  const query = url.indexOf('?');
  return { method: request.method, url: query < 0 ? url : url.slice(0, query) };
}

/** Structured JSON logging for HTTP apps and workers alike. */
@Module({})
export class LoggingModule {
  static forRoot(name: string, destination?: DestinationStream): DynamicModule {
    // One root logger per app, shared by nestjs-pino (every Nest logger) and the request logger.
    let root: PinoLogger | undefined;
    const rootFor = (config: AppConfig) => (root ??= createRootLogger(config, name, destination));
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          // No routes: requests are logged by RequestLogger from Fastify hooks.
          useFactory: (config: AppConfig) => ({ pinoHttp: appLoggerOptions(rootFor(config)), forRoutes: [] }),
        }),
      ],
      providers: [{ provide: RequestLogger, inject: [AppConfig], useFactory: (config: AppConfig) => new RequestLogger(rootFor(config)) }],
      exports: [LoggerModule, RequestLogger],
    };
  }
}
