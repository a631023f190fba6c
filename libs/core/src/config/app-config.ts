import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(0).max(65535);

/** A 256-bit key: 64 hex digits, or standard / URL-safe base64. */
export function decodeKey256(v: string): Buffer | null {
  const key = /^[0-9a-fA-F]{64}$/.test(v) ? Buffer.from(v, 'hex') : /^[A-Za-z0-9+/_-]+={0,2}$/.test(v) ? Buffer.from(v, 'base64') : null;
  return key?.length === 32 ? key : null;
}
const kek = z
  .string()
  .trim()
  .refine((v) => decodeKey256(v) !== null, 'must be 32 bytes, base64 (openssl rand -base64 32) or hex (openssl rand -hex 32)');

/** `attesta-<database name>`, reduced to the characters a prefix may hold. */
export function defaultQueuePrefix(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\/+/, '')) || 'postgres';
  return `attesta-${name.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

/**
 * The one configuration schema. Every setting the platform reads comes from here;
 * nothing else in the code base reads `process.env`.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: port.default(3000),
    PUBLIC_BASE_URL: z.url().optional(),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
    DATABASE_MIGRATION_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30000),
    /**
     * A read replica (streaming or logical) of the app database, as the app role: the public reads
     * (verification, attestation summaries, status lists, DID documents, JWKS, the trust list) go
     * there; unset = everything on DATABASE_URL.
     */
    DATABASE_READ_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** Connections per process to DATABASE_READ_URL. */
    DATABASE_READ_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(5),
    /**
     * Largest replica lag (ms) public answers may carry: while the replica is further behind (or
     * does not answer), the public reads go to the primary.
     */
    DATABASE_READ_MAX_LAG_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
    /**
     * Prefix of every Redis key (queues, throttles, revocations) of this deployment; two
     * deployments sharing a Redis need different ones. Unset: `attesta-<database name>`.
     */
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_-]+$/, 'letters, digits, _ and - only')
      .optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Largest evidence file accepted (413 above it). */
    EVIDENCE_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(2 * 1024 * 1024 * 1024),
    /** Evidence whose validUntil falls within this many days is flagged as expiring. */
    EVIDENCE_EXPIRY_WARNING_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** Requests per minute allowed to one API key / one signed-in user (429 with Retry-After above). */
    RATE_LIMIT_API_KEY_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
    /**
     * How often (ms) each replica adds the requests it counted locally to the shared per-caller counters
     * in Redis and reads the total back; between syncs a replica decides from its local view. Across
     * N replicas a budget may be overrun by at most what they admit in one interval (see docs/ARCHITECTURE.md).
     */
    RATE_LIMIT_SYNC_MS: z.coerce.number().int().min(10).max(10_000).default(200),
    /** Requests per client IP to the public routes without credentials (429 with Retry-After above): sign-ups per hour… */
    RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(20),
    /** …invitation answers (accept, sign-up confirmation) per minute… */
    RATE_LIMIT_INVITATION_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    /** …and public verification (POST /v1/public/verify, attestation summaries) per minute. */
    RATE_LIMIT_PUBLIC_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(120),
    /** Trust X-Forwarded-* (set behind a reverse proxy or ingress, never when exposed directly). */
    TRUST_PROXY: bool.default(false),
    BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
    /**
     * An HTTP connection with no bytes in either direction for this long is closed: an upload
     * that stalls midway (a client that stops sending but keeps the connection) or a connection
     * abandoned mid-request. Time spent sending or receiving never counts.
     */
    HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(120_000),
    /**
     * An `Idempotency-Key` claimed by a request that has not answered for this long is taken
     * over by a retry with the same body: the process that claimed it died before answering.
     * Longer than any idempotent request runs (they are JSON creates, no uploads).
     */
    IDEMPOTENCY_CLAIM_LEASE_MS: z.coerce.number().int().min(1000).default(120_000),
    /** Largest OSCAL catalog (JSON) or crosswalk (CSV/JSON) body the catalog import routes accept. */
    CATALOG_IMPORT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(32 * 1024 * 1024),
    API_RUN_PROCESSORS: bool.default(false),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(25000),
    /**
     * On SIGTERM the API first answers 503 on /health/ready (and `Connection: close` on every
     * answer) for this long while still serving, so the load balancer stops sending before the
     * listener closes; then in-flight requests finish (within SHUTDOWN_TIMEOUT_MS).
     */
    SHUTDOWN_READINESS_DELAY_MS: z.coerce.number().int().min(0).max(120_000).default(5000),
    OPENAPI_DOCS_ENABLED: bool.default(true),
    /** HMAC key of access tokens; at least 32 characters. Required in production. */
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
    /**
     * How long (ms) an API key's or a membership's successful check is reused in-process before the
     * database is asked again; revokes, role and membership changes and sign-outs clear it on every
     * replica at once over Redis pub/sub. 0 turns the cache off (every request asks the database).
     */
    AUTH_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
    /**
     * Key-encryption key (32 bytes, base64) wrapping the organizations' Ed25519 signing keys
     * at rest (AES-256-GCM). Required in production.
     */
    SIGNING_KEY_ENCRYPTION_KEY: kek.optional(),
    /** Previous KEKs (comma-separated, base64), still accepted for unwrapping during a rotation. */
    SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean),
      )
      .pipe(z.array(kek))
      .optional(),
    /**
     * Key (32 bytes, base64) encrypting webhook signing secrets at rest (AES-256-GCM).
     * Unset: a key derived (HKDF) from SIGNING_KEY_ENCRYPTION_KEY, which production requires.
     */
    WEBHOOK_SECRET_ENCRYPTION_KEY: kek.optional(),
    /** Let webhook endpoints resolve to loopback, link-local, private or unique-local addresses (tests, development). */
    WEBHOOK_ALLOW_PRIVATE_TARGETS: bool.default(false),
    /** Accept plain http:// webhook URLs (tests, development); otherwise https only. */
    WEBHOOK_ALLOW_HTTP: bool.default(false),
    /** Per attempt: connect + response time limit. */
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    /** Attempts per delivery; with WEBHOOK_RETRY_BASE_MS=5000, 15 attempts spread over about 23 hours. */
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(15),
    /** First retry delay; each further one doubles. */
    WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(5000),
    /** Consecutive failed attempts of an endpoint that open its circuit (no attempts during the cool-down). */
    WEBHOOK_CIRCUIT_THRESHOLD: z.coerce.number().int().min(1).default(5),
    WEBHOOK_CIRCUIT_COOLDOWN_MS: z.coerce
      .number()
      .int()
      .min(100)
      .default(5 * 60_000),
    /**
     * The outbox relay's lease: an event queued this long ago (doubling per attempt, at most 64×)
     * whose fan-out has not run is queued again.
     */
    OUTBOX_RELAY_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
    /** How often the worker checks that its job schedulers exist in Redis and re-creates missing ones. */
    SCHEDULER_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
    /**
     * Foreign credentials (other issuers' vc+jwt): `host:port` (or `host:*`) the fetcher may reach
     * although loopback/private, over plain http (tests, development only; comma-separated).
     */
    FOREIGN_CREDENTIALS_ALLOW_PRIVATE_HOSTS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      ),
    /** Timeout of one fetch (credential, DID document, JWKS, status list). */
    FOREIGN_CREDENTIALS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
    /** Largest response body the fetcher reads (bytes). */
    FOREIGN_CREDENTIALS_MAX_BYTES: z.coerce.number().int().min(1024).max(10_485_760).default(262_144),
    /** How often the worker polls the status lists of imported foreign credentials (If-None-Match). */
    FOREIGN_CREDENTIALS_POLL_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(1000)
      .default(15 * 60_000),
    /** How often the recovery sweep re-enqueues pending deliveries whose job was lost. */
    WEBHOOK_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
    /** A pending delivery counts as lost when it is this overdue and has no live job. */
    WEBHOOK_SWEEP_GRACE_MS: z.coerce.number().int().min(0).default(60_000),
    REFRESH_TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(3600)
      .default(30 * 24 * 3600),
    /** How long the link that confirms a self-service sign-up works. */
    SIGNUP_CONFIRMATION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 7)
      .default(24),
    INVITATION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(7 * 24),
    /** Failed logins allowed per account and per IP within the window before 429. */
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
    LOGIN_FAILURE_WINDOW_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .default(15 * 60),
    /** Built web portal (static files) served at `/`; when the folder is missing, only the API is served. */
    WEB_DIR: z.string().min(1).default('dist/web'),
    /**
     * Mark the portal's refresh cookie `Secure`. Browsers accept Secure cookies from
     * http://localhost, so this stays on in development; turn it off only for plain-http hosts
     * other than localhost (never in production).
     */
    SESSION_COOKIE_SECURE: bool.default(true),
    /** Prometheus metrics: off by default. */
    METRICS_ENABLED: bool.default(false),
    /** Serve /metrics on this separate port (recommended); unset = on the API port at /metrics. */
    METRICS_PORT: port.optional(),
    /** OTLP/HTTP collector base URL (e.g. http://otel-collector:4318); unset = tracing off. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    /** service.name of exported spans; defaults to attesta-api / attesta-worker / attesta-cli. */
    OTEL_SERVICE_NAME: z.string().min(1).optional(),
    /** Credential of platform operators (queue dashboard); unset = dashboard disabled. */
    OPERATOR_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Where evidence files are stored: `fs` (under DATA_DIR/objects) or any S3-compatible store. */
    STORAGE_DRIVER: z.enum(['fs', 's3']).default('fs'),
    /** S3 endpoint URL (MinIO, Ceph, another region's host); unset = AWS S3 for S3_REGION. */
    S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    /** Bucket of evidence objects; required when STORAGE_DRIVER=s3. */
    S3_BUCKET: z.string().min(3).max(63).optional(),
    /** Static credentials; unset = the AWS SDK's default chain (instance or pod role, profile). */
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** Path-style URLs (`endpoint/bucket/key`), as MinIO and most self-hosted stores expect. */
    S3_FORCE_PATH_STYLE: bool.default(false),
    /**
     * The storage sweep removes stored objects that no evidence version refers to, and the fs driver's
     * leftover `.tmp-*` files, once they are older than this (ms): uploads in flight stay well inside it.
     */
    STORAGE_SWEEP_GRACE_MS: z.coerce.number().int().min(60_000).default(3_600_000),
    /** An audit stream is sealed by a signed checkpoint at its first event and at every this-many-th event, on append. */
    AUDIT_CHECKPOINT_EVERY: z.coerce.number().int().min(1).max(1_000_000).default(1000),
    /**
     * A full audit verification of at least this many events walks the chain in a worker thread with
     * a bounded heap and a connection of its own, on the request transaction's snapshot (0: always in
     * the process).
     */
    AUDIT_VERIFY_WORKER_MIN_EVENTS: z.coerce.number().int().min(0).default(50_000),
    /** The verifier worker's script; by default the one built beside the audit library (none when run from the sources). */
    AUDIT_VERIFY_WORKER_SCRIPT: z.string().min(1).optional(),
    /** And every this often (ms), by the worker, for every stream with events after its last checkpoint. */
    AUDIT_CHECKPOINT_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(1000)
      .default(10 * 60_000),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && c.FOREIGN_CREDENTIALS_ALLOW_PRIVATE_HOSTS.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['FOREIGN_CREDENTIALS_ALLOW_PRIVATE_HOSTS'], message: 'is for tests and development, never production' });
    }
    if (c.NODE_ENV === 'production' && !c.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production' });
    }
    if (c.NODE_ENV === 'production' && !c.SIGNING_KEY_ENCRYPTION_KEY) {
      ctx.addIssue({ code: 'custom', path: ['SIGNING_KEY_ENCRYPTION_KEY'], message: 'is required in production' });
    }
    if (c.STORAGE_DRIVER === 's3' && !c.S3_BUCKET) {
      ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'is required when STORAGE_DRIVER=s3' });
    }
    if (Boolean(c.S3_ACCESS_KEY_ID) !== Boolean(c.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: [c.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
        message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
      });
    }
  })
  .transform((c) => ({
    ...c,
    PUBLIC_BASE_URL: (c.PUBLIC_BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    DATABASE_MIGRATION_URL: c.DATABASE_MIGRATION_URL ?? c.DATABASE_URL,
    QUEUE_PREFIX: c.QUEUE_PREFIX ?? defaultQueuePrefix(c.DATABASE_URL),
    // Outside production a fixed development key keeps tokens valid across restarts.
    JWT_SECRET: c.JWT_SECRET ?? 'attesta-development-only-jwt-secret-do-not-use',
    // Likewise a fixed development KEK (32 bytes); never used in production (required there).
    SIGNING_KEY_ENCRYPTION_KEY: c.SIGNING_KEY_ENCRYPTION_KEY ?? 'YXR0ZXN0YS1kZXZlbG9wbWVudC1vbmx5LWtlay0zMmI=',
    SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS: c.SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS ?? [],
  }));

export type Config = Readonly<z.output<typeof configSchema>>;

/** Injection token and type of the validated configuration. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class AppConfig {}
// Declaration merging gives the token class the shape of the validated config.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface AppConfig extends Config {}

export class ConfigError extends Error {
  constructor(readonly issues: readonly { variable: string; message: string }[]) {
    super('Invalid configuration:\n' + issues.map((i) => `  - ${i.variable}: ${i.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/** Validates an environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const source = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({
        variable: String(i.path[0] ?? '(root)'),
        message: i.message,
      })),
    );
  }
  return Object.freeze(parsed.data) as AppConfig;
}

/** Reads the config from the process environment, or prints the problem and exits. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    throw e;
  }
}
