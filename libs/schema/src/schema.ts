import type { EntityList, MigrationList, SchemaParts } from '@attesta/core';
import { MIGRATIONS } from '@attesta/migrations';

/** Every entity of every lib: the app's DataSource and the migration tooling share it. */
export const ENTITIES: EntityList = [];

/** Tables the app role may only insert into and read (UPDATE/DELETE revoked). */
export const APPEND_ONLY_TABLES: readonly string[] = [];

export const SCHEMA: SchemaParts = { entities: ENTITIES, migrations: MIGRATIONS as MigrationList };
