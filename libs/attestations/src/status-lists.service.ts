import { Injectable } from '@nestjs/common';
import { Actor, AppConfig, Db, systemScope, transactionLock } from '@attesta/core';
import { EntityManager } from 'typeorm';
import { AttestationsError, AttestationsErrorCode } from './attestations.errors.js';
import { buildStatusListCredential } from './credential.js';
import { statusListUrl } from './did.js';
import { StatusListEntity } from './entities/status-list.entity.js';
import { SigningKeysService } from './signing-keys.service.js';
import { emptyBitstring, encodeList, pickFreeIndex, STATUS_LIST_SIZE, STATUS_PURPOSES, withBit, type StatusPurpose } from './status-list.js';

export interface PublishedStatusList {
  credential: string;
  version: number;
  updatedAt: Date;
}

/** The issuers' Bitstring Status Lists: index assignment, bit flips, signed publication. */
@Injectable()
export class StatusListsService {
  constructor(
    private readonly db: Db,
    private readonly keys: SigningKeysService,
    private readonly config: AppConfig,
  ) {}

  url(organizationId: string, purpose: StatusPurpose): string {
    return statusListUrl(this.config.PUBLIC_BASE_URL, organizationId, purpose);
  }

  /**
   * A random index free in the issuer's lists. The issuer's revocation list row is locked
   * for the rest of the transaction, so concurrent issues cannot pick the same index (the
   * unique index on (organization, index) is the backstop).
   */
  async allocateIndex(em: EntityManager, actor: Actor): Promise<number> {
    await this.ensureLists(em, actor);
    const list = await em
      .getRepository(StatusListEntity)
      .findOne({ where: { organizationId: actor.organizationId, purpose: 'revocation' }, lock: { mode: 'pessimistic_write' } });
    const rows: { status_index: number }[] = await em.query('SELECT status_index FROM attestations WHERE organization_id = $1', [actor.organizationId]);
    const taken = new Set(rows.map((r) => r.status_index));
    const size = list?.size ?? STATUS_LIST_SIZE;
    if (taken.size >= size / 2) throw new AttestationsError(AttestationsErrorCode.StatusListFull, "The issuer's status list is full.");
    return pickFreeIndex((i) => taken.has(i), size);
  }

  /** Sets or clears one bit and re-signs the list (in the caller's transaction). */
  async setBit(em: EntityManager, actor: Actor, purpose: StatusPurpose, index: number, value: boolean): Promise<void> {
    await this.ensureLists(em, actor);
    const repo = em.getRepository(StatusListEntity);
    const list = await repo.findOneOrFail({ where: { organizationId: actor.organizationId, purpose }, lock: { mode: 'pessimistic_write' } });
    const bits = withBit(list.bits, index, value);
    const now = new Date();
    const credential = await this.signList(em, actor, purpose, bits, now);
    await repo.update({ organizationId: actor.organizationId, purpose }, { bits, credential, version: list.version + 1, updatedAt: now });
  }

  /** The signed status list credential (public, no login). */
  async published(organizationId: string, purpose: StatusPurpose): Promise<PublishedStatusList> {
    const [row] = (await this.db.tx(systemScope('public facts: status list credential'), (em) =>
      em.query('SELECT credential, version, updated_at FROM issuer_status_list($1, $2)', [organizationId, purpose]),
    )) as { credential: string; version: number; updated_at: Date }[];
    if (!row) throw new AttestationsError(AttestationsErrorCode.StatusListNotFound, 'No such status list.');
    return { credential: row.credential, version: row.version, updatedAt: row.updated_at };
  }

  /** The raw bits of both lists of an issuer, for verification (public data). */
  async bitsOf(organizationId: string, purpose: StatusPurpose): Promise<Buffer | null> {
    const [row] = (await this.db.tx(systemScope('public facts: status list bits'), (em) =>
      em.query('SELECT bits FROM issuer_status_list($1, $2)', [organizationId, purpose]),
    )) as { bits: Buffer }[];
    return row?.bits ?? null;
  }

  private async ensureLists(em: EntityManager, actor: Actor): Promise<void> {
    const repo = em.getRepository(StatusListEntity);
    const existing = await repo.count({ where: { organizationId: actor.organizationId } });
    if (existing === STATUS_PURPOSES.length) return;
    await transactionLock(em, `status-lists:${actor.organizationId}`);
    for (const purpose of STATUS_PURPOSES) {
      if (await repo.exists({ where: { organizationId: actor.organizationId, purpose } })) continue;
      const bits = emptyBitstring();
      const now = new Date();
      const credential = await this.signList(em, actor, purpose, bits, now);
      await repo.insert({ organizationId: actor.organizationId, purpose, size: STATUS_LIST_SIZE, bits, credential, version: 1, updatedAt: now });
    }
  }

  private async signList(em: EntityManager, actor: Actor, purpose: StatusPurpose, bits: Buffer, now: Date): Promise<string> {
    const payload = buildStatusListCredential({
      url: this.url(actor.organizationId, purpose),
      issuerDid: this.keys.did(actor.organizationId),
      purpose,
      encodedList: encodeList(bits),
      validFrom: now,
    });
    return (await this.keys.sign(em, actor, payload)).jws;
  }
}
