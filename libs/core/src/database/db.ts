import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { actorUserId, type Actor } from '../context/actor.js';
import { isUuid } from '../ids/ids.js';
import { ReadReplica } from './read-replica.js';
import { SESSION_OPTIONS } from './data-source-options.js';

/** Row-level-security settings of a transaction. */
export interface DbScope {
  organizationId: string | null;
  userId: string | null;
}

declare const txScopeBrand: unique symbol;

/**
 * The only thing `Db.tx` accepts: a scope made by `scopeOf(actor)` (a request or a job
 * acting for someone) or by `systemScope('why', …)` (no actor: sign-in look-ups, public
 * reads through SECURITY DEFINER functions, scans). A plain `{ organizationId, userId }`
 * does not compile, so every transaction without an actor names its reason.
 */
export type TxScope = DbScope & { readonly [txScopeBrand]: true; readonly reason: string | null };

/** The row-level-security scope an actor's requests run in. */
export function scopeOf(actor: Actor): TxScope {
  return { organizationId: actor.organizationId, userId: actorUserId(actor), reason: null } as TxScope;
}

/**
 * A scope not derived from an actor, naming why (logged at debug and counted per reason:
 * `systemScopeUses()`, exported as `attesta_db_system_scope_transactions_total`). By
 * default no organization and no user (only SECURITY DEFINER functions and public rows
 * answer); `acting` sets them where the caller has verified the ids itself (sign-in
 * completing for a user, a job acting for the organization that owns its event).
 */
export function systemScope(reason: string, acting: Partial<DbScope> = {}): TxScope {
  if (!reason.trim()) throw new Error('systemScope: name the reason');
  return { organizationId: acting.organizationId ?? null, userId: acting.userId ?? null, reason } as TxScope;
}

const systemScopeCounts = new Map<string, number>();

/** How many transactions each system-scope reason opened or joined in this process. */
export function systemScopeUses(): ReadonlyMap<string, number> {
  return systemScopeCounts;
}

/** What `Db.statement` needs of a pg client. */
interface PgClient {
  query(text: string): Promise<unknown>;
  escapeLiteral(value: string): string;
}

/** A pg client checked out of the pool. */
interface PooledPgClient extends PgClient {
  on(event: 'error', listener: (e: unknown) => void): unknown;
  removeListener(event: 'error', listener: (e: unknown) => void): unknown;
}

interface ActiveTx {
  em: EntityManager;
  scope: DbScope;
}

/**
 * What a transaction has already loaded (the workspace context, read by several services
 * of one request), keyed by its EntityManager: a transaction has its own. Created when
 * `tx` opens the transaction and dropped when it ends, so nothing outlives it; `scope` is
 * the row-level-security scope in force (a nested `tx` of another scope switches it), and
 * is part of every key, since what a query sees depends on it.
 */
const txMemos = new WeakMap<EntityManager, { scope: DbScope; entries: Map<string, unknown> }>();

const memoKey = (scope: DbScope, key: string) => `${scope.organizationId ?? ''}|${scope.userId ?? ''}|${key}`;

/**
 * `load()` once per transaction and key: later calls in the same transaction (and scope)
 * get the first result. Outside a transaction opened by `Db.tx` it just loads. A failed
 * load is not kept. Whoever changes what was loaded calls `forgetInTx` with the key.
 */
export async function memoInTx<T>(em: EntityManager, key: string, load: () => Promise<T>): Promise<T> {
  const memo = txMemos.get(em);
  if (!memo) return load();
  const k = memoKey(memo.scope, key);
  if (memo.entries.has(k)) return memo.entries.get(k) as T;
  const value = await load();
  memo.entries.set(k, value);
  return value;
}

/** Drops what this transaction loaded under keys starting with `keyPrefix` (every scope). */
export function forgetInTx(em: EntityManager, keyPrefix: string): void {
  const memo = txMemos.get(em);
  if (!memo) return;
  for (const k of [...memo.entries.keys()]) {
    if (k.split('|').slice(2).join('|').startsWith(keyPrefix)) memo.entries.delete(k);
  }
}

