import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EARLY_ANSWER_LINGER_MS } from '../../apps/api/src/http/connection-close.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { within } from '../setup/within.js';

/**
 * An answer given before the request body arrived (a refused upload, a body over the limit) ends
 * its connection in stages: `connection: close`, the server's FIN right after the answer, the rest
 * of the body read and dropped for at most EARLY_ANSWER_LINGER_MS, then the socket closed. Kept
 * alive, the connection would read the whole body only to discard it; closed at once, the bytes
 * still arriving would meet a reset that can destroy the answer.
 */
describe('Answers given before the request body arrived', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp();
    port = Number(new URL(t.baseUrl).port);
  });
  afterAll(async () => {
    await t?.close();
  });

  interface Sending {
    socket: Socket;
    received: () => string;
    sent: () => number;
    /** ms after opening: the server's FIN, the first failed write (the server closed for good), the close. */
    endedAt: () => number | undefined;
    failedAt: () => number | undefined;
    closedAt: Promise<number>;
  }

  /**
   * A raw connection that sends `head`, then body bytes (64 KiB every 5 ms, ~13 MB/s) until `total`
   * or until the connection closes, and keeps its own side open after the server's FIN, as an
   * uploading client may.
   */
  function send(head: string, total: number): Sending {
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    const opened = Date.now();
    let text = '';
    let sent = 0;
    let endedAt: number | undefined;
    let failedAt: number | undefined;
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('end', () => (endedAt ??= Date.now() - opened));
    socket.on('error', () => (failedAt ??= Date.now() - opened));
    const closedAt = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - opened)));
    socket.write(head);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const timer = setInterval(() => {
      if (sent >= total || socket.destroyed) return clearInterval(timer);
      socket.write(chunk, () => undefined);
      sent += chunk.length;
    }, 5);
    void closedAt.then(() => clearInterval(timer));
    return { socket, received: () => text, sent: () => sent, endedAt: () => endedAt, failedAt: () => failedAt, closedAt };
  }

  /** The answer's status line and its `connection` header. */
  function answerOf(text: string): { status: number; connection: string | undefined } {
    const head = text.split('\r\n\r\n')[0] ?? '';
    return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), connection: /\r\nconnection: ([^\r\n]+)/i.exec(head)?.[1]?.toLowerCase() };
  }

  /** What every early answer must do: answer, FIN at once, keep reading for a while, then close for good before the body is all sent. */
  async function expectClosedInStages(conn: Sending, total: number, status: number): Promise<void> {
    const closedAt = await within(conn.closedAt, EARLY_ANSWER_LINGER_MS + 12_000);
    conn.socket.destroy();
    expect(answerOf(conn.received())).toEqual({ status, connection: 'close' });
    // The server's side ends right after the answer: the client learns at once that no more is read for a request.
    expect(conn.endedAt(), 'the server kept the connection open after answering').toBeDefined();
    expect(conn.endedAt()!).toBeLessThan(5000);
    // It keeps reading (and dropping) what still arrives for a while: no reset right after the answer.
    expect(conn.failedAt() ?? closedAt ?? Infinity).toBeGreaterThan(conn.endedAt()! + EARLY_ANSWER_LINGER_MS / 2);
    // Then it closes, though the client keeps sending: the rest of the body is never read.
    expect(closedAt, 'the server kept reading the refused body').toBeDefined();
    expect(closedAt!).toBeLessThan(conn.endedAt()! + EARLY_ANSWER_LINGER_MS + 5000);
    expect(conn.sent()).toBeLessThan(total);
  }

  it('an upload refused from its headers (no credentials: 401) is not read to its end', async () => {
    const total = 256 * 1024 * 1024;
    const conn = send(
      `POST /v1/workspaces/00000000-0000-7000-8000-000000000000/evidence HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
        `Content-Type: multipart/form-data; boundary=b\r\nContent-Length: ${total}\r\n\r\n--b\r\n`,
      total,
    );
    await expectClosedInStages(conn, total, 401);
  });

  it('a JSON body declared over the body limit (413) is not read to its end', async () => {
    const total = t.config.BODY_LIMIT_BYTES * 200;
    const conn = send(`POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${total}\r\n\r\n{"email":"`, total);
    await expectClosedInStages(conn, total, 413);
  });

  it('a request whose body was read keeps its connection, even when refused', async () => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    const body = JSON.stringify({ name: 'No credentials' });
    socket.write(`POST /v1/offerings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    for (let i = 0; i < 200 && !/\r\n\r\n[\s\S]*\}$/.test(text); i++) await new Promise((r) => setTimeout(r, 10));
    const first = answerOf(text);
    text = '';
    socket.write(`GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    for (let i = 0; i < 200 && !/^HTTP\/1\.1 \d{3}[\s\S]*\r\n\r\n/.test(text); i++) await new Promise((r) => setTimeout(r, 10));
    const second = answerOf(text);
    socket.destroy();
    expect(first).toEqual({ status: 401, connection: 'keep-alive' });
    expect(second.status).toBe(200);
  });
});
