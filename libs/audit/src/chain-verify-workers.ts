import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@attesta/core';
import { CHAIN_VERIFY_JOB, type ChainVerifyJob, type ChainVerifyReply, type ChainWalkResult } from './chain-walk.js';

/**
 * The verifier worker's heap (MiB). Its walk keeps one batch and a few counters alive; the
 * bound is what keeps a full verification of millions of events from growing the process:
 * V8 lets a heap with the API's live size (~110 MB) grow by hundreds of MiB of garbage
 * between collections, a heap this small cannot.
 */
export const VERIFY_WORKER_HEAP_MB = { old: 32, young: 8 } as const;

/** Verifier workers running at once; further full verifications wait for one to finish. */
export const MAX_VERIFY_WORKERS = 2;

/** Where each verification's walk ran, since start-up (`attesta_audit_verifications_total`). */
const runs = new Map<'worker' | 'in_process', number>([
  ['worker', 0],
  ['in_process', 0],
]);

export function auditVerificationRuns(): ReadonlyMap<'worker' | 'in_process', number> {
  return runs;
}

export function countVerificationRun(where: 'worker' | 'in_process'): void {
  runs.set(where, runs.get(where)! + 1);
}

/**
 * Runs full verifications' walks in worker threads (chain-verify.worker.ts) with a bounded
 * heap, for streams of at least AUDIT_VERIFY_WORKER_MIN_EVENTS events. The worker's script is
 * the one built beside this module (dist), or AUDIT_VERIFY_WORKER_SCRIPT; run from the
 * TypeScript sources there is none, and every walk runs in the process.
 */
@Injectable()
export class ChainVerifyWorkers {
  private readonly logger = new Logger(ChainVerifyWorkers.name);
  private readonly script: URL | null;
  private readonly minEvents: number;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(config: AppConfig) {
    this.minEvents = config.AUDIT_VERIFY_WORKER_MIN_EVENTS;
    this.script = config.AUDIT_VERIFY_WORKER_SCRIPT ? pathToFileURL(config.AUDIT_VERIFY_WORKER_SCRIPT) : builtScript();
  }

  /** Whether any walk can go to a worker (a script, a threshold): if not, no walk's length need be read. */
  get enabled(): boolean {
    return this.script !== null && this.minEvents > 0;
  }

  /** Whether a walk over this many events goes to a worker. */
  wants(events: number): boolean {
    return this.enabled && events >= this.minEvents;
  }

  /** The job's walk in a worker; rejects when the worker fails (an error, a crash, its heap's limit). */
  async walk(job: Omit<ChainVerifyJob, 'kind'>): Promise<ChainWalkResult> {
    if (!this.script) throw new Error('no verifier worker script');
    await this.slot();
    try {
      return await this.run(this.script, { kind: CHAIN_VERIFY_JOB, ...job });
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private async slot(): Promise<void> {
    if (this.running >= MAX_VERIFY_WORKERS) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
  }

  private run(script: URL, job: ChainVerifyJob): Promise<ChainWalkResult> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(script, {
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: VERIFY_WORKER_HEAP_MB.old, maxYoungGenerationSizeMb: VERIFY_WORKER_HEAP_MB.young },
        // The worker logs nothing of its own; its stdout is the process's.
        stdout: false,
        stderr: false,
      });
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        fn();
        void worker.terminate();
      };
      worker.once('message', (reply: ChainVerifyReply) =>
        settle(() => (reply.ok ? resolve(reply.result) : reject(new Error(`verifier worker: ${reply.message}`)))),
      );
      worker.once('error', (e) => settle(() => reject(e)));
      worker.once('exit', (code) => settle(() => reject(new Error(`verifier worker exited with code ${code} before answering`))));
    }).catch((e: unknown) => {
      this.logger.warn({ err: e, streamId: job.streamId }, 'audit verify: the verifier worker failed');
      throw e;
    }) as Promise<ChainWalkResult>;
  }
}

/** chain-verify.worker.js beside this module when it was built; null from the sources. */
function builtScript(): URL | null {
  const url = new URL('./chain-verify.worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}
