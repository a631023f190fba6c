import { createHash, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import pg from 'pg';
import { loadConfig, MemberRole, OrganizationKind, type Actor, type AppConfig } from '@attesta/core';
import { withScratchDatabase } from '../../scripts/lib/scratch-db.js';
import { envInt, line, load, quantile, summary } from './db-bench.js';

/**
 * Audit verify of one organization stream (BENCH_AUDIT_EVENTS, default 100,000 events, seeded as the
 * owner role with hashes from the product's own `auditEventHash`, sealed by a signed checkpoint):
 *
 * - product: `AuditService.verify` (full), in the booted API's process (from a build, its walk runs in a
 *   verifier worker thread of that process, AUDIT_VERIFY_WORKER_MIN_EVENTS);
 * - baseline: a bare `pg` client as the app's role with the tenant settings, reading the same rows in
 *   keyset batches of 2,000 (the product's batch size) and checking sequence, links and
 *   SHA-256(RFC 8785 canonical JSON) with the `canonicalize` package;
 * - RSS growth of the process (worker threads included) during one product verify (peak − before,
 *   sampled every 5 ms);
 * - incremental: `verify(…, { incremental: true })` after 100 new events past the checkpoint.
 *
 * BENCH_ROUNDS (default 5) interleaved rounds, the two sides alternating first.
 */
export async function runAuditVerifyBench(): Promise<void> {
  const events = envInt('BENCH_AUDIT_EVENTS', 100_000);
  const rounds = envInt('BENCH_ROUNDS', 5);
  const env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', METRICS_ENABLED: 'false' };
  await withScratchDatabase(env, async (scratch: AppConfig) => {
    const config = loadConfig({
      ...env,
      DATABASE_URL: scratch.DATABASE_URL,
      DATABASE_MIGRATION_URL: scratch.DATABASE_MIGRATION_URL,
      REDIS_URL: scratch.REDIS_URL,
    });
    const { createApiApp } = await import('../../apps/api/src/bootstrap.js');
    const { AuditService, AuditCheckpointsService, auditEventHash, auditVerificationRuns } = await import('@attesta/audit');
    const app = await createApiApp(config);
    const owner = new pg.Client({ connectionString: config.DATABASE_MIGRATION_URL });
    await owner.connect();
    const bare = new pg.Client({ connectionString: config.DATABASE_URL });
    await bare.connect();
    try {
      const audit = app.get(AuditService);
      const checkpoints = app.get(AuditCheckpointsService);
      const organizationId = randomUUID();
      const actor: Actor = { kind: 'user', userId: randomUUID(), organizationId, organizationKind: OrganizationKind.Manufacturer, role: MemberRole.Owner };
      const stream = { type: 'organization' as const, id: organizationId };
      await owner.query(`INSERT INTO organizations (id, name, kind) VALUES ($1, 'Audit bench', 'manufacturer')`, [organizationId]);

      let prevHash: string | null = null;
      let seq = 0;
      const t0 = Date.now() - events * 10;
      /** Appends `n` events to the stream as the owner role (hash chain by the product's function). */
      const append = async (n: number) => {
        for (let done = 0; done < n;) {
          const batch = Math.min(2000, n - done);
          const values: unknown[] = [];
          const rows: string[] = [];
          for (let i = 0; i < batch; i++) {
            seq++;
            const occurredAt = new Date(t0 + seq * 10);
            const e = {
              streamType: 'organization',
              streamId: organizationId,
              seq,
              organizationId,
              actorType: 'user',
              actorId: actor.kind === 'user' ? actor.userId : '',
              action: `bench.event${seq % 7}`,
              subjectType: 'Thing',
              subjectId: randomUUID(),
              payload: { n: seq, note: 'benchmark event', tags: ['a', 'b'] },
              occurredAt,
              hashVersion: 2,
              prevHash,
            };
            const hash = auditEventHash(e)!;
            const k = values.length;
            rows.push(
              `($${k + 1}, 'organization', $${k + 2}, $${k + 3}, $${k + 2}, 'user', $${k + 4}, $${k + 5}, 'Thing', $${k + 6}, $${k + 7}::jsonb, $${k + 8}, 2, $${k + 9}, $${k + 10})`,
            );
            values.push(randomUUID(), organizationId, seq, e.actorId, e.action, e.subjectId, JSON.stringify(e.payload), occurredAt, prevHash, hash);
            prevHash = hash;
          }
          await owner.query(
            `INSERT INTO audit_events (id, stream_type, stream_id, seq, organization_id, actor_type, actor_id, action, subject_type, subject_id, payload, occurred_at, hash_version, prev_hash, hash) VALUES ${rows.join(', ')}`,
            values,
          );
          done += batch;
        }
      };

      const seedStart = Date.now();
      await append(events);
      await owner.query('ANALYZE audit_events');
      await checkpoints.checkpointDue();
      line(`seeded ${events} events in ${((Date.now() - seedStart) / 1000).toFixed(1)} s and sealed them with a checkpoint`);

      /** The bare verifier: keyset batches, RFC 8785 + SHA-256, links and sequence. */
      const baseline = async (): Promise<{ checked: number; valid: boolean }> => {
        await bare.query('BEGIN');
        try {
          await bare.query(`SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [
            organizationId,
            actor.kind === 'user' ? actor.userId : '',
          ]);
          let after = 0;
          let prev: string | null = null;
          let expected = 1;
          let valid = true;
          let checked = 0;
          for (;;) {
            const { rows } = await bare.query<Record<string, unknown>>(
              `SELECT stream_type, stream_id, seq, organization_id, actor_type, actor_id, action, subject_type, subject_id, payload,
                      to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at, hash_version, prev_hash, hash
                 FROM audit_events WHERE stream_id = $1 AND seq > $2 ORDER BY seq LIMIT 2000`,
              [organizationId, after],
            );
            for (const r of rows) {
              const s = Number(r.seq);
              const doc = {
                streamType: r.stream_type,
                streamId: r.stream_id,
                seq: s,
                organizationId: r.organization_id,
                actorType: r.actor_type,
                actorId: r.actor_id,
                action: r.action,
                subjectType: r.subject_type,
                subjectId: r.subject_id,
                payload: r.payload,
                occurredAt: r.occurred_at,
                prevHash: r.prev_hash,
                hashVersion: r.hash_version,
              };
              const h = createHash('sha256').update(canonicalize(doc)!, 'utf8').digest('hex');
              if (s !== expected || r.prev_hash !== prev || h !== r.hash) valid = false;
              prev = r.hash as string;
              expected = s + 1;
              checked++;
            }
            if (rows.length < 2000) break;
            after = Number(rows[rows.length - 1]!.seq);
          }
          return { checked, valid };
        } finally {
          await bare.query('COMMIT');
        }
      };

      const time = async <T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> => {
        const s = process.hrtime.bigint();
        const value = await f();
        return { ms: Number(process.hrtime.bigint() - s) / 1e6, value };
      };

      const ratios: number[] = [];
      const productMs: number[] = [];
      const baselineMs: number[] = [];
      const rssGrowth: number[] = [];
      const baselineRssGrowth: number[] = [];
      // RSS peak − RSS before (after a GC when run with --expose-gc), sampled every 5 ms, MiB. The
      // first run in the process also pays for V8 growing its heap; both sides are measured alike.
      const withRssGrowth = async <T>(into: number[], run: () => Promise<T>): Promise<T> => {
        global.gc?.();
        const before = process.memoryUsage().rss;
        let peak = before;
        const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
        try {
          const value = await run();
          into.push((Math.max(peak, process.memoryUsage().rss) - before) / 1024 / 1024);
          return value;
        } finally {
          clearInterval(sampler);
        }
      };
      const loads: string[] = [];
      for (let r = 0; r < rounds; r++) {
        loads.push(load());
        const product = async () => {
          const res = await withRssGrowth(rssGrowth, () => time(() => audit.verify(actor, stream)));
          if (!res.value.valid || res.value.checked !== seq) throw new Error(`product verify: ${JSON.stringify(res.value).slice(0, 200)}`);
          return res.ms;
        };
        const base = async () => {
          const res = await withRssGrowth(baselineRssGrowth, () => time(baseline));
          if (!res.value.valid || res.value.checked !== seq) throw new Error(`baseline verify: ${JSON.stringify(res.value)}`);
          return res.ms;
        };
        let p: number;
        let b: number;
        if (r % 2 === 0) {
          p = await product();
          b = await base();
        } else {
          b = await base();
          p = await product();
        }
        productMs.push(p);
        baselineMs.push(b);
        // The product's speed as a fraction of the bare verifier's (target >= 0.8).
        ratios.push(b / p);
        line(
          `  round ${r + 1}: product ${p.toFixed(0)} ms, baseline ${b.toFixed(0)} ms, speed ratio ${(b / p).toFixed(2)}, RSS growth product ${rssGrowth.at(-1)!.toFixed(1)} MiB, baseline ${baselineRssGrowth.at(-1)!.toFixed(1)} MiB | ${loads.at(-1)}`,
        );
      }

      // Incremental after 100 new events past the checkpoint.
      await append(100);
      const incremental: number[] = [];
      for (let r = 0; r < rounds; r++) {
        const res = await time(() => audit.verify(actor, stream, { incremental: true }));
        if (!res.value.valid || !res.value.incremental || res.value.checked !== 101)
          throw new Error(`incremental verify: ${JSON.stringify(res.value).slice(0, 300)}`);
        incremental.push(res.ms);
      }

      line('');
      line(`audit-verify benchmark: ${events} events, ${rounds} interleaved rounds, Node ${process.version}`);
      line(`product full verify ms       ${summary(productMs)}`);
      line(`baseline (pg + RFC 8785 + SHA-256) ms ${summary(baselineMs)}`);
      line(`speed ratio baseline/product ${summary(ratios)}  (target >= 0.8)`);
      line(`RSS growth MiB               ${summary(rssGrowth)}  (target < 64 at 1M events)`);
      line(`baseline RSS growth MiB      ${summary(baselineRssGrowth)}`);
      line(`incremental after 100 new events ms ${summary(incremental)} (p50 ${quantile(incremental, 0.5).toFixed(1)}; target <= 50)`);
      // Where the product's walks ran: a verifier worker needs the build (run from the sources every walk stays in the process).
      const walks = Object.fromEntries(auditVerificationRuns());
      line(`product walks: ${walks.worker} in a verifier worker, ${walks.in_process} in the process`);
      line(
        JSON.stringify({
          bench: 'audit-verify',
          events,
          rounds,
          productMs,
          baselineMs,
          ratios,
          rssGrowthMiB: rssGrowth,
          baselineRssGrowthMiB: baselineRssGrowth,
          incrementalMs: incremental,
          walks,
        }),
      );
    } finally {
      await owner.end();
      await bare.end();
      await app.close();
    }
  });
}
