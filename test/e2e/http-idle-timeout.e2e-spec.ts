import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { within } from '../setup/within.js';

const IDLE_MS = 1000;

/**
 * HTTP_IDLE_TIMEOUT_MS: a connection that goes quiet mid-request (a client that stops sending an
 * upload's body but keeps the connection) is closed by the server; a slow request that keeps
 * sending is not, however long it takes in all.
 */
describe('HTTP idle timeout', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp({ env: { HTTP_IDLE_TIMEOUT_MS: String(IDLE_MS) } });
    port = Number(new URL(t.baseUrl).port);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A raw connection to the API: what it receives, and when the server closed it (ms after `opened`). */
  function open(): { socket: Socket; opened: number; received: () => string; closedAfter: Promise<number> } {
    const socket = connect(port, '127.0.0.1');
    const opened = Date.now();
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString()));
    socket.on('error', () => undefined);
    const closedAfter = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - opened)));
    return { socket, opened, received: () => text, closedAfter };
  }

  const head = (length: number, path = '/v1/auth/login') =>
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

  it('closes a connection whose request body stops arriving midway', async () => {
    const body = JSON.stringify({ email: 'stalled@example.com', password: 'x'.repeat(200) });
    const conn = open();
    // The headers and part of the body, then nothing more: the server waits for the rest.
    conn.socket.write(head(Buffer.byteLength(body)) + body.slice(0, 40));
    const limit = IDLE_MS * 6;
    const closedAfter = (await within(conn.closedAfter, limit)) ?? Infinity;
    conn.socket.destroy();
    expect(closedAfter, `the server kept the stalled connection open for ${limit} ms`).toBeLessThan(limit);
    expect(closedAfter).toBeGreaterThanOrEqual(IDLE_MS - 50);
    expect(conn.received()).toBe('');
  });

  it('tells keep-alive clients a reuse window no longer than the idle timeout, and keeps an idle connection that long', async () => {
    const conn = open();
    conn.socket.write(`GET /health/live HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n\r\n`);
    for (let i = 0; i < 100 && !conn.received().includes('\r\n\r\n'); i++) await new Promise((r) => setTimeout(r, 20));
    const answeredAfter = Date.now() - conn.opened;
    const advertised = /^keep-alive: timeout=(\d+)\r$/im.exec(conn.received());
    expect(conn.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(advertised, 'no Keep-Alive timeout in the answer').not.toBeNull();
    const advertisedMs = Number(advertised![1]) * 1000;
    // A client reusing the connection within what it was told must never meet a closing socket.
    expect(advertisedMs).toBeLessThanOrEqual(IDLE_MS);
    const closedAfter = (await within(conn.closedAfter, IDLE_MS * 6)) ?? Infinity;
    conn.socket.destroy();
    expect(closedAfter - answeredAfter).toBeGreaterThanOrEqual(advertisedMs - 50);
    expect(closedAfter - answeredAfter).toBeLessThan(IDLE_MS * 6);
  });

  it('keeps a request that keeps sending, even when it takes longer than the idle timeout in all', async () => {
    const body = JSON.stringify({ organization: { name: 'Slow but steady' }, user: { email: 'not-an-e-mail' } });
    const conn = open();
    conn.socket.write(head(Buffer.byteLength(body), '/v1/auth/signup'));
    // One piece every 0.4 s (under the 1 s idle timeout), ~2.4 s in all.
    const pieces = body.match(/.{1,8}/g)!;
    for (const piece of pieces) {
      await new Promise((r) => setTimeout(r, (IDLE_MS * 2.4) / pieces.length));
      conn.socket.write(piece);
    }
    for (let i = 0; i < 100 && !conn.received().includes('\r\n\r\n'); i++) await new Promise((r) => setTimeout(r, 20));
    const answer = conn.received();
    conn.socket.destroy();
    expect(Date.now() - conn.opened).toBeGreaterThan(IDLE_MS * 2);
    // Answered after the whole body was read (validation names the e-mail), not cut off.
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('user.email');
  });
});
