import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig, type AppConfig } from '@attesta/core';
import { FsStorageDriver, newStorageKey } from '@attesta/storage';
import { Redis } from 'ioredis';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { withScratchDatabase } from '../../scripts/lib/scratch-db.js';

const MIB = 1024 * 1024;
/** A PDF signature first, so the evidence endpoint's type check accepts the file. */
const PDF_HEAD = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');

export interface BenchResult {
  name: string;
  bytes: number;
  seconds: number;
  mibPerSecond: number;
  peakRssGrowthMib: number;
  sha256: string;
}

/** Runs `work` while sampling this process's RSS every 10 ms. */
async function measure(name: string, bytes: number, work: () => Promise<string>): Promise<BenchResult> {
  globalThis.gc?.();
  const rss0 = process.memoryUsage.rss();
  let peak = rss0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const t0 = process.hrtime.bigint();
  try {
    const sha256 = await work();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { name, bytes, seconds, mibPerSecond: bytes / MIB / seconds, peakRssGrowthMib: (peak - rss0) / MIB, sha256 };
  } finally {
    clearInterval(timer);
  }
}

/** Writes `bytes` of incompressible data (a 16 MiB random pool, cycled) behind a PDF header. */
async function generateFile(path: string, bytes: number): Promise<void> {
  const pool = Buffer.concat([PDF_HEAD, randomBytes(16 * MIB - PDF_HEAD.length)]);
  let written = 0;
  const source = new Readable({
    read() {
      if (written >= bytes) return void this.push(null);
      const n = Math.min(4 * MIB, bytes - written);
      const offset = written % pool.length;
      const chunk =
        offset + n <= pool.length ? pool.subarray(offset, offset + n) : Buffer.concat([pool.subarray(offset), pool.subarray(0, n - (pool.length - offset))]);
      written += n;
      this.push(chunk);
    },
  });
  await pipeline(source, createWriteStream(path, { flush: true }));
}

/** The floor: read → sha256 → write with fsync, with nothing of ours in the way. */
async function baseline(file: string, out: string): Promise<string> {
  const hash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(file, { highWaterMark: MIB }), hashing, createWriteStream(out, { flush: true, highWaterMark: MIB }));
  const dir = await open(join(out, '..'), 'r');
  await dir.sync();
  await dir.close();
  return hash.digest('hex');
}

/**
 * The HTTP scenario: boots the API exactly as production does (scratch database, fs storage
 * under `dataDir`), creates a manufacturer, offering, workspace and evidence item through the
 * public API, and hands `work` a function that uploads `file` as multipart/form-data to
 * POST /v1/workspaces/{workspaceId}/evidence/{evidenceId}/versions (each call a new version)
 * and returns the SHA-256 the API recorded. `work` gets undefined when the evidence routes are
 * not in this build.
 */
export async function withHttpUpload<T>(
  file: string,
  bytes: number,
  dataDir: string,
  work: (upload: (() => Promise<string>) | undefined) => Promise<T>,
): Promise<T> {
  const queuePrefix = `attesta_bench_${process.pid}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: queuePrefix,
    OPENAPI_DOCS_ENABLED: 'false',
    METRICS_ENABLED: 'false',
  };
  delete env.DATA_DIR;
  return withScratchDatabase(env, async (scratch) => {
    const config: AppConfig = loadConfig({
      ...env,
      DATABASE_URL: scratch.DATABASE_URL,
      DATABASE_MIGRATION_URL: scratch.DATABASE_MIGRATION_URL,
      REDIS_URL: scratch.REDIS_URL,
      DATA_DIR: dataDir,
      STORAGE_DRIVER: 'fs',
      EVIDENCE_MAX_BYTES: String(Math.max(bytes + MIB, 2 * 1024 * MIB)),
    });
    // Imported here so the other scenarios run without loading the whole app.
    const { createApiApp } = await import('../../apps/api/src/bootstrap.js');
    const app = await createApiApp(config);
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.getHttpServer().address();
      const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const target = await prepareUploadTarget(baseUrl, scratch.DATABASE_MIGRATION_URL);
      if (!target) return await work(undefined);
      return await work(async () => {
        const res = await postMultipart(target.url, target.headers, file);
        if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${res.body.slice(0, 500)}`);
        const body = JSON.parse(res.body) as { size: number; sha256: string };
        if (body.size !== bytes) throw new Error(`stored ${body.size} bytes of ${bytes}`);
        return body.sha256;
      });
    } finally {
      await app.close();
      await deleteQueueKeys(config.REDIS_URL, queuePrefix);
    }
  });
}

