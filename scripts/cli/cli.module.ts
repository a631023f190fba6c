import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccreditationModule } from '@attesta/accreditation';
import { SigningKeysService } from '@attesta/attestations';
import { AuditModule } from '@attesta/audit';
import { AppConfig, ConfigModule, DatabaseModule, LoggingModule, RedisModule } from '@attesta/core';
import { IdentityModule } from '@attesta/identity';
import { JobsModule } from '@attesta/jobs';
import { OutboxModule } from '@attesta/outbox';
import { SCHEMA } from '@attesta/schema';
import { ClsModule } from 'nestjs-cls';
import { Logger } from 'nestjs-pino';
import { pino } from 'pino';

/** What the operator commands need: the services, as the app role (row-level security applies). */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        ClsModule.forRoot({ global: true }),
        // Log lines go to stderr: stdout carries the command's result only.
        LoggingModule.forRoot('attesta-cli', pino.destination(2)),
        DatabaseModule.forRoot(SCHEMA, 'attesta-cli'),
        RedisModule,
        JobsModule,
        AuditModule,
        OutboxModule,
        IdentityModule,
        AccreditationModule,
      ],
      // Only what the key rotation needs (not the whole attestations module and its dependencies).
      providers: [SigningKeysService],
    };
  }
}

export async function createCliContext(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  return app;
}
