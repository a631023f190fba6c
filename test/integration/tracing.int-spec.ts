/**
 * Tracing end to end inside one process: the SDK is started the way the entry points
 * start it (before the application's modules load), exporting over OTLP/HTTP to a
 * plain node:http receiver in this test, plus an in-memory copy of the spans to read
 * their attributes.
 */
import { startTracing, type Tracing } from '@attesta/tracing';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Export {
  path: string;
  contentType: string;
  body: Buffer;
}

describe('Tracing (OTLP over HTTP)', () => {
  const exports: Export[] = [];
  const memory = new InMemorySpanExporter();
  const logLines: Record<string, unknown>[] = [];
  let receiver: Server;
  let tracing: Tracing | null;
  let t: import('../setup/test-app.js').TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        exports.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '', body: Buffer.concat(chunks) });
        res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    tracing = await startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'attesta-tracing-test' }, 'unused', {
      spanProcessors: [new SimpleSpanProcessor(memory)],
    });
    // The application loads only now, as in main.ts.
    const { createTestApp } = await import('../setup/test-app.js');
    const logSink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
        done();
      },
    });
    t = await createTestApp({ logDestination: logSink, env: { LOG_LEVEL: 'info', OTEL_EXPORTER_OTLP_ENDPOINT: endpoint } });
    baseUrl = t.baseUrl;
  });
  afterAll(async () => {
    await t?.close();
    await tracing?.shutdown().catch(() => undefined);
    receiver?.close();
  });

  it('starts only when an endpoint is configured', async () => {
    expect(tracing).not.toBeNull();
    expect(await startTracing({}, 'attesta-api')).toBe(tracing); // already running: the same instance
  });

  it('traces a request (named by route), its PostgreSQL queries, and puts the trace id in the log lines', async () => {
    const { client } = await import('../setup/http.js');
    const { factories } = await import('../setup/factories.js');
    const http = client(baseUrl);
    const org = await factories(http).newOrganization();
    const res = await http.get('/v1/organization', org.owner.as);
    expect(res.status).toBe(200);
    const requestId = res.headers.get('x-request-id');

    let spans: ReadableSpan[] = [];
    let server: ReadableSpan | undefined;
    for (let i = 0; i < 50 && !server; i++) {
      spans = memory.getFinishedSpans();
      server = spans.find((s) => s.name === 'GET /v1/organization' && s.kind === 1 /* SERVER */);
      if (!server) await new Promise((r) => setTimeout(r, 100));
    }
    expect(server, spans.map((s) => s.name).join(', ')).toBeDefined();
    expect(server!.attributes['http.route']).toBe('/v1/organization');
    const traceId = server!.spanContext().traceId;
    const inTrace = spans.filter((s) => s.spanContext().traceId === traceId);
    const queries = inTrace.filter((s) => s.attributes['db.system'] === 'postgresql' || s.attributes['db.system.name'] === 'postgresql');
    expect(queries.length, inTrace.map((s) => s.name).join(', ')).toBeGreaterThan(0);

    const lines = logLines.filter((l) => l.correlationId === requestId);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.traceId === traceId && typeof l.spanId === 'string')).toBe(true);
  });

  it('traces queue work: the enqueue (BullMQ producer span) and its Redis commands', async () => {
    const { trace } = await import('@opentelemetry/api');
    const { JobName, JobQueue } = await import('@attesta/jobs');
    const { newId } = await import('@attesta/core');
    const jobs = t.app.get(JobQueue);
    const traceId = await trace.getTracer('test').startActiveSpan('enqueue-test', async (span) => {
      await jobs.enqueue(JobName.Ping, { eventId: newId(), message: 'traced' });
      span.end();
      return span.spanContext().traceId;
    });
    const inTrace = memory.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    const names = inTrace.map((s) => `${s.instrumentationScope.name}:${s.name}`);
    expect(
      names.some((n) => n.startsWith('@opentelemetry/instrumentation-ioredis:')),
      names.join(', '),
    ).toBe(true);
    expect(
      names.some((n) => n.startsWith('attesta-bullmq:') && n.includes('system')),
      names.join(', '),
    ).toBe(true);
  });

  it('exports the spans to the OTLP/HTTP endpoint as protobuf', async () => {
    const started = Date.now();
    await tracing!.shutdown(); // flushes the batch processor
    expect(Date.now() - started).toBeLessThan(5000);
    tracing = null;
    const traces = exports.filter((e) => e.path === '/v1/traces');
    expect(traces.length).toBeGreaterThan(0);
    expect(traces.every((e) => e.contentType === 'application/x-protobuf')).toBe(true);
    const all = Buffer.concat(traces.map((e) => e.body));
    expect(all.includes('attesta-tracing-test')).toBe(true);
    expect(all.includes('GET /v1/organization')).toBe(true);
  });
});
