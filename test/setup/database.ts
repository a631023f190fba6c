import pg from 'pg';
import { adminQuery } from '../../scripts/lib/devstack.js';
import type { TestApp } from './test-app.js';

/**
 * Raw reads of a test app's database that resolve no service of the app: the admin URL for
 * facts a test must check behind the API (e.g. that a secret is stored encrypted), and the
 * app's own role under a tenant's row-level-security settings (the policy backstop).
 */

/** The admin (superuser) URL of the test app's own database. */
export function databaseUrlOf(t: Pick<TestApp, 'db'>): string {
  return t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
}

/** Runs SQL as the superuser on the test app's database (row-level security does not apply). */
export function sqlOf(t: Pick<TestApp, 'db'>) {
  const url = databaseUrlOf(t);
  return <T = Record<string, unknown>>(query: string, params: unknown[] = []) => adminQuery<T>(url, query, params);
}

/**
 * Runs SQL as the app's database role in one transaction with a tenant's settings
 * (`app.org_id`, `app.user_id`, transaction-local, as every request's transaction sets them),
 * so the row-level-security policies decide what it sees.
 */
export async function tenantQuery<T = Record<string, unknown>>(
  t: Pick<TestApp, 'config'>,
  scope: { organizationId: string; userId?: string | null },
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: t.config.DATABASE_URL });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [scope.organizationId, scope.userId ?? '']);
    const rows = (await client.query(query, params)).rows as T[];
    await client.query('COMMIT');
    return rows;
  } finally {
    await client.end();
  }
}
