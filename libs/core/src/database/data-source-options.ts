import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type MigrationList = Function[];

export interface SchemaParts {
  entities: EntityList;
  migrations: MigrationList;
}

/**
 * Every session judges dates on the UTC day, as the code does (`current_date`, `::date` casts and
 * timestamps as text would otherwise follow the server's or the database's TimeZone setting, and
 * an accreditation valid until today would lapse hours early on a server east of Greenwich).
 */
export const SESSION_OPTIONS = '-c TimeZone=UTC';

/**
 * DataSource options for the app role (`DATABASE_URL`, no table ownership, row-level
 * security applies) or the owner role that runs migrations (`DATABASE_MIGRATION_URL`).
 */
export function buildDataSourceOptions(config: AppConfig, role: 'app' | 'owner' | 'read', schema: SchemaParts, applicationName = 'attesta'): DataSourceOptions {
  return {
    type: 'postgres',
    // `read`: the app role on the read replica (DATABASE_READ_URL), for the public reads.
    url: role === 'app' ? config.DATABASE_URL : role === 'read' ? config.DATABASE_READ_URL : config.DATABASE_MIGRATION_URL,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    poolSize: role === 'app' ? config.DATABASE_POOL_SIZE : role === 'read' ? config.DATABASE_READ_POOL_SIZE : 2,
    extra: {
      application_name: applicationName,
      options: SESSION_OPTIONS,
      statement_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS || undefined,
      connectionTimeoutMillis: 10_000,
    },
  };
}
