import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { actorUserId, type Actor } from '../context/actor.js';
import { isUuid } from '../ids/ids.js';

/** Row-level-security settings of a transaction. */
export interface DbScope {
  organizationId: string | null;
  userId: string | null;
}

/** The row-level-security scope an actor's requests run in. */
export function scopeOf(actor: Actor): DbScope {
  return { organizationId: actor.organizationId, userId: actorUserId(actor) };
}

interface ActiveTx {
  em: EntityManager;
  scope: DbScope;
}

const TX_KEY = 'attesta.tx';

/**
 * Every read and write of tenant data goes through `tx`: one transaction whose
 * `SET LOCAL`-style settings (`set_config(..., true)`) carry the acting organization
 * and user, which the row-level-security policies read. The settings end with the
 * transaction, so a pooled connection never carries them into another request.
 * Nested calls with the same scope join the open transaction (one commit, audit
 * events included).
 */
@Injectable()
export class Db {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cls: ClsService,
  ) {}

  async tx<T>(scope: DbScope, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const active = this.cls.isActive() ? this.cls.get<ActiveTx | undefined>(TX_KEY) : undefined;
    if (active && sameScope(active.scope, scope)) return work(active.em);
    for (const id of [scope.organizationId, scope.userId]) {
      if (id !== null && !isUuid(id)) throw new Error('Db.tx: scope ids must be UUIDs');
    }
    const run = () =>
      this.dataSource.transaction(async (em) => {
        await em.query(`SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [
          scope.organizationId ?? '',
          scope.userId ?? '',
        ]);
        if (!this.cls.isActive()) return work(em);
        const previous = this.cls.get<ActiveTx | undefined>(TX_KEY);
        this.cls.set(TX_KEY, { em, scope });
        try {
          return await work(em);
        } finally {
          this.cls.set(TX_KEY, previous);
        }
      });
    return this.cls.isActive() ? run() : this.cls.run(run);
  }

  /** The pool itself, for health checks and tooling; never for tenant data. */
  get raw(): DataSource {
    return this.dataSource;
  }
}

function sameScope(a: DbScope, b: DbScope): boolean {
  return a.organizationId === b.organizationId && a.userId === b.userId;
}

/** TypeORM's insert() type cannot express jsonb records; entities are inserted whole. */
export function insertable<T>(entity: T): QueryDeepPartialEntity<T> {
  return entity as QueryDeepPartialEntity<T>;
}
