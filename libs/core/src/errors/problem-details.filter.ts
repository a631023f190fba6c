import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { newId } from '../ids/ids.js';
import { PROBLEM_CONTENT_TYPE, problemTypeUri, titleForStatus } from './problem.js';
import { toProblem } from './problem-details.js';
import { problemLocale } from './problem-locale.js';
import { ReplayResponse } from './replay-response.js';

/** The single place where errors become HTTP responses (and where a ReplayResponse is sent as it was). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    // An answer given before (an idempotent retry), not an error: sent as it was.
    if (error instanceof ReplayResponse) {
      if (!reply.sent) void reply.status(error.status).headers(error.headers).send(error.body);
      return;
    }
    sendProblem(error, http.getRequest<FastifyRequest>(), reply, this.logger);
  }
}

export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, logger: Pick<Logger, 'error' | 'warn'>): void {
  const path = request.url.split('?')[0] ?? request.url;
  const locale = problemLocale(request.headers['accept-language']);
  const { problem, headers, internal } = toProblem(error, path, String(request.id), locale);
  if (internal) {
    logger.error({ err: loggableError(error), status: problem.status }, 'request failed');
  }
  if (reply.sent) return;
  void reply
    .status(problem.status)
    .headers({ ...headers, 'content-type': PROBLEM_CONTENT_TYPE, 'content-language': locale, vary: varyWithAcceptLanguage(reply.getHeader('vary')) })
    .send(JSON.stringify(problem));
}

/** The answer's language follows Accept-Language: caches keep one copy per language (other Vary members kept). */
function varyWithAcceptLanguage(current: unknown): string {
  const members = (Array.isArray(current) ? current.join(',') : typeof current === 'string' ? current : '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  if (members.includes('*') || members.some((m) => m.toLowerCase() === 'accept-language')) return members.join(', ');
  return [...members, 'Accept-Language'].join(', ');
}

/**
 * Errors of Node's HTTP parser, raised before there is a request to route (a request line or
 * headers over the size limit, bytes that are not HTTP, a request that never finishes
 * arriving): answered as problem+json on the socket, like every other error, instead of
 * Fastify's plain JSON. Used as Fastify's `clientErrorHandler`.
 */
export function sendClientErrorProblem(error: Error & { code?: string }, socket: Duplex): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const detail =
    status === 431
      ? 'The request line or headers are larger than the server accepts.'
      : status === 408
        ? 'The request did not arrive in time.'
        : 'The request is not valid HTTP.';
  const title = titleForStatus(status);
  const body = JSON.stringify({
    type: problemTypeUri(title.toLowerCase().replace(/[^a-z]+/g, '-')),
    title,
    status,
    detail,
    instance: '/',
    correlationId: newId(),
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

const MAX_LOGGED_MESSAGE = 300;

/**
 * What the log keeps of an unexpected error (and its causes): type, codes, message and stack,
 * never the request's data. Database errors keep no query or parameters, and data or constraint
 * exceptions (SQLSTATE classes 22 and 23, whose messages may quote a value) no message; other
 * messages are cut short. Idempotent: the logger's `err` serializer is this function too, and an
 * error already made loggable (as callers pass it) keeps its type rather than becoming an `Object`.
 */
export function loggableError(error: unknown, depth = 0): Record<string, unknown> {
  if (!error || typeof error !== 'object') return { type: typeof error };
  if (loggable.has(error)) return error as Record<string, unknown>;
  const result = describeError(error, depth);
  loggable.add(result);
  return result;
}

const loggable = new WeakSet<object>();

function describeError(error: object, depth: number): Record<string, unknown> {
  const e = error as { name?: unknown; message?: unknown; stack?: unknown; code?: unknown; cause?: unknown; driverError?: Record<string, unknown> };
  const name = typeof e.name === 'string' ? e.name : (error.constructor?.name ?? 'object');
  const db = e.driverError ?? (typeof e.code === 'string' && 'routine' in e ? (e as Record<string, unknown>) : undefined);
  const code = db?.code ?? e.code;
  const quotesValues = typeof code === 'string' && /^2[23]/.test(code);
  const text = typeof e.message === 'string' ? e.message : '';
  const message = db && quotesValues ? `database error ${String(code)}` : text.slice(0, MAX_LOGGED_MESSAGE);
  const frames = (typeof e.stack === 'string' ? e.stack : '').split('\n').filter((line) => /^\s+at /.test(line));
  return {
    type: name,
    message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(db ? { routine: db.routine, constraint: db.constraint, table: db.table, column: db.column } : {}),
    stack: [`${name}: ${message}`, ...frames.slice(0, 20)].join('\n'),
    ...(e.cause !== undefined && depth < 3 ? { cause: loggableError(e.cause, depth + 1) } : {}),
  };
}
