import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { buildDataSourceOptions, SchemaParts } from './data-source-options.js';
import { Db } from './db.js';
import { READ_DATA_SOURCE, ReadReplica } from './read-replica.js';

/** The app's connection pool (as the non-owner app role), and the read replica's when DATABASE_READ_URL is set. */
@Global()
@Module({})
export class DatabaseModule {
  /** `readReplica`: open DATABASE_READ_URL's pool too when it is set (the API, for its public reads). */
  static forRoot(schema: SchemaParts, applicationName: string, options: { readReplica?: boolean } = {}): DynamicModule {
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
      providers: [
        {
          provide: READ_DATA_SOURCE,
          inject: [AppConfig],
          useFactory: async (config: AppConfig): Promise<DataSource | null> => {
            if (!options.readReplica || !config.DATABASE_READ_URL) return null;
            const source = new DataSource(buildDataSourceOptions(config, 'read', schema, `${applicationName}-read`));
            return source.initialize();
          },
        },
        ReadReplica,
        Db,
      ],
      exports: [TypeOrmModule, Db, ReadReplica],
    };
  }
}