/** A second connection's way into an open transaction's view (`Db.handOff`). */
export interface SnapshotHandOff {
  /** pg client settings of the same role and database. */
  connection: { connectionString: string; application_name: string; options?: string; statement_timeout?: number; connectionTimeoutMillis?: number };
  /** One simple-protocol text: begin on the snapshot, then the tenant settings. */
  begin: string;
}

const TX_KEY = 'attesta.tx';
const SET_SCOPE = `SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`;

/**
 * Every read and write of tenant data goes through `tx`: one transaction whose
 * `SET LOCAL`-style settings (`set_config(..., true)`) carry the acting organization
 * and user, which the row-level-security policies read. The settings end with the
 * transaction, so a pooled connection never carries them into another request.
 *
 * A nested call (same async context: a request, a job, or an outer `tx`) JOINS the open
 * transaction: one connection per request or job, one commit, audit events included.
 * With another scope, the settings are switched for the nested work and restored after
 * it, on the same connection. So nested work must not overlap: no `Promise.all` over
 * queries or `tx` calls inside a transaction (await them one after the other).
 */
@Injectable()
export class Db {
  private readonly logger = new Logger(Db.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cls: ClsService,
    private readonly replica: ReadReplica,
  ) {}

  async tx<T>(scope: TxScope, work: (em: EntityManager) => Promise<T>): Promise<T> {
    for (const id of [scope.organizationId, scope.userId]) {
      if (id !== null && !isUuid(id)) throw new Error('Db.tx: scope ids must be UUIDs');
    }
    if (scope.reason !== null) {
      systemScopeCounts.set(scope.reason, (systemScopeCounts.get(scope.reason) ?? 0) + 1);
      this.logger.debug({ reason: scope.reason, organizationId: scope.organizationId, userId: scope.userId }, 'system-scope transaction');
    }
    const active = this.cls.isActive() ? this.cls.get<ActiveTx | undefined>(TX_KEY) : undefined;
    if (active) return sameScope(active.scope, scope) ? work(active.em) : this.within(active, scope, work);
    const run = () =>
      this.transaction(scope, async (em) => {
        txMemos.set(em, { scope: { organizationId: scope.organizationId, userId: scope.userId }, entries: new Map() });
        try {
          if (!this.cls.isActive()) return await work(em);
          const previous = this.cls.get<ActiveTx | undefined>(TX_KEY);
          this.cls.set(TX_KEY, { em, scope: { organizationId: scope.organizationId, userId: scope.userId } });
          try {
            return await work(em);
          } finally {
            this.cls.set(TX_KEY, previous);
          }
        } finally {
          txMemos.delete(em);
        }
      });
    return this.cls.isActive() ? run() : this.cls.run(run);
  }

