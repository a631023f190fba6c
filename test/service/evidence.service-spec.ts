import { FreshnessService } from '@attesta/evidence';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlOf } from '../setup/database.js';
import { client } from '../setup/http.js';
import { assessmentCast, workspaceWithEvidence, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** The daily freshness scan and the integrity check the worker runs after an upload, called directly. */
describe(FreshnessService.name, () => {
  let t: TestApp;
  let cast: AssessmentCast;
  let freshness: FreshnessService;
  let sql: ReturnType<typeof sqlOf>;

  beforeAll(async () => {
    t = await createTestApp();
    sql = sqlOf(t);
    cast = await assessmentCast(client(t.baseUrl), { join: ['vendor', 'procurer'] });
    freshness = t.app.get(FreshnessService);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('scan announces evidence past its validUntil as expired, once', async () => {
    const [e] = await workspaceWithEvidence(cast, [
      {
        by: cast.vendor,
        component: 'saas',
        type: 'training_record',
        title: 'Remote technician training 2025',
        effectiveDate: '2025-01-01',
        validUntil: '2099-12-31',
      },
    ]);
    const current = await cast.http.get<{ version: number }>(`/v1/workspaces/${cast.ws.id}/evidence/${e!.evidenceId}`, cast.vendor.owner.as);
    const expired = await cast.http.call<{ freshness: string }>('PATCH', `/v1/workspaces/${cast.ws.id}/evidence/${e!.evidenceId}`, {
      body: { validUntil: '2025-06-30' },
      as: cast.vendor.owner.as,
      headers: { 'if-match': `"${current.body.version}"` },
    });
    expect(expired.status, JSON.stringify(expired.body)).toBe(200);

    const scan = await freshness.scan();
    expect(scan.expired).toBeGreaterThanOrEqual(1);
    expect((await freshness.scan()).expired).toBe(0);
    const events = await sql<{ type: string }>(`SELECT type FROM outbox_events WHERE payload->>'evidenceId' = $1`, [e!.evidenceId]);
    expect(events.map((x) => x.type)).toContain('evidence.expired');
  });

  it('verifyIntegrity detects a stored file that no longer matches its hash', async () => {
    const [e] = await workspaceWithEvidence(cast, [{ by: cast.vendor, component: 'saas', type: 'sla_definition', title: 'SaaS SLA', size: 512 }]);
    expect(await freshness.verifyIntegrity(cast.ws.id, e!.versionId, cast.vendor.id)).toMatchObject({ ok: true });
    const [row] = await sql<{ storage_key: string }>(`SELECT storage_key FROM evidence_versions WHERE id = $1`, [e!.versionId]);
    const file = filesUnder(join(t.config.DATA_DIR, 'objects')).find((f) => f.endsWith(e!.versionId));
    expect(file, `stored file for ${row!.storage_key}`).toBeDefined();
    writeFileSync(file!, 'tampered');
    const result = await freshness.verifyIntegrity(cast.ws.id, e!.versionId, cast.vendor.id);
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/hash/);
  });
});
