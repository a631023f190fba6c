/**
 * Benchmarks: `npm run bench -- <name>` builds, then runs `node dist/test/bench/run.js <name>`.
 */
import { runUploadBench } from './upload.bench.js';

const BENCHES: Record<string, { about: string; run: () => Promise<void> }> = {
  upload: { about: 'evidence upload throughput against sha256 + write + fsync of the same file (BENCH_UPLOAD_MB, default 1024)', run: runUploadBench },
};

async function main(): Promise<void> {
  const name = process.argv[2];
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
