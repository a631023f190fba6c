import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from './problem.js';
import { toProblem } from './problem-details.js';

/** The single place where errors become HTTP responses. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}

export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, logger: Pick<Logger, 'error' | 'warn'>): void {
  const path = request.url.split('?')[0] ?? request.url;
  const { problem, headers, internal } = toProblem(error, path, String(request.id));
  if (internal) {
    logger.error({ err: loggableError(error), status: problem.status }, 'request failed');
  }
  if (reply.sent) return;
  void reply
    .status(problem.status)
    .headers({ ...headers, 'content-type': PROBLEM_CONTENT_TYPE })
    .send(JSON.stringify(problem));
}

const MAX_LOGGED_MESSAGE = 300;

/**
 * What the log keeps of an unexpected error: its type, codes and stack, never the request's
 * data. Database errors drop their message (it may quote a value), the query and its
 * parameters; other messages are cut short.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & { code?: unknown; driverError?: Record<string, unknown>; routine?: unknown; constraint?: unknown };
  const db = e.driverError ?? (typeof e.code === 'string' && 'routine' in e ? (e as unknown as Record<string, unknown>) : undefined);
  const message = db ? `database error ${String(db.code ?? '')}` : e.message.slice(0, MAX_LOGGED_MESSAGE);
  const frames = (e.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return {
    type: e.name,
    message,
    ...(typeof e.code === 'string' || db ? { code: db?.code ?? e.code } : {}),
    ...(db ? { routine: db.routine, constraint: db.constraint, table: db.table, column: db.column } : {}),
    stack: [`${e.name}: ${message}`, ...frames.slice(0, 20)].join('\n'),
  };
}
