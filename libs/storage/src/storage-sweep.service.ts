import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, Db, systemScope } from '@attesta/core';
import { Metrics } from '@attesta/observability';
import { STORAGE, type StorageDriver, type StoredObjectEntry } from './storage.driver.js';

export interface StorageSweepResult {
  /** Objects no evidence version refers to, older than the grace period, removed. */
  orphans: number;
  /** The fs driver's leftover `.tmp-*` files (interrupted writes) removed. */
  temps: number;
  /** Objects looked at. */
  scanned: number;
}

/** Keys asked about per query. */
const PAGE = 500;

/**
 * Removes what an interrupted upload leaves behind (a crash between storing the bytes and
 * recording the version, or mid-write): stored objects that no evidence version names and
 * `.tmp-*` files, once older than STORAGE_SWEEP_GRACE_MS, so uploads in flight are never
 * touched. Which keys are referred to is asked of the evidence tables through
 * `evidence_storage_keys_known(keys)` (owned by the evidence schema). A driver that cannot
 * list is skipped. Run by the worker at start and daily; counted in `attesta_storage_swept_total`.
 */
@Injectable()
export class StorageSweepService {
  private readonly logger = new Logger(StorageSweepService.name);

  constructor(
    @Inject(STORAGE) private readonly storage: StorageDriver,
    private readonly db: Db,
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  async sweep(now = new Date()): Promise<StorageSweepResult> {
    const before = new Date(now.getTime() - this.config.STORAGE_SWEEP_GRACE_MS);
    const result: StorageSweepResult = { orphans: 0, temps: 0, scanned: 0 };
    if (this.storage.removeStaleTemp) {
      result.temps = await this.storage.removeStaleTemp(before);
      this.metrics.storageSwept.inc({ kind: 'temp' }, result.temps);
    }
    if (this.storage.list) {
      let page: StoredObjectEntry[] = [];
      for await (const entry of this.storage.list()) {
        result.scanned++;
        if (entry.modifiedAt >= before) continue;
        page.push(entry);
        if (page.length >= PAGE) {
          result.orphans += await this.removeUnreferenced(page);
          page = [];
        }
      }
      if (page.length > 0) result.orphans += await this.removeUnreferenced(page);
    } else {
      this.logger.warn({ driver: this.storage.name }, 'storage sweep skipped: the driver cannot list its objects');
    }
    this.logger.log({ driver: this.storage.name, graceMs: this.config.STORAGE_SWEEP_GRACE_MS, ...result }, 'storage sweep finished');
    return result;
  }

  private async removeUnreferenced(page: StoredObjectEntry[]): Promise<number> {
    const keys = page.map((e) => e.key);
    const rows = (await this.db.tx(systemScope('storage sweep: which stored objects evidence versions refer to'), (em) =>
      em.query('SELECT evidence_storage_keys_known($1::text[]) AS key', [keys]),
    )) as { key: string }[];
    const known = new Set(rows.map((r) => r.key));
    let removed = 0;
    // One at a time: a sweep is background work and must not flood the store.
    for (const key of keys) {
      if (known.has(key)) continue;
      await this.storage.delete(key);
      removed++;
      this.metrics.storageSwept.inc({ kind: 'orphan' });
      this.logger.log({ key }, 'storage sweep removed an object no evidence version refers to');
    }
    return removed;
  }
}
