import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '@attesta/core';
import { describe, expect, it } from 'vitest';
import { ChainVerifyWorkers, MAX_VERIFY_WORKERS } from './chain-verify-workers.js';

/** A stand-in worker script: answers after `ms`, reporting when it ran (in `hashAt`). */
function scriptAnsweringAfter(ms: number): string {
  const path = join(tmpdir(), `attesta-verify-worker-slow-${process.pid}-${ms}.mjs`);
  writeFileSync(
    path,
    [
      "import { parentPort } from 'node:worker_threads';",
      'const started = Date.now();',
      `await new Promise((resolve) => setTimeout(resolve, ${ms}));`,
      'parentPort.postMessage({ ok: true, result: { checked: 0, length: 0, breaks: [], breakCount: 0, hashAt: [[started, String(Date.now())]], anchorMissing: false } });',
    ].join('\n'),
  );
  return path;
}

const job = {
  connection: { connectionString: 'postgres://unused', application_name: 'test' },
  begin: '',
  streamId: 'x',
  start: { from: 1, anchorSeq: null, signedSeqs: [] },
};

describe(ChainVerifyWorkers.name, () => {
  it(`runs at most ${MAX_VERIFY_WORKERS} workers at once; the others wait their turn`, async () => {
    const workers = new ChainVerifyWorkers({ AUDIT_VERIFY_WORKER_MIN_EVENTS: 1, AUDIT_VERIFY_WORKER_SCRIPT: scriptAnsweringAfter(400) } as AppConfig);
    const results = await Promise.all(Array.from({ length: 5 }, () => workers.walk(job)));
    const spans = results.map((r) => [r.hashAt[0]![0], Number(r.hashAt[0]![1])] as const);
    // The most workers alive at any one moment (a start at the same instant as an end does not overlap it).
    const events = spans.flatMap(([from, to]) => [[from, 1] as const, [to, -1] as const]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let alive = 0;
    let most = 0;
    for (const [, d] of events) most = Math.max(most, (alive += d));
    expect(results).toHaveLength(5);
    expect(most).toBeLessThanOrEqual(MAX_VERIFY_WORKERS);
  });

  it('wants a worker only for walks of at least the threshold, and only with a script', () => {
    const script = scriptAnsweringAfter(0);
    const at = (min: number, path?: string) => new ChainVerifyWorkers({ AUDIT_VERIFY_WORKER_MIN_EVENTS: min, AUDIT_VERIFY_WORKER_SCRIPT: path } as AppConfig);
    expect([at(100, script).wants(99), at(100, script).wants(100)]).toEqual([false, true]);
    expect(at(0, script).wants(1_000_000)).toBe(false);
    // From the TypeScript sources there is no built script beside the module.
    expect(at(1).wants(1_000_000)).toBe(false);
  });

  it('rejects when the worker answers with a failure or dies', async () => {
    const failing = join(tmpdir(), `attesta-verify-worker-failing-${process.pid}.mjs`);
    writeFileSync(failing, "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ ok: false, message: 'no connection' });\n");
    const dying = join(tmpdir(), `attesta-verify-worker-dying-${process.pid}.mjs`);
    writeFileSync(dying, 'process.exit(3);\n');
    await expect(new ChainVerifyWorkers({ AUDIT_VERIFY_WORKER_MIN_EVENTS: 1, AUDIT_VERIFY_WORKER_SCRIPT: failing } as AppConfig).walk(job)).rejects.toThrow(
      'verifier worker: no connection',
    );
    await expect(new ChainVerifyWorkers({ AUDIT_VERIFY_WORKER_MIN_EVENTS: 1, AUDIT_VERIFY_WORKER_SCRIPT: dying } as AppConfig).walk(job)).rejects.toThrow(
      'exited with code 3',
    );
  });
});