  /**
   * TypeORM's `DataSource.transaction`, except that `START TRANSACTION` and the scope's
   * settings are not sent on their own: they go in front of the transaction's first statement
   * as one simple-protocol text when that statement allows it (its parameters plain values,
   * inlined as escaped literals; no quotes or comments in its text), else as one text of
   * their own just before it. One round trip (or two) instead of three. The ids are inlined
   * as literals, which is safe because `tx` accepted only UUIDs (or none).
   */
  private async transaction<T>(scope: DbScope, work: (em: EntityManager) => Promise<T>): Promise<T> {
    // A public read route (`@ReadsFromReplica()`) opens its transactions on the read replica.
    const qr = this.replica.sourceForRequest().createQueryRunner();
    const client = (await qr.connect()) as PgClient;
    let pending: string | undefined = beginWithScope(scope);
    const own = Object.prototype.hasOwnProperty.call(client, 'query');
    const original = client.query;
    const restore = () => {
      if (own) client.query = original;
      else delete (client as Partial<PgClient>).query;
    };
    // The first query of the transaction (one call only: the wrapper removes itself).
    client.query = function (this: PgClient, ...args: unknown[]) {
      restore();
      const begin = pending!;
      pending = undefined;
      const folded = foldable(args) ? inline(client, args[0] as string, (args[1] as unknown[] | undefined) ?? []) : undefined;
      if (folded !== undefined) {
        return (original.call(client, `${begin}; ${folded}`) as Promise<unknown[]>).then((results) => results[results.length - 1]);
      }
      const run = () => (original as (...a: unknown[]) => unknown).apply(client, args);
      // A submittable (a cursor or stream) or a callback call must be handed to pg at once: pg
      // keeps the order, the begin first. Everything else waits for the begin to answer, so no
      // query is sent while another runs and a failed begin fails the statement.
      const [first, , last] = args;
      if (typeof (first as { submit?: unknown } | null)?.submit === 'function' || typeof last === 'function' || typeof args[1] === 'function') {
        (original.call(client, begin) as Promise<unknown>).catch(() => undefined);
        return run();
      }
      return (original.call(client, begin) as Promise<unknown>).then(run);
    } as PgClient['query'];
    const state = qr as unknown as { isTransactionActive: boolean; transactionDepth: number };
    try {
      // What `startTransaction` would have recorded, so TypeORM's commit, rollback and nested
      // `em.transaction` (savepoints) work as usual on this runner.
      state.isTransactionActive = true;
      state.transactionDepth = 1;
      const result = await work(qr.manager);
      if (pending === undefined) await qr.commitTransaction();
      return result;
    } catch (e) {
      if (qr.isTransactionActive && pending === undefined) await qr.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      // Nothing was sent: no transaction was opened, none to end.
      if (pending !== undefined) {
        restore();
        state.isTransactionActive = false;
        state.transactionDepth = 0;
      }
      await qr.release();
    }
  }

  /**
   * One read statement in its own transaction with the scope's settings, sent to PostgreSQL
   * as ONE simple-protocol text (`START TRANSACTION; set_config …; <sql>; COMMIT`): one round
   * trip where `tx` takes four. For hot look-ups (authentication). Parameters are inlined as
   * escaped literals (text or null only), so `sql` must use `$n` only as parameter markers.
   * Inside an open transaction it joins it, like `tx`.
   */
  async statement<R>(scope: TxScope, sql: string, params: readonly (string | null)[] = []): Promise<R[]> {
    const active = this.cls.isActive() ? this.cls.get<ActiveTx | undefined>(TX_KEY) : undefined;
    if (active) return this.tx(scope, (em) => em.query(sql, [...params]) as Promise<R[]>);
    const [rows] = await this.oneTrip<R>(scope, (client) => [inlineParams(client, sql, params)]);
    return rows!;
  }

  /**
   * Several read statements in ONE transaction with the scope's settings, sent as ONE
   * simple-protocol text (`START TRANSACTION; set_config …; <sql 1>; …; <sql n>; COMMIT`): one
   * round trip for what a service would otherwise send one statement at a time. Each entry must
   * be a single statement with its own `$n` markers, inlined as escaped literals (text or null;
   * pass arrays as array literals and cast, e.g. `$1::uuid[]`). Rows come back typed by pg as
   * usual (dates as Date, jsonb parsed), one array per entry. A failure rolls back and rethrows.
   * Inside an open transaction the statements join it and run one after the other.
   */
  async statements(scope: TxScope, list: readonly { sql: string; params?: readonly (string | null)[] }[]): Promise<Record<string, unknown>[][]> {
    if (!list.length) return [];
    const active = this.cls.isActive() ? this.cls.get<ActiveTx | undefined>(TX_KEY) : undefined;
    if (active) {
      return this.tx(scope, async (em) => {
        const out: Record<string, unknown>[][] = [];
        for (const s of list) out.push((await em.query(s.sql, [...(s.params ?? [])])) as Record<string, unknown>[]);
        return out;
      });
    }
    return this.oneTrip(scope, (client) => list.map((s) => inlineParams(client, s.sql, s.params ?? [])));
  }

