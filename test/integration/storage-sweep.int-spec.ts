import { OrganizationKind } from '@attesta/core';
import { Metrics } from '@attesta/observability';
import { newStorageKey, StorageSweepService } from '@attesta/storage';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import type { TestOrg } from '../setup/factories.js';
import { authHeaders, client, type Client } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

const HOUR = 3_600_000;
const PDF_HEAD = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');

/** Every file under the objects directory, as paths relative to it with `/` separators. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

describe('storage sweep (fs driver, real PostgreSQL)', () => {
  let t: TestApp;
  let http: Client;
  let vendor: TestOrg;
  let maker: TestOrg;
  let ws: TestWorkspace;
  let objects: string;
  let dbUrl: string;
  let sweeper: StorageSweepService;
  let metrics: Metrics;

  const swept = async (kind: 'orphan' | 'temp') => (await metrics.storageSwept.get()).values.find((v) => v.labels.kind === kind)?.value ?? 0;
  const referencedKeys = async () =>
    (await adminQuery<{ storage_key: string }>(dbUrl, 'SELECT storage_key FROM evidence_versions ORDER BY storage_key')).map((r) => r.storage_key);

  async function plant(path: string, ageMs: number): Promise<string> {
    const full = join(objects, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, 'left behind by an interrupted upload');
    const at = new Date(Date.now() - ageMs);
    await utimes(full, at, at);
    return path;
  }

  async function newEvidence() {
    const res = await http.post<{ id: string }>(
      `/v1/workspaces/${ws.id}/evidence`,
      { type: 'sla_definition', title: 'SaaS SLA', confidentiality: 'confidential', effectiveDate: '2026-01-01', componentId: ws.saasComponentId },
      vendor.owner.as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id;
  }
  const upload = (evidenceId: string, size: number, abortAfter?: number) =>
    streamUpload(
      `${t.baseUrl}/v1/workspaces/${ws.id}/evidence/${evidenceId}/versions`,
      authHeaders(vendor.owner.as),
      { filename: 'sla.pdf', contentType: 'application/pdf', size, head: PDF_HEAD },
      abortAfter === undefined ? {} : { abortAfter },
    );

  beforeAll(async () => {
    // The cut-off uploads' client keeps their connections: the server closes them once quiet (HTTP_IDLE_TIMEOUT_MS).
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true', HTTP_IDLE_TIMEOUT_MS: '2000' } });
    dbUrl = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
    objects = join(t.config.DATA_DIR, 'objects');
    http = client(t.baseUrl);
    sweeper = t.app.get(StorageSweepService, { strict: false });
    metrics = t.app.get(Metrics, { strict: false });
    const w = workspaceFactories(http);
    [maker, vendor] = await Promise.all([w.newOrganization(OrganizationKind.Manufacturer), w.newOrganization(OrganizationKind.ServiceVendor)]);
    ws = await w.newWorkspace(maker, vendor.id);
    await w.join(maker, ws, vendor, 'contributor');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('is registered daily on the system queue', async () => {
    expect(t.config.STORAGE_SWEEP_GRACE_MS).toBe(HOUR);
    const { JobQueue, JobName, QueueName } = await import('@attesta/jobs');
    const schedulers = await (await t.app.get(JobQueue, { strict: false }).queue(QueueName.System)).getJobSchedulers();
    expect(schedulers.find((s) => s.key === 'storage-sweep')).toMatchObject({ name: JobName.SweepStorage, pattern: '30 2 * * *' });
  });

  it('removes old orphans and old temp files; keeps referenced objects and anything inside the grace period', async () => {
    const evidenceId = await newEvidence();
    const up = await upload(evidenceId, 64 * 1024);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const [referenced] = await referencedKeys();
    expect(referenced).toBeDefined();
    // The referenced object is as old as the orphans: only the version row keeps it.
    const at = new Date(Date.now() - 3 * HOUR);
    await utimes(join(objects, referenced!), at, at);

    const oldOrphans = [await plant(newStorageKey(), 2 * HOUR), await plant(newStorageKey(), 30 * HOUR)];
    const freshOrphan = await plant(newStorageKey(), 10 * 60_000);
    const oldTemp = await plant(`${newStorageKey().slice(0, 5)}/.tmp-${randomUUID()}-${randomUUID()}`, 2 * HOUR);
    const freshTemp = await plant(`${newStorageKey().slice(0, 5)}/.tmp-${randomUUID()}-${randomUUID()}`, 60_000);
    // Not a storage key (e.g. what fsck leaves): never listed, never removed.
    const stray = await plant('lost+found/#1234', 5 * HOUR);

    const orphansBefore = await swept('orphan');
    const tempsBefore = await swept('temp');
    const result = await sweeper.sweep();
    expect(result).toMatchObject({ orphans: 2, temps: 1 });

    const left = filesUnder(objects);
    for (const gone of [...oldOrphans, oldTemp]) expect(left).not.toContain(gone);
    for (const kept of [referenced!, freshOrphan, freshTemp, stray]) expect(left).toContain(kept);
    expect(await swept('orphan')).toBe(orphansBefore + 2);
    expect(await swept('temp')).toBe(tempsBefore + 1);
    const scrape = await metrics.scrape();
    expect(scrape.body).toMatch(/attesta_storage_swept_total\{kind="orphan"\} \d+/);

    // The referenced object still downloads.
    const content = await fetch(`${t.baseUrl}/v1/workspaces/${ws.id}/evidence/${evidenceId}/versions/${String(up.body.id)}/content`, {
      headers: authHeaders(vendor.owner.as),
    });
    expect(content.status).toBe(200);
    expect((await content.arrayBuffer()).byteLength).toBe(64 * 1024);
  });

  it('uploads aborted mid-stream leave no orphans once swept', async () => {
    const evidenceId = await newEvidence();
    const aborted = await Promise.all(Array.from({ length: 6 }, () => upload(evidenceId, 8 * 1024 * 1024, 3 * 1024 * 1024).catch(() => null)));
    for (const a of aborted) if (a) expect(a.status).not.toBe(201);
    // Let the server notice the closed connections and clean up.
    await sleep(1000);
    // Sweep as if the grace period had passed for everything on disk.
    await sweeper.sweep(new Date(Date.now() + 2 * HOUR));
    const left = filesUnder(objects).filter((p) => !p.startsWith('lost+found/'));
    expect(left.filter((p) => p.split('/').pop()!.startsWith('.tmp-'))).toEqual([]);
    expect(left).toEqual(await referencedKeys());
  });
});
