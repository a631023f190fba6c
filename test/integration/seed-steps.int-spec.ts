import { builtInCatalogVersion } from '@attesta/catalog';
import { buildDataSourceOptions } from '@attesta/core';
import { runMigrations, runSeedSteps, SCHEMA, type SeedStep } from '@attesta/schema';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-env.js';

describe('seed steps (built-in content after frozen migrations)', () => {
  let db: TestDatabase;
  let owner: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = new DataSource(buildDataSourceOptions(db.config, 'owner', SCHEMA, 'seed-steps-test'));
    await owner.initialize();
  });

  afterAll(async () => {
    await owner?.destroy();
    await db?.dispose();
  });

  it('the migrated template carries the built-in catalog at the shipped content version', async () => {
    const [step] = await owner.query(`SELECT name, version, result FROM seed_steps WHERE name = 'catalog.built_in'`);
    expect(step.version).toBe(builtInCatalogVersion());
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM frameworks WHERE organization_id IS NULL AND source = 'built_in'`);
    expect(n).toBe(step.result.frameworks);
    expect(n).toBeGreaterThan(0);
  });

  it('runs a step again only when its content version changed', async () => {
    expect(await runMigrations(db.config)).toEqual([]);
    expect(await runSeedSteps(owner)).toEqual([]);
    let version = 'v1';
    let runs = 0;
    const step: SeedStep = { name: 'test.content', version: () => version, run: async () => ({ runs: ++runs }) };
    expect(await runSeedSteps(owner, [step])).toEqual(['test.content']);
    expect(await runSeedSteps(owner, [step])).toEqual([]);
    version = 'v2';
    expect(await runSeedSteps(owner, [step])).toEqual(['test.content']);
    expect(runs).toBe(2);
    const [row] = await owner.query(`SELECT version, result FROM seed_steps WHERE name = 'test.content'`);
    expect(row).toEqual({ version: 'v2', result: { runs: 2 } });
  });

  it('re-syncing the built-in catalog over existing rows keeps their ids', async () => {
    const before = await owner.query(`SELECT id, code, version FROM frameworks WHERE organization_id IS NULL ORDER BY id`);
    await owner.query(`UPDATE seed_steps SET version = 'outdated' WHERE name = 'catalog.built_in'`);
    expect(await runSeedSteps(owner)).toEqual(['catalog.built_in']);
    expect(await owner.query(`SELECT id, code, version FROM frameworks WHERE organization_id IS NULL ORDER BY id`)).toEqual(before);
  });
});