  /**
   * The texts `build` makes (each one statement, parameters inlined) sent as ONE simple-protocol
   * text in a transaction with the scope's settings: their result rows, in order. A failure rolls
   * back and rethrows. On a pooled connection of the request's data source taken straight from
   * the driver: the text goes to pg as it is, so a TypeORM query runner (and the entity manager it
   * comes with) would be set up for nothing.
   */
  private async oneTrip<R = Record<string, unknown>>(scope: TxScope, build: (client: PgClient) => string[]): Promise<R[][]> {
    if (scope.reason !== null) systemScopeCounts.set(scope.reason, (systemScopeCounts.get(scope.reason) ?? 0) + 1);
    const driver = this.replica.sourceForRequest().driver as unknown as { obtainMasterConnection(): Promise<[PooledPgClient, (error?: unknown) => void]> };
    const [client, release] = await driver.obtainMasterConnection();
    // A checked-out client reports a broken connection as an 'error' event on itself (unheard, it
    // would end the process); the query in flight fails too, and the client leaves the pool.
    let broken: unknown;
    const onError = (e: unknown) => (broken = e);
    client.on('error', onError);
    try {
      const texts = build(client);
      try {
        const results = (await client.query(`${beginWithScope(scope)}; ${texts.join('; ')}; COMMIT`)) as { rows: R[] }[];
        if (results.length !== texts.length + 3) throw new Error('Db.statement(s): each text must be exactly one statement');
        return results.slice(2, 2 + texts.length).map((r) => r.rows);
      } catch (e) {
        // A failed statement skips the rest of the text and leaves the transaction open (aborted).
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    } finally {
      client.removeListener('error', onError);
      release(broken);
    }
  }

  /** Runs nested work of another scope on the open transaction's connection, then restores the outer scope. */
  private async within<T>(active: ActiveTx, scope: DbScope, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const { em } = active;
    await em.query(SET_SCOPE, [scope.organizationId ?? '', scope.userId ?? '']);
    this.cls.set(TX_KEY, { em, scope: { organizationId: scope.organizationId, userId: scope.userId } });
    const memo = txMemos.get(em);
    if (memo) memo.scope = { organizationId: scope.organizationId, userId: scope.userId };
    let failed = false;
    try {
      return await work(em);
    } catch (e) {
      failed = true;
      throw e;
    } finally {
      this.cls.set(TX_KEY, active);
      if (memo) memo.scope = active.scope;
      // After a failed statement the transaction is aborted and rolls back anyway; a failing
      // restore must not hide the error that caused it.
      await em.query(SET_SCOPE, [active.scope.organizationId ?? '', active.scope.userId ?? '']).catch((e: unknown) => {
        if (!failed) throw e;
      });
    }
  }

  /**
   * What a second connection (a worker thread's) needs to read exactly what the open transaction
   * of `em` reads: the same role's connection settings, and a begin that opens a read-only
   * transaction on this one's exported snapshot (`pg_export_snapshot`) with its tenant settings, so
   * row-level security applies to it as to this one. The snapshot can be imported only while
   * this transaction is open: keep it open until the other side has begun.
   */
  async handOff(em: EntityManager, applicationName: string): Promise<SnapshotHandOff> {
    const [row] = (await em.query(
      `SELECT pg_export_snapshot() AS snapshot, current_setting('app.org_id', true) AS org, current_setting('app.user_id', true) AS usr`,
    )) as { snapshot: string; org: string | null; usr: string | null }[];
    if (!row || !/^[0-9A-F]+-[0-9A-F]+(-[0-9A-F]+)?$/i.test(row.snapshot)) throw new Error('Db.handOff: PostgreSQL exported no snapshot id');
    const options = em.connection.options as { url?: string; extra?: { statement_timeout?: number; connectionTimeoutMillis?: number } };
    if (!options.url) throw new Error('Db.handOff: the data source has no connection URL');
    return {
      connection: {
        connectionString: options.url,
        application_name: applicationName,
        options: SESSION_OPTIONS,
        ...(options.extra?.statement_timeout ? { statement_timeout: options.extra.statement_timeout } : {}),
        ...(options.extra?.connectionTimeoutMillis ? { connectionTimeoutMillis: options.extra.connectionTimeoutMillis } : {}),
      },
      begin:
        `START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY; SET TRANSACTION SNAPSHOT '${row.snapshot}'; ` +
        setScopeText({ organizationId: row.org || null, userId: row.usr || null }),
    };
  }

  /** The pool itself, for health checks and tooling; never for tenant data. */
  get raw(): DataSource {
    return this.dataSource;
  }
}

/** `START TRANSACTION` and the settings of `scope`, as one text (ids already checked to be UUIDs). */
function beginWithScope(scope: DbScope): string {
  return `START TRANSACTION; ${setScopeText(scope)}`;
}

/** The tenant settings of `scope` as one statement with the ids inlined (only UUIDs, or none, are accepted). */
function setScopeText(scope: DbScope): string {
  const literal = (id: string | null) => {
    if (id !== null && !isUuid(id)) throw new Error('Db: scope ids must be UUIDs');
    return `'${id ?? ''}'`;
  };
  return `SELECT set_config('app.org_id', ${literal(scope.organizationId)}, true), set_config('app.user_id', ${literal(scope.userId)}, true)`;
}

/** `sql` with each `$n` replaced by its parameter as an escaped literal (text or null). */
function inlineParams(client: PgClient, sql: string, params: readonly (string | null)[]): string {
  const parts = markerSplit(sql);
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const n = parts[i] as number;
    const v = params[n - 1];
    if (v === undefined) throw new Error(`Db.statement(s): no parameter $${n}`);
    text += (v === null ? 'NULL' : client.escapeLiteral(v)) + (parts[i + 1] as string);
  }
  return text;
}

