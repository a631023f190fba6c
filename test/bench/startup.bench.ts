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

/** One way of starting the API: a label and the `node` arguments. */
interface Entry {
  label: string;
  args: string[];
}

/**
 * What is timed: the production entry point (`dist/bundle/api.js`, `npm run build`) and the
 * compiled modules it is bundled from (`dist/apps/api/src/main.js`), in the same rounds; from the
 * sources (Vite's module runner, which transforms every module on each start, an upper bound)
 * only when nothing is built.
 */
function entries(): Entry[] {
  const found = [
    { label: 'bundle dist/bundle/api.js', args: [join(repoRoot, 'dist/bundle/api.js')] },
    { label: 'modules dist/apps/api/src/main.js', args: [join(repoRoot, 'dist/apps/api/src/main.js')] },
  ].filter((e) => existsSync(e.args[0]!));
  return found.length
    ? found
    : [{ label: 'sources (Vite module runner)', args: [join(repoRoot, 'test/faults/run-ts.mjs'), join(repoRoot, 'apps/api/src/main.ts')] }];
}

/**
 * Start-up to ready: spawns the API process (each of entries()) on a migrated throwaway database
 * and polls `GET /health/ready` every 10 ms until it answers 200. Prints milliseconds from spawn to
 * ready and the process's RSS once idle, BENCH_ROUNDS (default 3) times, each round also timing a
 * process that only imports the framework packages (FRAMEWORK), the floor.
 */
export async function runStartupBench(): Promise<void> {
  const rounds = envInt('BENCH_ROUNDS', 3);
  const starts = entries();
  const env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', METRICS_ENABLED: 'false' };
  await withScratchDatabase(env, async (scratch: AppConfig) => {
    const ready = starts.map(() => [] as number[]);
    const rss = starts.map(() => [] as number[]);
    const floor: number[] = [];
    /** Spawn to ready and idle RSS of one start. */
    const startOnce = async (entry: Entry): Promise<[number, number]> => {
      const port = await freePort();
      const started = process.hrtime.bigint();
      const child = spawn(process.execPath, entry.args, {
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
          if (child.exitCode !== null) throw new Error(`${entry.label} exited with ${child.exitCode} before it was ready`);
          const ok = await fetch(`http://127.0.0.1:${port}/health/ready`)
            .then((res) => res.status === 200)
            .catch(() => false);
          if (ok) break;
          if (Number(process.hrtime.bigint() - started) / 1e9 > 120) throw new Error(`${entry.label}: not ready after 120 s`);
          await new Promise((res) => setTimeout(res, 10));
        }
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        await new Promise((res) => setTimeout(res, 1000));
        return [ms, rssMiB(child.pid!)];
      } finally {
        child.kill('SIGINT');
        await new Promise((res) => child.once('exit', res));
      }
    };
    for (let r = 0; r < rounds; r++) {
      const parts: string[] = [];
      for (const [i, entry] of starts.entries()) {
        const [ms, mib] = await startOnce(entry);
        ready[i]!.push(ms);
        rss[i]!.push(mib);
        parts.push(`${entry.label.split(' ')[0]} ready after ${ms.toFixed(0)} ms, idle RSS ${mib.toFixed(0)} MiB`);
      }
      floor.push(await frameworkImportMs());
      line(`  round ${r + 1}: ${parts.join('; ')}; framework import alone ${floor.at(-1)!.toFixed(0)} ms | ${load()}`);
    }
    line('');
    line(`startup benchmark, Node ${process.version}`);
    for (const [i, entry] of starts.entries()) {
      line(`${entry.label}: spawn to ready ms ${summary(ready[i]!)}  (target <= 1500)`);
      line(`${entry.label}: idle RSS MiB      ${summary(rss[i]!)}`);
      line(`${entry.label}: ready / framework import ${summary(ready[i]!.map((x, j) => x / floor[j]!))}`);
    }
    if (starts.length === 2) line(`bundle / modules spawn to ready ${summary(ready[0]!.map((x, j) => x / ready[1]![j]!))}`);
    line(`framework import alone ms ${summary(floor)}  (${FRAMEWORK.length} packages, no app code: the floor)`);
    line(
      JSON.stringify({
        bench: 'startup',
        entries: starts.map((e, i) => ({ entry: e.label, readyMs: ready[i], idleRssMiB: rss[i] })),
        frameworkImportMs: floor,
      }),
    );
  });
}
