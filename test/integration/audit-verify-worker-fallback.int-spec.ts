import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAMPERED_STREAM_FINDINGS, verificationRuns as runs, verifyTamperedStream } from '../setup/audit-streams.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/**
 * A verifier worker that fails leaves the walk to the process, with the same findings; and the
 * worker's heap is bounded (resourceLimits): one that tries to keep 200 MiB is stopped at its
 * limit. In a file of its own: the app's log goes to the first sink a process sets up.
 */
describe('Audit verify when the verifier worker fails', () => {
  let t: TestApp;
  const logLines: { msg?: string; err?: { message?: string } }[] = [];

  beforeAll(async () => {
    // A "worker" that keeps 200 MiB alive and then answers: held to its heap limit, it never answers.
    const script = join(tmpdir(), `attesta-verify-worker-heap-${process.pid}.mjs`);
    writeFileSync(
      script,
      [
        "import { parentPort } from 'node:worker_threads';",
        'const keep = [];',
        'for (let mib = 0; mib < 200; mib++) keep.push(new Array(128 * 1024).fill(mib + 0.5));',
        "parentPort.postMessage({ ok: false, message: 'kept 200 MiB: no heap limit held it' });",
      ].join('\n'),
    );
    const logSink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as { msg?: string; err?: { message?: string } });
        done();
      },
    });
    t = await createTestApp({
      logDestination: logSink,
      env: { LOG_LEVEL: 'warn', AUDIT_CHECKPOINT_EVERY: '10', AUDIT_VERIFY_WORKER_MIN_EVENTS: '1', AUDIT_VERIFY_WORKER_SCRIPT: script },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is held to its heap limit, and the walk runs in the process with the same findings', async () => {
    const before = runs();
    expect(await verifyTamperedStream(t)).toMatchObject(TAMPERED_STREAM_FINDINGS);
    expect(runs()).toEqual({ worker: before.worker, inProcess: before.inProcess + 1 });
    // The log line is written asynchronously.
    const failures = () => logLines.filter((l) => l.msg === 'audit verify: the verifier worker failed');
    await expect.poll(() => failures().length).toBe(1);
    expect(failures()[0]!.err?.message).toMatch(/memory limit/);
  });
});
