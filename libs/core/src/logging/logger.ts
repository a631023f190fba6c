import { isSpanContextValid, trace } from '@opentelemetry/api';
import { ClsServiceManager } from 'nestjs-cls';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { AppConfig } from '../config/app-config.js';

/** Secrets that must never reach a log line, wherever they appear. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.refreshToken',
  '*.accessToken',
  '*.secret',
  '*.privateKey',
  '*.token',
];

function correlationMixin(merge: object): Record<string, unknown> {
  // A line that names its request (the request log line) needs no look-up; the key is once per line either way.
  if ('correlationId' in merge) return traceFields();
  return { ...correlationIdField(), ...traceFields() };
}

function correlationIdField(): Record<string, unknown> {
  try {
    const cls = ClsServiceManager.getClsService();
    if (!cls.isActive()) return {};
    const id = cls.getId();
    return id ? { correlationId: id } : {};
  } catch {
    return {};
  }
}

/** The active span's ids when tracing is on (without a tracer there is never an active span). */
function traceFields(): Record<string, unknown> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const ctx = span.spanContext();
  return isSpanContextValid(ctx) ? { traceId: ctx.traceId, spanId: ctx.spanId } : {};
}

/** The process's root JSON logger: every line carries the active correlation id. */
export function createRootLogger(config: Pick<AppConfig, 'LOG_LEVEL'>, name: string, destination?: DestinationStream): PinoLogger {
  const options = {
    name,
    level: config.LOG_LEVEL,
    mixin: correlationMixin,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}
