import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import type { DestinationStream } from 'pino';
import { AppConfig } from '../config/app-config.js';
import { createRootLogger } from './logger.js';
import { loggableError } from '../errors/problem-details.filter.js';

/** Structured JSON logging for HTTP apps and workers alike. */
@Module({})
export class LoggingModule {
  static forRoot(name: string, destination?: DestinationStream): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: {
              logger: createRootLogger(config, name, destination),
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
            },
          }),
        }),
      ],
      exports: [LoggerModule],
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
