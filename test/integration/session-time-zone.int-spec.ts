import { buildDataSourceOptions } from '@attesta/core';
import { SCHEMA } from '@attesta/schema';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-env.js';

/**
 * Dates are judged on the UTC day in SQL as in the code (`current_date`, `::date`, timestamps as
 * text), whatever TimeZone the server or the database sets: on a database set to Asia/Tokyo, an
 * accreditation valid until today (UTC) read `expired` from 15:00 UTC on.
 */
describe('Session time zone', () => {
  let db: TestDatabase;
  let app: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    await adminQuery(db.adminUrl, `ALTER DATABASE ${db.database} SET TimeZone = 'Asia/Tokyo'`);
    app = new DataSource(buildDataSourceOptions(db.config, 'app', SCHEMA, 'time-zone-test'));
    await app.initialize();
  }, 60_000);
  afterAll(async () => {
    await app?.destroy();
    await db?.dispose();
  });

  it("is UTC on the app's connections although the database's default is Asia/Tokyo", async () => {
    const database = db.adminUrl.replace(/\/[^/]*$/, `/${db.database}`);
    const [raw] = await adminQuery<{ tz: string }>(database, "SELECT current_setting('TimeZone') AS tz");
    expect(raw!.tz).toBe('Asia/Tokyo');
    const [row] = (await app.query(
      `SELECT current_setting('TimeZone') AS tz, current_date::text = (now() AT TIME ZONE 'UTC')::date::text AS utc_day, to_char(timestamptz '2026-12-07 20:00Z', 'YYYY-MM-DD') AS day`,
    )) as { tz: string; utc_day: boolean; day: string }[];
    expect(row).toEqual({ tz: 'UTC', utc_day: true, day: '2026-12-07' });
  });
});
