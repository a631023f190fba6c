/**
 * Benchmarks: `npm run bench -- <name>` builds, then runs `node dist/test/bench/run.js <name>`. Without a
 * build: `node test/faults/run-ts.mjs test/bench/run.ts <name>`.
 */
import { runAuditVerifyBench } from './audit-verify.bench.js';
import { runEvidenceListBench } from './evidence-list.bench.js';
import { runGapAnalysisBench } from './gap-analysis.bench.js';
import { runHotPathBench } from './hot-path.bench.js';
import { runPortalBench } from './portal.bench.js';
import { runStartupBench } from './startup.bench.js';
import { runServiceLevelsBench } from './service-levels.bench.js';
import { runUploadBench } from './upload.bench.js';

const BENCHES: Record<string, { about: string; run: () => Promise<void> }> = {
  'service-levels': {
    about:
      'service-level matching of 200 tender requirements × 50 bids (units, operators, groups, margins) against a plain loop in the same run (target <= 50 ms)',
    run: runServiceLevelsBench,
  },
  'hot-path': {
    about:
      'POST /v1/conformity-checks, GET /v1/tenders/{id}/bids, GET /v1/workspaces/{id} against a bare Fastify + pg server sending the same SQL in one round trip (BENCH_SECONDS, default 10; BENCH_ROUNDS, default 3)',
    run: runHotPathBench,
  },
  portal: {
    about:
      'first contentful paint of the workspace overview and /verify/<serial> on emulated slow 4G + 4x CPU, precompressed vs uncompressed assets (BENCH_ROUNDS, default 3; target <= 3 s)',
    run: runPortalBench,
  },
  upload: { about: 'evidence upload throughput against sha256 + write + fsync of the same file (BENCH_UPLOAD_MB, default 1024)', run: runUploadBench },
  'gap-analysis': {
    about: 'gap analysis p50, before/now, with BENCH_EVIDENCE_ROWS (default 200000) evidence rows in another workspace (target <= 30 ms)',
    run: runGapAnalysisBench,
  },
  'audit-verify': {
    about:
      'AuditService.verify of BENCH_AUDIT_EVENTS (default 100000) events against a bare pg + RFC 8785 + SHA-256 verifier (interleaved BENCH_ROUNDS), RSS growth, incremental verify after 100 new events',
    run: runAuditVerifyBench,
  },
  startup: {
    about:
      'spawn to GET /health/ready answering 200, and idle RSS, of the API process (dist/ when built, else the sources; BENCH_ROUNDS, default 3; target <= 1.5 s)',
    run: runStartupBench,
  },
  'evidence-list': {
    about: "contributor's vs owner's first evidence page p95 with BENCH_EVIDENCE_ROWS (default 200000) rows in the workspace (target <= 2x)",
    run: runEvidenceListBench,
  },
};

async function main(): Promise<void> {
  // argv[2] is the entry point itself when run through test/faults/run-ts.mjs.
  const name = process.argv.slice(2).find((a) => !a.endsWith('.ts'));
  const bench = name ? BENCHES[name] : undefined;
  if (!bench) {
    process.stderr.write(
      `usage: npm run bench -- <name>\n${Object.entries(BENCHES)
        .map(([n, b]) => `  ${n}  ${b.about}`)
        .join('\n')}\n`,
    );
    process.exitCode = 2;
    return;
  }
  await bench.run();
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
