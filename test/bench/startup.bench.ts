import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { AppConfig } from '@attesta/core';
import { withScratchDatabase } from '../../scripts/lib/scratch-db.js';
import { envInt, line, load, repoRoot, summary } from './db-bench.js';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** Resident set of a process (Linux /proc), MiB. */
const rssMiB = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

/**
 * The fixed framework choices (and what the app cannot start without), imported and nothing else:
 * a floor under any start-up of this app on this machine and Node version, timed in the same rounds.
 */
const FRAMEWORK = [
  'reflect-metadata',
  '@nestjs/common',
  '@nestjs/core',
  '@nestjs/platform-fastify',
  '@nestjs/typeorm',
  'typeorm',
  '@nestjs/swagger',
  'class-validator',
  'class-transformer',
  '@nestjs/passport',
  '@nestjs/jwt',
  '@casl/ability',
  '@nestjs/bullmq',
  'bullmq',
  'nestjs-pino',
  'nestjs-cls',
  '@nestjs/terminus',
  'pg',
  'ioredis',
];

/** Spawn to exit of `node` importing FRAMEWORK, ms. */
async function frameworkImportMs(): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--input-type=module', '-e', `await Promise.all(${JSON.stringify(FRAMEWORK)}.map((m) => import(m)));`], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((res) => child.once('exit', res));
  if (code !== 0) throw new Error(`importing the framework packages exited with ${code}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Start-up to ready: spawns the API process (`dist/apps/api/src/main.js` when built, else the sources
 * through Vite's module runner, which transforms every module on each start, an upper bound) on a
 * migrated throwaway database and polls `GET /health/ready` every 10 ms until it answers 200.
 * Prints milliseconds from spawn to ready and the process's RSS once idle, BENCH_ROUNDS (default 3) times,
 * each round also timing a process that only imports the framework packages (FRAMEWORK), the floor.
 */
export async function runStartupBench(): Promise<void> {
  const rounds = envInt('BENCH_ROUNDS', 3);
  const built = join(repoRoot, 'dist/apps/api/src/main.js');
  const args = existsSync(built) ? [built] : [join(repoRoot, 'test/faults/run-ts.mjs'), join(repoRoot, 'apps/api/src/main.ts')];
  const env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', METRICS_ENABLED: 'false' };
  await withScratchDatabase(env, async (scratch: AppConfig) => {
    const ready: number[] = [];
    const rss: number[] = [];
    const floor: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const port = await freePort();
      const started = process.hrtime.bigint();
      const child = spawn(process.execPath, args, {
        cwd: repoRoot,
        env: {
          ...env,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: scratch.DATABASE_URL,
          DATABASE_MIGRATION_URL: scratch.DATABASE_MIGRATION_URL,
          REDIS_URL: scratch.REDIS_URL,
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      try {
        for (;;) {
          if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before it was ready`);
          const ok = await fetch(`http://127.0.0.1:${port}/health/ready`)
            .then((res) => res.status === 200)
            .catch(() => false);
          if (ok) break;
          if (Number(process.hrtime.bigint() - started) / 1e9 > 120) throw new Error('not ready after 120 s');
          await new Promise((res) => setTimeout(res, 10));
        }
        ready.push(Number(process.hrtime.bigint() - started) / 1e6);
        await new Promise((res) => setTimeout(res, 1000));
        rss.push(rssMiB(child.pid!));
      } finally {
        child.kill('SIGINT');
        await new Promise((res) => child.once('exit', res));
      }
      floor.push(await frameworkImportMs());
      line(
        `  round ${r + 1}: ready after ${ready.at(-1)!.toFixed(0)} ms, idle RSS ${rss.at(-1)!.toFixed(0)} MiB; framework import alone ${floor.at(-1)!.toFixed(0)} ms | ${load()}`,
      );
    }
    line('');
    line(`startup benchmark: ${args.length === 1 ? 'built dist/' : 'from the sources (Vite module runner; a build starts faster)'}, Node ${process.version}`);
    line(`spawn to ready ms ${summary(ready)}  (target <= 1500)`);
    line(`idle RSS MiB      ${summary(rss)}`);
    line(`framework import alone ms ${summary(floor)}  (${FRAMEWORK.length} packages, no app code: the floor)`);
    line(`ready / framework import ${summary(ready.map((x, i) => x / floor[i]!))}`);
    line(JSON.stringify({ bench: 'startup', source: args.length === 1 ? 'dist' : 'sources', readyMs: ready, idleRssMiB: rss, frameworkImportMs: floor }));
  });
}
