import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { buildDataSourceOptions, SchemaParts } from './data-source-options.js';
import { Db } from './db.js';

/** The app's connection pool (as the non-owner app role). */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(schema: SchemaParts, applicationName: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...buildDataSourceOptions(config, 'app', schema, applicationName),
            // The entity list is explicit (shared with the migration tooling).
            autoLoadEntities: false,
          }),
        }),
      ],
      providers: [Db],
      exports: [TypeOrmModule, Db],
    };
  }
}