/**
 * `sql` split at its `$n` markers once: text, marker number, text, … The hot statements are
 * constants, so each is scanned once per process, not once per request (bounded all the same).
 */
function markerSplit(sql: string): readonly (string | number)[] {
  let parts = markerSplits.get(sql);
  if (!parts) {
    parts = sql.split(/\$(\d+)/).map((p, i) => (i % 2 ? Number(p) : p));
    if (markerSplits.size >= 1_000) markerSplits.clear();
    markerSplits.set(sql, parts);
  }
  return parts;
}
const markerSplits = new Map<string, readonly (string | number)[]>();

/** A first statement that can share a simple-protocol text with the begin: a plain text, plain values. */
function foldable(args: unknown[]): boolean {
  const [text, values, callback] = args;
  if (typeof text !== 'string' || callback !== undefined || (values !== undefined && !Array.isArray(values))) return false;
  // `$n` in a quoted literal, a dollar-quoted body or a comment would be mistaken for a marker.
  if (/'|\$|--|\/\*/.test(text.replace(/\$\d+/g, ''))) return false;
  return ((values as unknown[] | undefined) ?? []).every(
    (v) => v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)),
  );
}

/** `text` with each `$n` replaced by its value as an escaped literal. */
function inline(client: PgClient, text: string, values: unknown[]): string | undefined {
  let missing = false;
  const out = text.replace(/\$(\d+)/g, (_, n: string) => {
    const i = Number(n) - 1;
    if (i >= values.length) missing = true;
    const v = values[i];
    return v === null || v === undefined ? 'NULL' : client.escapeLiteral(String(v as string | number | boolean));
  });
  return missing ? undefined : out;
}

function sameScope(a: DbScope, b: DbScope): boolean {
  return a.organizationId === b.organizationId && a.userId === b.userId;
}

/** TypeORM's insert() type cannot express jsonb records; entities are inserted whole. */
export function insertable<T>(entity: T): QueryDeepPartialEntity<T> {
  return entity as QueryDeepPartialEntity<T>;
}

/** The rows of a raw `UPDATE … RETURNING` (or `DELETE … RETURNING`): TypeORM answers those with `[rows, rowCount]`. */
export function updatedRows<T = unknown>(result: unknown): T[] {
  return Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : ((result as T[]) ?? []);
}
