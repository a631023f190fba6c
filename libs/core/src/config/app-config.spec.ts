import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config.js';

const minimal = { DATABASE_URL: 'postgres://app:pw@db:5432/attesta' };

describe('loadConfig', () => {
  it('fills defaults and derives the public URL and migration URL', () => {
    const c = loadConfig({ ...minimal, PORT: '4100' });
    expect(c.PORT).toBe(4100);
    expect(c.PUBLIC_BASE_URL).toBe('http://localhost:4100');
    expect(c.DATABASE_MIGRATION_URL).toBe(minimal.DATABASE_URL);
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(c.API_RUN_PROCESSORS).toBe(false);
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', API_RUN_PROCESSORS: 'maybe' });
      expect.unreachable('loadConfig accepted a bad config');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const vars = (e as ConfigError).issues.map((i) => i.variable).sort();
      expect(vars).toEqual(['API_RUN_PROCESSORS', 'DATABASE_URL', 'PORT']);
      expect((e as ConfigError).message).toMatch(/PORT/);
    }
  });

  it('requires DATABASE_URL', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
  });

  it('strips a trailing slash from PUBLIC_BASE_URL and parses booleans', () => {
    const c = loadConfig({ ...minimal, PUBLIC_BASE_URL: 'https://attesta.example.com/', API_RUN_PROCESSORS: 'true' });
    expect(c.PUBLIC_BASE_URL).toBe('https://attesta.example.com');
    expect(c.API_RUN_PROCESSORS).toBe(true);
  });

  it('keeps metrics, tracing and the queue dashboard off unless configured', () => {
    const c = loadConfig({ ...minimal, METRICS_PORT: '', OTEL_EXPORTER_OTLP_ENDPOINT: '', OPERATOR_TOKEN: '' });
    expect(c.METRICS_ENABLED).toBe(false);
    expect(c.METRICS_PORT).toBeUndefined();
    expect(c.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(c.OPERATOR_TOKEN).toBeUndefined();
    const on = loadConfig({
      ...minimal,
      METRICS_ENABLED: 'true',
      METRICS_PORT: '9464',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
      OPERATOR_TOKEN: 'x'.repeat(32),
    });
    expect(on).toMatchObject({ METRICS_ENABLED: true, METRICS_PORT: 9464, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' });
  });

  it('refuses a short operator token and a non-HTTP OTLP endpoint', () => {
    expect(() => loadConfig({ ...minimal, OPERATOR_TOKEN: 'x'.repeat(31) })).toThrow(/OPERATOR_TOKEN/);
    expect(() => loadConfig({ ...minimal, OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://collector:4317' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(() => loadConfig({ ...minimal, METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
  });

  it('requires a 32-byte signing-key KEK in production and has a development default otherwise', () => {
    const prod = { ...minimal, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig(prod)).toThrow(/SIGNING_KEY_ENCRYPTION_KEY: is required in production/);
    expect(() => loadConfig({ ...prod, SIGNING_KEY_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /SIGNING_KEY_ENCRYPTION_KEY: must be 32 bytes/,
    );
    const key = Buffer.alloc(32, 7).toString('base64');
    const old = Buffer.alloc(32, 9).toString('base64url');
    const c = loadConfig({ ...prod, SIGNING_KEY_ENCRYPTION_KEY: key, SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS: ` ${old} ` });
    expect(c.SIGNING_KEY_ENCRYPTION_KEY).toBe(key);
    expect(c.SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS).toEqual([old]);
    expect(loadConfig({ ...prod, SIGNING_KEY_ENCRYPTION_KEY: 'ab'.repeat(32) }).SIGNING_KEY_ENCRYPTION_KEY).toBe('ab'.repeat(32));
    const dev = loadConfig(minimal);
    expect(Buffer.from(dev.SIGNING_KEY_ENCRYPTION_KEY, 'base64')).toHaveLength(32);
    expect(dev.SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS).toEqual([]);
  });

  it('derives the queue prefix from the database name, so deployments sharing a Redis keep apart', () => {
    expect(loadConfig(minimal).QUEUE_PREFIX).toBe('attesta-attesta');
    expect(loadConfig({ DATABASE_URL: 'postgres://app:pw@db:5432/tenant.eu%2Fprod' }).QUEUE_PREFIX).toBe('attesta-tenant_eu_prod');
    expect(loadConfig({ DATABASE_URL: 'postgres://app:pw@db:5432' }).QUEUE_PREFIX).toBe('attesta-postgres');
    expect(loadConfig({ ...minimal, QUEUE_PREFIX: 'blue' }).QUEUE_PREFIX).toBe('blue');
    expect(() => loadConfig({ ...minimal, QUEUE_PREFIX: 'a:b' })).toThrow(/QUEUE_PREFIX/);
  });

  it('returns a frozen object', () => {
    const c = loadConfig(minimal);
    expect(Object.isFrozen(c)).toBe(true);
  });
});
