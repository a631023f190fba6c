import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import {
  CHAIN_VERIFY_JOB,
  ChainWalk,
  FULL_LINKS_SQL,
  fullLinkOf,
  VERIFY_BATCH,
  type ChainVerifyJob,
  type ChainVerifyReply,
  type ChainWalkResult,
} from './chain-walk.js';

// The verifier worker: a full verification's walk over a stream, on a connection of its own, in
// an isolate whose heap the API process bounds (resourceLimits), so a walk over millions of events
// neither grows the API's heap nor holds its event loop. It imports pg and the walk only: no Nest,
// no TypeORM. It runs from the build (dist); see ChainVerifyWorkers.

async function walk(job: ChainVerifyJob): Promise<ChainWalkResult> {
  const client = new pg.Client(job.connection);
  await client.connect();
  try {
    await client.query(job.begin);
    const chain = new ChainWalk(job.start);
    let afterSeq = job.start.from - 1;
    for (;;) {
      const { rows } = await client.query<Record<string, unknown>>(FULL_LINKS_SQL, [job.streamId, afterSeq, VERIFY_BATCH]);
      if (!chain.push(rows.map(fullLinkOf)) || rows.length < VERIFY_BATCH) break;
      afterSeq = Number(rows[rows.length - 1]!.seq);
    }
    await client.query('ROLLBACK');
    return chain.result();
  } finally {
    await client.end().catch(() => undefined);
  }
}

// Only as the verifier worker: imported anywhere else (a test runner's own worker thread), it does nothing.
const job = workerData as Partial<ChainVerifyJob> | null;
if (parentPort && job?.kind === CHAIN_VERIFY_JOB) {
  const port = parentPort;
  walk(job as ChainVerifyJob).then(
    (result) => port.postMessage({ ok: true, result } satisfies ChainVerifyReply),
    (e: unknown) => port.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) } satisfies ChainVerifyReply),
  );
}