async function api<T>(baseUrl: string, method: string, path: string, body: unknown, token?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

function expectStatus(step: string, res: { status: number; body: unknown }, status: number): void {
  if (res.status !== status) throw new Error(`${step}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
}

/** Everything an upload needs, made through the public API the way a customer would. */
async function prepareUploadTarget(baseUrl: string, ownerUrl: string): Promise<{ url: string; headers: Record<string, string> } | undefined> {
  const tag = randomBytes(3).toString('hex');
  const password = `Bench-${randomBytes(6).toString('hex')}-Lantern-${randomBytes(4).toString('hex')}`;
  const email = `bench.${tag}@example.test`;
  const requested = await api(baseUrl, 'POST', '/v1/auth/signup', {
    organization: { name: `Bench manufacturer ${tag}`, kind: 'manufacturer' },
    user: { email, name: 'Bench owner', password },
  });
  expectStatus('signup', requested, 202);
  // The confirmation link is mailed through the outbox: read it there, as the mailbox would.
  const [mail] = await adminQuery<{ url: string }>(
    ownerUrl,
    `SELECT payload->>'confirmUrl' AS url FROM outbox_events WHERE type = 'signup.confirmation_requested' AND payload->>'email' = $1`,
    [email],
  );
  const signup = await api<{ session: { accessToken: string } }>(baseUrl, 'POST', '/v1/auth/signup/confirm', {
    token: new URL(mail!.url).searchParams.get('token'),
  });
  expectStatus('signup confirmation', signup, 201);
  const token = signup.body.session.accessToken;
  const offering = await api<{ id: string; components: { id: string }[] }>(
    baseUrl,
    'POST',
    '/v1/offerings',
    {
      name: 'VMC-850 with predictive maintenance',
      components: [{ name: 'Predictive maintenance SaaS', kind: 'saas', version: '4.2.0', serviceCategory: 'predictive_maintenance' }],
    },
    token,
  );
  expectStatus('create offering', offering, 201);
  const frameworks = await api<{ data: { id: string }[] }>(baseUrl, 'GET', '/v1/frameworks?limit=2', undefined, token);
  expectStatus('list frameworks', frameworks, 200);
  const workspace = await api<{ id: string }>(
    baseUrl,
    'POST',
    '/v1/workspaces',
    {
      offeringId: offering.body.id,
      name: 'Upload benchmark',
      frameworkIds: frameworks.body.data.map((f) => f.id),
      targetMarkets: ['VN'],
    },
    token,
  );
  expectStatus('create workspace', workspace, 201);
  const evidence = await api<{ id: string }>(
    baseUrl,
    'POST',
    `/v1/workspaces/${workspace.body.id}/evidence`,
    {
      type: 'validation_report',
      title: 'Benchmark upload',
      componentId: offering.body.components[0]!.id,
      confidentiality: 'internal',
      effectiveDate: '2026-01-01',
    },
    token,
  );
  if (evidence.status === 404 && !(evidence.body as { code?: string } | undefined)?.code) {
    return undefined;
  }
  expectStatus('create evidence', evidence, 201);
  return {
    url: `${baseUrl}/v1/workspaces/${workspace.body.id}/evidence/${evidence.body.id}/versions`,
    headers: { authorization: `Bearer ${token}` },
  };
}

/**
 * Streams `file` as multipart/form-data. curl (a separate process, reading the file as it
 * sends) keeps the client's memory out of this process's RSS; without curl, fetch streams it.
 */
async function postMultipart(url: string, headers: Record<string, string>, file: string): Promise<{ status: number; body: string }> {
  if (spawnSync('curl', ['--version']).status === 0) {
    const args = [
      '-sS',
      '-o',
      '-',
      '-w',
      '\n%{http_code}',
      '-H',
      'Expect:',
      ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]),
      '-F',
      `file=@${file};type=application/pdf;filename=bench.pdf`,
      url,
    ];
    const child = spawn('curl', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    if (code !== 0) throw new Error(`curl exited with ${code}`);
    const cut = out.lastIndexOf('\n');
    return { status: Number(out.slice(cut + 1)), body: out.slice(0, cut) };
  }
  const boundary = `----attesta${randomBytes(8).toString('hex')}`;
  async function* body(): AsyncGenerator<Uint8Array> {
    yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    for await (const chunk of createReadStream(file, { highWaterMark: MIB })) yield chunk as Buffer;
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: ReadableStream.from(body()),
    duplex: 'half',
  } as RequestInit);
  return { status: res.status, body: await res.text() };
}

async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } catch {
    // Cleanup only.
  } finally {
    redis.disconnect();
  }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Scenario {
  name: string;
  run: () => Promise<string>;
  /** Untimed clean-up after each timed run (deleting what it wrote), so both sides measure the same work. */
  after?: () => Promise<void>;
}

export async function runUploadBench(): Promise<void> {
  const mib = Number(process.env.BENCH_UPLOAD_MB ?? 1024);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  if (!Number.isInteger(mib) || mib < 1) throw new Error('BENCH_UPLOAD_MB must be a positive integer');
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('BENCH_ROUNDS must be a positive integer');
  const bytes = mib * MIB;
  const dir = await mkdtemp(join(process.env.BENCH_DIR ?? tmpdir(), 'attesta-bench-upload-'));
  try {
    const file = join(dir, 'input.pdf');
    process.stdout.write(`Generating a ${mib} MiB file in ${dir} ...\n`);
    await generateFile(file, bytes);
    // Read it once so every scenario starts with it in the page cache.
    await pipeline(createReadStream(file, { highWaterMark: 4 * MIB }), async (source: AsyncIterable<Buffer>) => {
      for await (const _ of source);
    });
    const expected = await baseline(file, join(dir, 'warmup.out'));
    await rm(join(dir, 'warmup.out'));

    const driver = new FsStorageDriver(join(dir, 'objects'));
    const dataDir = join(dir, 'app-data');
    await mkdir(dataDir);

    await withHttpUpload(file, bytes, dataDir, async (httpUpload) => {
      const written: string[] = [];
      const scenarios: Scenario[] = [
        {
          name: 'baseline: read → sha256 → write + fsync',
          run: () => baseline(file, join(dir, 'baseline.out')),
          after: () => rm(join(dir, 'baseline.out')),
        },
        {
          name: '(a) storage driver put (fs)',
          run: async () => {
            const key = newStorageKey();
            const { sha256 } = await driver.put(key, createReadStream(file, { highWaterMark: MIB }), { expectedSize: bytes });
            written.push(key);
            return sha256;
          },
          after: async () => {
            for (const key of written.splice(0)) await driver.delete(key);
          },
        },
      ];
      if (httpUpload) scenarios.push({ name: '(b) HTTP multipart upload (booted app)', run: httpUpload });
      else process.stdout.write('(b) HTTP upload: skipped, the evidence routes are not in this build.\n');

      // Rounds rotate the order, so disk writeback from one scenario does not always hit the same next one.
      const results = new Map<string, BenchResult[]>(scenarios.map((sc) => [sc.name, []]));
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < scenarios.length; i++) {
          const sc = scenarios[(i + round) % scenarios.length]!;
          const r = await measure(sc.name, bytes, sc.run);
          await sc.after?.();
          if (r.sha256 !== expected) throw new Error(`${sc.name}: SHA-256 ${r.sha256}, expected ${expected}`);
          process.stdout.write(`  round ${round + 1}: ${sc.name}: ${r.mibPerSecond.toFixed(1)} MiB/s, peak RSS +${r.peakRssGrowthMib.toFixed(1)} MiB\n`);
          results.get(sc.name)!.push(r);
        }
      }

      const base = results.get(scenarios[0]!.name)!;
      const summary = scenarios.map((sc) => {
        const rs = results.get(sc.name)!;
        return {
          name: sc.name,
          medianMibPerSecond: median(rs.map((r) => r.mibPerSecond)),
          // Paired within each round: the least sensitive to a noisy disk.
          medianRatio: median(rs.map((r, i) => r.mibPerSecond / base[i]!.mibPerSecond)),
          maxPeakRssGrowthMib: Math.max(...rs.map((r) => r.peakRssGrowthMib)),
        };
      });
      process.stdout.write(`\nupload benchmark: ${mib} MiB file, ${rounds} round(s), Node ${process.version}\n`);
      process.stdout.write(`${'scenario'.padEnd(42)} ${'median MiB/s'.padStart(13)} ${'ratio to baseline'.padStart(18)} ${'peak RSS growth'.padStart(16)}\n`);
      for (const r of summary) {
        process.stdout.write(
          `${r.name.padEnd(42)} ${r.medianMibPerSecond.toFixed(1).padStart(13)} ${(r.medianRatio.toFixed(2) + '×').padStart(18)} ${(r.maxPeakRssGrowthMib.toFixed(1) + ' MiB').padStart(16)}\n`,
        );
      }
      process.stdout.write(`\n${JSON.stringify({ bench: 'upload', mib, rounds, node: process.version, summary })}\n`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
