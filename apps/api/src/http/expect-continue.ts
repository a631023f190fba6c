import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** Requests that asked for `100 Continue` and have not been told to send their body yet. */
const awaitingContinue = new WeakMap<IncomingMessage, ServerResponse>();

function isMultipart(req: IncomingMessage): boolean {
  return /^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '');
}

/**
 * `Expect: 100-continue` (curl sends it with bodies over 1 MiB; other clients on request): the client
 * waits for `100 Continue` before it sends the body. Node sends the 100 as soon as the headers arrive,
 * so an upload the API refuses anyway would be sent whole first. Multipart bodies are read by the
 * upload route itself, after its checks (credentials, permission, the workspace and the evidence
 * item): for them the 100 waits for `continueBody`, so a refused upload is answered (401, 403, 404,
 * 413, …) before a byte of it is sent. Every other body is read by Fastify before the route runs, and
 * gets the 100 at once, as before.
 */
export function deferContinueForUploads(server: Server): void {
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (isMultipart(req)) awaitingContinue.set(req, res);
    else res.writeContinue();
    server.emit('request', req, res);
  });
}

/** Asks a client waiting on `Expect: 100-continue` for its body (no-op for every other request); call right before reading it. */
export function continueBody(req: IncomingMessage): void {
  const res = awaitingContinue.get(req);
  if (!res) return;
  awaitingContinue.delete(req);
  if (!res.headersSent && !res.writableEnded) res.writeContinue();
}
