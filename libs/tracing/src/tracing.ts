import { trace } from '@opentelemetry/api';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { register } from 'node:module';
import type { IncomingMessage } from 'node:http';

/** The settings tracing reads (a slice of AppConfig, so this file can load before everything else). */
export interface TracingSettings {
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;
  OTEL_SERVICE_NAME?: string;
}

export interface Tracing {
  /** Flushes spans still buffered and stops the exporter. */
  shutdown(): Promise<void>;
}

/** Paths whose requests are not worth a trace (probes, scrapes, dashboard assets). */
const UNTRACED = /^\/(health\/|metrics\b|admin\/queues\/static\/)/;

/** Modules instrumented although the project imports them as ES modules. */
const ESM_INSTRUMENTED = ['ioredis', 'pg'];

const SHUTDOWN_WAIT_MS = 1000;

let active: Tracing | null = null;

/**
 * Starts OpenTelemetry tracing (HTTP server and client, PostgreSQL, Redis; BullMQ spans
 * come from the queues' own telemetry) exporting over OTLP/HTTP (protobuf), when an
 * endpoint is configured; otherwise does nothing and loads nothing.
 *
 * Must run before the instrumented modules are loaded: the entry points call it first
 * and only then import the application. The ESM loader hook lets the instrumentations
 * patch modules the project `import`s (ioredis); CommonJS requires (pg through TypeORM,
 * http through Fastify) are patched by the SDK's require hook.
 */
export async function startTracing(
  settings: TracingSettings,
  defaultServiceName: string,
  options: { spanProcessors?: SpanProcessor[] } = {},
): Promise<Tracing | null> {
  if (active) return active;
  const endpoint = settings.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return null;

  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url, { data: { include: ESM_INSTRUMENTED } });
  const [{ NodeSDK }, { OTLPTraceExporter }, { BatchSpanProcessor }, { HttpInstrumentation }, { PgInstrumentation }, { IORedisInstrumentation }] =
    await Promise.all([
      import('@opentelemetry/sdk-node'),
      import('@opentelemetry/exporter-trace-otlp-proto'),
      import('@opentelemetry/sdk-trace-base'),
      import('@opentelemetry/instrumentation-http'),
      import('@opentelemetry/instrumentation-pg'),
      import('@opentelemetry/instrumentation-ioredis'),
    ]);
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` });
  const batch = new BatchSpanProcessor(exporter);
  const sdk = new NodeSDK({
    serviceName: settings.OTEL_SERVICE_NAME ?? defaultServiceName,
    spanProcessors: [batch, ...(options.spanProcessors ?? [])],
    // Traces only: logs go to stdout as JSON (with the trace id), metrics to Prometheus.
    // Without this the SDK would add an OTLP log exporter of its own.
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req: IncomingMessage) => UNTRACED.test(req.url ?? ''),
      }),
      // Only inside a request or job: pool housekeeping and queue polling make no traces.
      new PgInstrumentation({ requireParentSpan: true }),
      new IORedisInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  active = {
    shutdown: async () => {
      active = null;
      // Export what is buffered, then stop; the SDK's own shutdown can linger for
      // seconds after everything is exported, so it gets a bounded wait.
      await batch.forceFlush();
      await Promise.race([sdk.shutdown(), new Promise((r) => setTimeout(r, SHUTDOWN_WAIT_MS).unref())]);
    },
  };
  return active;
}

/** Names the active HTTP server span after the route pattern (`GET /v1/organizations/:id`). */
export function nameHttpSpan(method: string, route: string): void {
  const span = trace.getActiveSpan();
  if (!span) return;
  span.setAttribute('http.route', route);
  span.updateName(`${method} ${route}`);
}

/**
 * Reads and validates the configuration without loading the core lib's index (which
 * loads pg, ioredis and Nest): entry points call this, then startTracing, then import
 * the application.
 */
// eslint-disable-next-line attesta/import-boundaries -- the config schema alone: @attesta/core would load pg and ioredis before tracing patches them.
export { loadConfigOrExit as loadConfigBeforeTracing } from '../../core/src/config/app-config.js';
