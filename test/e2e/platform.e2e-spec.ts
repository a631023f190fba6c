import { Controller, Get, Module, Post } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsInt, Max, Min } from 'class-validator';
import { ClsService } from 'nestjs-cls';
import { Writable } from 'node:stream';
import { Body, Public, Query } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.js';

class ProbeDto {
  @ApiProperty()
  @IsEmail()
  email: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(10)
  count: number;
}

@Public()
@Controller('probe')
class ProbeController {
  constructor(private readonly cls: ClsService) {}

  @Post()
  echo(@Body() body: ProbeDto) {
    return body;
  }

  /** The request's context as the handler sees it, after the body was read and validated. */
  @Post('context')
  async context(@Body() body: ProbeDto) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { active: this.cls.isActive(), id: this.cls.getId(), count: body.count };
  }

  /** Answers after `ms` milliseconds (the request log's abandoned request). */
  @Get('slow')
  async slow(@Query('ms') ms: string) {
    await new Promise((resolve) => setTimeout(resolve, Number(ms)));
    return { waited: Number(ms) };
  }

  @Get('boom')
  boom(): never {
    throw new Error('secret internal detail at /srv/app/file.ts:12');
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('Platform (HTTP)', () => {
  let t: TestApp;
  const logLines: Record<string, unknown>[] = [];
  const rawLogLines: string[] = [];
  const logSink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        rawLogLines.push(line);
        logLines.push(JSON.parse(line));
      }
      done();
    },
  });

  beforeAll(async () => {
    t = await createTestApp({ imports: [ProbeModule], logDestination: logSink, env: { LOG_LEVEL: 'info', BODY_LIMIT_BYTES: '4096' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

  it('answers liveness and readiness (PostgreSQL and Redis checked)', async () => {
    const live = await fetch(`${t.baseUrl}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${t.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; details: Record<string, { status: string }> };
    expect(body.status).toBe('ok');
    expect(body.details.database?.status).toBe('up');
    expect(body.details.redis?.status).toBe('up');
    expect(ready.headers.get('cache-control')).toMatch(/no-cache/);
    // The documented answer (written in the controller, not by Terminus) names the checks there are.
    type Documented = { paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: { example: typeof body } }> }> } }> };
    const spec = (await (await fetch(`${t.baseUrl}/openapi.json`)).json()) as Documented;
    const example = spec.paths['/health/ready']!.get.responses['200']!.content['application/json']!.schema.example;
    expect(Object.keys(example.details).sort()).toEqual(Object.keys(body.details).sort());
    expect(example.status).toBe(body.status);
  });

  it('accepts a valid body under /v1', async () => {
    const res = await post('/v1/probe', JSON.stringify({ email: 'a@example.com', count: 3 }));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ email: 'a@example.com', count: 3 });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await fetch(`${t.baseUrl}/v1/no-such-thing`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ status: 404, title: 'Not found', instance: '/v1/no-such-thing' });
    expect(problem.correlationId).toBe(res.headers.get('x-request-id'));
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await post('/v1/probe', '{"email": "a@example.com", ');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { status: number; detail: string };
    expect(problem.status).toBe(400);
    expect(problem.detail).toMatch(/JSON/);
  });

  it('answers a body over the limit with a 413 problem', async () => {
    const res = await post('/v1/probe', JSON.stringify({ email: 'a@example.com', pad: 'x'.repeat(10_000) }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { status: number }).status).toBe(413);
  });

  it('lists every bad field of an invalid body', async () => {
    const res = await post('/v1/probe', JSON.stringify({ email: 'not-an-email', count: 99, extra: true }));
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { code: string; errors: { field: string; message: string }[] };
    expect(problem.code).toBe('core.validation_failed');
    const fields = problem.errors.map((e) => e.field).sort();
    expect(fields).toEqual(['count', 'email', 'extra']);
  });

  it('runs each request in its own context carrying its correlation id, through the body parser and across awaits', async () => {
    const ask = (id: string, count: number) =>
      fetch(`${t.baseUrl}/v1/probe/context`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': id },
        body: JSON.stringify({ email: 'lan@example.com', count }),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as unknown }));
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => ask(`context-probe-000${i}`, i + 1)));
    answers.forEach((answer, i) => expect(answer).toEqual({ status: 201, body: { active: true, id: `context-probe-000${i}`, count: i + 1 } }));
  });

  it('hides internal errors behind an opaque 500 and logs them with the correlation id', async () => {
    const res = await fetch(`${t.baseUrl}/v1/probe/boom`, { headers: { 'x-request-id': 'test-correlation-0001' } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/secret internal detail|\.ts:\d+|at /);
    expect(JSON.parse(text)).toMatchObject({ status: 500, correlationId: 'test-correlation-0001' });
    const logged = logLines.filter((l) => l.correlationId === 'test-correlation-0001');
    expect(logged.length).toBeGreaterThan(0);
    expect(JSON.stringify(logged)).toMatch(/secret internal detail/);
  });

  it('puts the correlation id on every request log line', async () => {
    await fetch(`${t.baseUrl}/health/live`, { headers: { 'x-request-id': 'test-correlation-0002' } });
    const lines = logLines.filter((l) => l.correlationId === 'test-correlation-0002');
    expect(lines.length).toBeGreaterThan(0);
    // One completion line per request, with its status and the path only.
    const completed = lines.filter((l) => l.msg === 'request completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({ level: 'info', req: { method: 'GET', url: '/health/live' }, res: { statusCode: 200 } });
    expect(lines.every((l) => typeof l.level === 'string' && typeof l.time === 'string')).toBe(true);
    // Once per line: a JSON object with the key twice is read differently by different log tools.
    const raw = rawLogLines.filter((l) => l.includes('test-correlation-0002'));
    expect(raw.length).toBe(lines.length);
    for (const line of raw) expect(line.match(/"correlationId":/g)).toHaveLength(1);
  });

  it('logs each request once: 4xx at warn, 5xx at error, the path without its query, and requests the client left', async () => {
    const linesOf = async (id: string, count: number) => {
      for (let i = 0; i < 50 && logLines.filter((l) => l.correlationId === id).length < count; i++) await new Promise((r) => setTimeout(r, 20));
      return logLines.filter(
        (l) => l.correlationId === id && ['request completed', 'request errored', 'request aborted by the client'].includes(l.msg as string),
      );
    };
    const ok = await fetch(`${t.baseUrl}/v1/probe/slow?ms=1&tenant=secret-query-text`, { headers: { 'x-request-id': 'request-log-0001' } });
    expect(ok.status).toBe(200);
    const [completed] = await linesOf('request-log-0001', 1);
    expect(completed).toMatchObject({ level: 'info', msg: 'request completed', req: { method: 'GET', url: '/v1/probe/slow' }, res: { statusCode: 200 } });
    expect(completed!.responseTime).toEqual(expect.any(Number));
    expect(JSON.stringify(logLines)).not.toContain('secret-query-text');

    expect((await post('/v1/probe', '{"email":"nope","count":1}', { 'x-request-id': 'request-log-0002' })).status).toBe(400);
    expect(await linesOf('request-log-0002', 1)).toEqual([expect.objectContaining({ level: 'warn', msg: 'request completed', res: { statusCode: 400 } })]);

    expect((await fetch(`${t.baseUrl}/v1/probe/boom`, { headers: { 'x-request-id': 'request-log-0003' } })).status).toBe(500);
    expect(await linesOf('request-log-0003', 2)).toEqual([expect.objectContaining({ level: 'error', msg: 'request errored', res: { statusCode: 500 } })]);
    // The error itself is logged where it was handled, by its own type.
    expect(logLines.find((l) => l.correlationId === 'request-log-0003' && l.msg === 'request failed')).toMatchObject({ err: { type: 'Error' } });

    // The client gives up before the answer: one line says so, and none claims an answer was sent.
    const abort = new AbortController();
    const left = fetch(`${t.baseUrl}/v1/probe/slow?ms=400`, { headers: { 'x-request-id': 'request-log-0004' }, signal: abort.signal });
    setTimeout(() => abort.abort(), 100);
    await expect(left).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 600));
    expect(await linesOf('request-log-0004', 1)).toEqual([
      expect.objectContaining({ level: 'info', msg: 'request aborted by the client', req: { method: 'GET', url: '/v1/probe/slow' } }),
    ]);
  });

  it('serves OpenAPI 3.1 at /openapi.json and the browsable docs at /docs', async () => {
    const spec = (await (await fetch(`${t.baseUrl}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/health/ready', '/v1/probe']));
    const docs = await fetch(`${t.baseUrl}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toMatch(/swagger-ui/i);
  });
});
