import { AppConfig, buildDataSourceOptions } from '@attesta/core';
import { DataSource } from 'typeorm';
import { APPEND_ONLY_TABLES, SCHEMA } from './schema.js';
import { runSeedSteps } from './seed-steps.js';

function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Runs pending migrations as the owner role, then the seed steps whose content version
 * changed (built-in catalog content: see seed-steps.ts), then grants the app role what it
 * may do: read and write every table, except append-only ones (insert and read only).
 */
export async function runMigrations(config: AppConfig, log: (m: string) => void = () => undefined): Promise<string[]> {
  const ds = new DataSource(buildDataSourceOptions(config, 'owner', SCHEMA, 'attesta-migrate'));
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    ran.forEach((m) => log(`migrated: ${m.name}`));
    const seeded = await runSeedSteps(ds);
    seeded.forEach((s) => log(`seeded: ${s}`));
    const appRole = roleOf(config.DATABASE_URL);
    if (appRole && appRole !== roleOf(config.DATABASE_MIGRATION_URL)) {
      await grantAppRole(ds, appRole);
    }
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

export async function grantAppRole(ds: DataSource, appRole: string): Promise<void> {
  const role = ident(appRole);
  await ds.transaction(async (tx) => {
    await tx.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await tx.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await tx.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await tx.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${role}`);
    await tx.query(`REVOKE ALL ON TABLE public.schema_migrations FROM ${role}`);
    await tx.query(`REVOKE ALL ON TABLE public.seed_steps FROM ${role}`);
    for (const table of APPEND_ONLY_TABLES) {
      const [exists] = await tx.query('SELECT to_regclass($1) AS t', [`public.${table}`]);
      if ((exists as { t: string | null }).t) {
        await tx.query(`REVOKE UPDATE, DELETE, TRUNCATE ON TABLE public.${ident(table)} FROM ${role}`);
      }
    }
  });
}

/** SQL that would bring the database in line with the entities; empty when in sync. */
export async function pendingSchemaChanges(config: AppConfig): Promise<string[]> {
  const ds = new DataSource(buildDataSourceOptions(config, 'owner', SCHEMA, 'attesta-migration-check'));
  await ds.initialize();
  try {
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}
