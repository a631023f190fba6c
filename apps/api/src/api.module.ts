import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import {
  AppConfig,
  ConfigModule,
  correlationIdOf,
  DatabaseModule,
  HealthModule,
  LoggingModule,
  ProblemDetailsFilter,
  RedisModule,
} from '@attesta/core';
import { JobsModule } from '@attesta/jobs';
import { SCHEMA } from '@attesta/schema';
import { ClsModule } from 'nestjs-cls';
import type { IncomingMessage } from 'node:http';
import type { DestinationStream } from 'pino';
import { ProcessorsModule } from '../../worker/src/processors.module.js';

export interface ApiAppOptions {
  /** Extra modules (tests mount probe controllers this way). */
  imports?: (Type | DynamicModule)[];
  /** Where JSON log lines go (stdout when unset). */
  logDestination?: DestinationStream;
}

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, options: ApiAppOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            generateId: true,
            idGenerator: (req: IncomingMessage) => correlationIdOf(req),
          },
        }),
        LoggingModule.forRoot('attesta-api', options.logDestination),
        DatabaseModule.forRoot(SCHEMA, 'attesta-api'),
        RedisModule,
        JobsModule,
        HealthModule,
        // All-in-one mode for small installs and the demo.
        ...(config.API_RUN_PROCESSORS ? [ProcessorsModule] : []),
        ...(options.imports ?? []),
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}
