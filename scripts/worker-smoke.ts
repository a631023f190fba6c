/**
 * CI smoke run of the compiled worker: boot it on a scratch database with metrics on
 * their own port, have it process a typed job, find the job in the worker's /metrics,
 * send SIGTERM, and expect a clean exit.
 */
import 'reflect-metadata';
import { newId } from '@attesta/core';
import { JobName, QueueName } from '@attesta/jobs';
import { Queue, QueueEvents } from 'bullmq';
import { spawn } from 'node:child_process';
import { freePort } from './lib/free-port.js';
import { withScratchDatabase } from './lib/scratch-db.js';

await withScratchDatabase({ ...process.env, QUEUE_PREFIX: `attesta_smoke_${process.pid}` }, async (config) => {
  const metricsPort = await freePort();
  const child = spawn(process.execPath, ['dist/bundle/worker.js'], {
    env: {
      ...process.env,
      DATABASE_URL: config.DATABASE_URL,
      DATABASE_MIGRATION_URL: config.DATABASE_MIGRATION_URL,
      REDIS_URL: config.REDIS_URL,
      QUEUE_PREFIX: config.QUEUE_PREFIX,
      LOG_LEVEL: 'info',
      METRICS_ENABLED: 'true',
      METRICS_PORT: String(metricsPort),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const connection = { url: config.REDIS_URL };
  const queue = new Queue(QueueName.System, { connection, prefix: config.QUEUE_PREFIX });
  const events = new QueueEvents(QueueName.System, { connection, prefix: config.QUEUE_PREFIX });
  try {
    await events.waitUntilReady();
    const eventId = newId();
    const job = await queue.add(JobName.Ping, { eventId, message: 'smoke', workMs: 500 }, { jobId: eventId });
    const result = (await job.waitUntilFinished(events, 30_000)) as { echoed: string };
    if (result.echoed !== 'smoke') throw new Error(`unexpected result ${JSON.stringify(result)}`);
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    for (const series of [
      /^attesta_job_duration_seconds_count\{queue="system",name="system\.ping",outcome="completed"\} 1$/m,
      /^attesta_queue_jobs\{queue="events",state="waiting"\} \d+$/m,
      /^attesta_outbox_lag_seconds /m,
    ]) {
      if (!series.test(metrics)) throw new Error(`worker /metrics lacks ${series}`);
    }
    child.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000))]);
    if (code !== 0) throw new Error(`worker exited with ${code} after SIGTERM`);
    if (!/"correlationId":"[^"]+"/.test(output)) throw new Error('worker log lines carry no correlation id');
    console.log('worker smoke: job processed and measured on the metrics port, SIGTERM handled, exit 0');
  } finally {
    child.kill('SIGKILL');
    await events.close();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
});
