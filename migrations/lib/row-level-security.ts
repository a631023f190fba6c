import type { QueryRunner } from 'typeorm';

/**
 * Row-level security on, and forced (so even the owning role obeys policies), with the
 * `owner_all` policy for the role running the migration: it owns the SECURITY DEFINER
 * look-ups and maintenance. Tenant policies are added by each migration.
 */
export async function forceRowLevelSecurity(q: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const t of tables) {
    await q.query(`ALTER TABLE "${t}" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "${t}" FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY owner_all ON "${t}" TO CURRENT_USER USING (true) WITH CHECK (true)`);
  }
}

/** Drops every policy of the tables and turns row-level security off (for `down`). */
export async function dropRowLevelSecurity(q: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const t of tables) {
    const policies: { policyname: string }[] = await q.query(`SELECT policyname FROM pg_policies WHERE tablename = $1`, [t]);
    for (const p of policies) await q.query(`DROP POLICY "${p.policyname}" ON "${t}"`);
    await q.query(`ALTER TABLE "${t}" NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "${t}" DISABLE ROW LEVEL SECURITY`);
  }
}
