import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream, Logger as PinoLogger } from 'pino';
import { pinoHttp, type HttpLogger, type Options as HttpLoggerOptions } from 'pino-http';
import { AppConfig } from '../config/app-config.js';
import { createRootLogger } from './logger.js';
import { loggableError } from '../errors/problem-details.filter.js';

/** How each HTTP request is logged (pino-http): one line when it completes, the path only, the level by status. */
export function requestLogOptions(logger: PinoLogger): HttpLoggerOptions {
  return {
    logger,
    genReqId: (req: IncomingMessage) => correlationIdOf(req),
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'correlationId' },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      // The path only: query parameters (and bodies) can carry tenant text and never reach the log.
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }),
      err: loggableError,
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/**
 * Starts the log of one HTTP request (its completion line, its `req.log`). An HTTP app calls it
 * from a Fastify hook (apps/api bootstrap) rather than through nestjs-pino's middleware: no
 * middleware pipeline and no second async context per request. Logs made while the request runs
 * go through the same root logger and carry its correlation id from the CLS context.
 */
export class RequestLogger {
  constructor(private readonly http: HttpLogger) {}

  start(req: IncomingMessage, res: ServerResponse): void {
    this.http(req, res);
  }
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
          // No routes: requests are logged by RequestLogger from a Fastify hook.
          useFactory: (config: AppConfig) => ({ pinoHttp: requestLogOptions(rootFor(config)), forRoutes: [] }),
        }),
      ],
      providers: [
        { provide: RequestLogger, inject: [AppConfig], useFactory: (config: AppConfig) => new RequestLogger(pinoHttp(requestLogOptions(rootFor(config)))) },
      ],
      exports: [LoggerModule, RequestLogger],
    };
  }
}

const CORRELATION_KEY = Symbol.for('attesta.correlationId');

/** Stores the correlation id on the raw request so HTTP, CLS and logs share one id. */
export function assignCorrelationId(req: IncomingMessage, id: string): void {
  (req as unknown as Record<symbol, string>)[CORRELATION_KEY] = id;
}

export function correlationIdOf(req: IncomingMessage): string {
  return (req as unknown as Record<symbol, string>)[CORRELATION_KEY] ?? '';
}
