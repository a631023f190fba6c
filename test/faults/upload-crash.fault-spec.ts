import { OrganizationKind } from '@attesta/core';
import { StorageSweepService } from '@attesta/storage';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import type { TestOrg } from '../setup/factories.js';
import { authHeaders, client } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { eventually } from '../setup/webhook-receiver.js';
import { workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';
import { AppProcess, configEnv, freePort, RedisServer } from './processes.js';

const HOUR = 3_600_000;
const UPLOADS = 10;
const PDF_HEAD = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');

/** Every file under the objects directory, relative, with `/` separators. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}
const isTemp = (p: string) => p.split('/').pop()!.startsWith('.tmp-');

/**
 * kill -9 of the API while it streams uploads to disk: whatever it leaves (temp files,
 * objects with no version row) is removed by the storage sweep, and nothing an evidence
 * version refers to is. The API under fire is a child process run from source; the set-up
 * and the sweep run in this process on the same database and data directory.
 */
describe('Fault: API SIGKILL during concurrent uploads', () => {
  let redis: RedisServer;
  let t: TestApp;
  let vendor: TestOrg;
  let ws: TestWorkspace;
  let api: AppProcess | undefined;

  beforeAll(async () => {
    redis = await RedisServer.start();
    t = await createTestApp({ env: { REDIS_URL: redis.url, API_RUN_PROCESSORS: 'true', LOG_LEVEL: 'error' } });
    const w = workspaceFactories(client(t.baseUrl));
    let maker: TestOrg;
    [maker, vendor] = await Promise.all([w.newOrganization(OrganizationKind.Manufacturer), w.newOrganization(OrganizationKind.ServiceVendor)]);
    ws = await w.newWorkspace(maker, vendor.id);
    await w.join(maker, ws, vendor, 'contributor');
  });
  afterAll(async () => {
    await api?.sigkill();
    await t?.close();
    await redis?.stop();
  });

  it(`${UPLOADS} uploads in flight when the API is killed: 0 orphans and 0 temp files after the sweep`, async () => {
    const port = await freePort();
    onTestFailed(() => console.error(`API log tail:\n${api?.log.slice(-5000) ?? '(not started)'}`));
    api = await AppProcess.start(
      'apps/api/src/main.ts',
      configEnv(t.config, { PORT: String(port), LOG_LEVEL: 'info', API_RUN_PROCESSORS: 'false' }),
      /API listening on/,
    );
    const baseUrl = `http://127.0.0.1:${port}`;
    const http = client(baseUrl);
    const evidence = await http.post<{ id: string }>(
      `/v1/workspaces/${ws.id}/evidence`,
      { type: 'sla_definition', title: 'SaaS SLA', confidentiality: 'confidential', effectiveDate: '2026-01-01', componentId: ws.saasComponentId },
      vendor.owner.as,
    );
    expect(evidence.status, JSON.stringify(evidence.body)).toBe(201);
    // One finished upload: its object must survive the sweep.
    const kept = await streamUpload(`${baseUrl}/v1/workspaces/${ws.id}/evidence/${evidence.body.id}/versions`, authHeaders(vendor.owner.as), {
      filename: 'sla.pdf',
      contentType: 'application/pdf',
      size: 256 * 1024,
      head: PDF_HEAD,
    });
    expect(kept.status, JSON.stringify(kept.body)).toBe(201);

    const objects = join(t.config.DATA_DIR, 'objects');
    const uploads = Array.from({ length: UPLOADS }, () =>
      streamUpload(`${baseUrl}/v1/workspaces/${ws.id}/evidence/${evidence.body.id}/versions`, authHeaders(vendor.owner.as), {
        filename: 'sla.pdf',
        contentType: 'application/pdf',
        size: 256 * 1024 * 1024,
        head: PDF_HEAD,
      }).catch(() => null),
    );
    // Kill once every upload is being written to disk.
    await eventually(async () => filesUnder(objects).filter(isTemp).length >= UPLOADS, 60_000, `${UPLOADS} uploads writing`);
    await api.sigkill();
    const answers = await Promise.all(uploads);
    expect(answers.filter((a) => a?.status === 201)).toHaveLength(0);

    const dbUrl = t.config.DATABASE_MIGRATION_URL;
    const referenced = (await adminQuery<{ storage_key: string }>(dbUrl, 'SELECT storage_key FROM evidence_versions ORDER BY storage_key')).map(
      (r) => r.storage_key,
    );
    expect(referenced).toHaveLength(1);
    const leftBehind = filesUnder(objects).filter((p) => !referenced.includes(p));
    expect(leftBehind.length, 'the crash left files behind').toBeGreaterThanOrEqual(UPLOADS);

    // The sweep, as it runs once the grace period (STORAGE_SWEEP_GRACE_MS) has passed.
    const result = await t.app.get(StorageSweepService, { strict: false }).sweep(new Date(Date.now() + 2 * HOUR));
    expect(result.orphans + result.temps).toBe(leftBehind.length);
    expect(filesUnder(objects)).toEqual(referenced);
  }, 180_000);
});
