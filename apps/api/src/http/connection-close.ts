import { isDraining } from '@attesta/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';

/**
 * How long a connection answered before its request body arrived keeps reading (and discarding)
 * after the answer, at most: long enough for the client to receive the answer, short enough that a
 * refused upload cannot keep the server reading it.
 */
export const EARLY_ANSWER_LINGER_MS = 2000;

/**
 * When an answer ends its connection (`connection: close`):
 *
 * - **Shutting down** (readiness already down): every answer, so clients reconnect through the load
 *   balancer to another replica before the listener closes.
 * - **Answered before the request body arrived**: a refused upload (401, 403, 404, 413, 429, …
 *   decided from its headers) or one that failed midway (too large, wrong type). Kept alive, the
 *   connection would read the rest of the body only to discard it: a client sending a gigabyte would
 *   send all of it before it could use the connection again, and a browser would show the refusal
 *   only then. So the answer carries `connection: close`, and the connection is closed in stages
 *   (RFC 9112, 9.6): the server's side first, right after the answer, then the rest once the client
 *   closes its own or after `lingerMs`. Closing at once would make the kernel answer the bytes
 *   still arriving with a reset, which can destroy the answer before the client reads it.
 *
 * One onSend hook for both (a property read per request otherwise).
 */
export function registerConnectionClose(fastify: FastifyInstance, lingerMs = EARLY_ANSWER_LINGER_MS): void {
  fastify.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void) => {
    if (!request.raw.complete) {
      void reply.header('connection', 'close');
      closeInStages(request.raw, lingerMs);
    } else if (isDraining()) {
      void reply.header('connection', 'close');
    }
    done(null, payload);
  });
}

/**
 * Node ends the connection of an answer marked `connection: close` with `socket.destroySoon()`
 * once the answer is written (a plain `end()` where a socket has none): a full close as soon as
 * the server's FIN is out. This socket's `destroySoon` closes in stages instead: the rest of the
 * request is read and dropped, the server's side is ended, and the socket is destroyed when the
 * client closes its side or after `lingerMs`, whichever comes first.
 */
function closeInStages(req: IncomingMessage, lingerMs: number): void {
  const socket = req.socket;
  if (!socket || socket.destroyed) return;
  socket.destroySoon = function (this: typeof socket) {
    req.resume();
    this.end();
    const timer = setTimeout(() => this.destroy(), lingerMs);
    timer.unref();
    this.once('close', () => clearTimeout(timer));
  };
}
