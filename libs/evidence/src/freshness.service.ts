import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, Db, newId, systemScope } from '@attesta/core';
import { OutboxService } from '@attesta/outbox';
import { STORAGE, type StorageDriver } from '@attesta/storage';
import { createHash } from 'node:crypto';
import { EvidenceVersionEntity } from './entities/evidence-version.entity.js';
import { IntegrityCheckEntity } from './entities/integrity-check.entity.js';
import { EVIDENCE_EVENTS } from './evidence.service.js';

export interface IntegrityResult {
  versionId: string;
  ok: boolean;
  actualSha256: string | null;
  detail: string | null;
}

/**
 * Platform chores on evidence, run by the worker: re-hash stored objects after upload
 * (storage corruption shows up here) and flag evidence that is expiring or expired.
 * Both run as the platform, through SECURITY DEFINER functions that touch only what
 * they are for; events go to the outbox for the workspace's participants.
 */
@Injectable()
export class FreshnessService {
  private readonly logger = new Logger(FreshnessService.name);

  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    @Inject(STORAGE) private readonly storage: StorageDriver,
  ) {}

  async verifyIntegrity(workspaceId: string, versionId: string, organizationId: string): Promise<IntegrityResult> {
    const version = await this.db.tx(
      systemScope('integrity check: the platform re-reading an uploaded version for its organization', { organizationId }),
      (em) => em.getRepository(EvidenceVersionEntity).findOne({ where: { id: versionId, workspaceId } }),
    );
    if (!version) return { versionId, ok: false, actualSha256: null, detail: 'version not visible or gone' };
    let actual: string | null = null;
    let detail: string | null = null;
    try {
      const { stream } = await this.storage.get(version.storageKey);
      const hash = createHash('sha256');
      for await (const chunk of stream) hash.update(chunk as Buffer);
      actual = hash.digest('hex');
      if (actual !== version.sha256) detail = `stored bytes hash to ${actual}, recorded ${version.sha256}`;
    } catch (e) {
      detail = `could not read the stored object: ${(e as Error).message}`;
    }
    const ok = detail === null;
    await this.db.tx(systemScope('integrity check: recording the result for the organization', { organizationId }), async (em) => {
      await em.getRepository(IntegrityCheckEntity).insert({ id: newId(), versionId, workspaceId, ok, actualSha256: actual, detail, checkedAt: new Date() });
      if (!ok) {
        this.logger.error({ versionId, workspaceId, detail }, 'evidence integrity check failed');
        await this.outbox.emit(em, {
          type: EVIDENCE_EVENTS.integrityFailed,
          organizationId,
          workspaceId,
          payload: { versionId, evidenceId: version.evidenceId, detail },
        });
      }
    });
    return { versionId, ok, actualSha256: actual, detail };
  }

  /**
   * Flags evidence whose validUntil is within the warning window (once per date) and
   * evidence that has expired (once per date). Returns how many events were raised.
   */
  async scan(today = new Date()): Promise<{ expiring: number; expired: number }> {
    const [row] = (await this.db.tx(systemScope('daily scan: evidence due for renewal'), (em) =>
      em.query('SELECT * FROM evidence_freshness_scan($1::date, $2::int)', [today.toISOString().slice(0, 10), this.config.EVIDENCE_EXPIRY_WARNING_DAYS]),
    )) as {
      expiring: number;
      expired: number;
    }[];
    return { expiring: Number(row?.expiring ?? 0), expired: Number(row?.expired ?? 0) };
  }
}
