import { Injectable, Logger } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { TrustListService } from '@attesta/accreditation';
import { AuditService } from '@attesta/audit';
import { OutboxService } from '@attesta/outbox';
import {
  Actor,
  actorId,
  AppConfig,
  Db,
  insertable,
  isUniqueViolation,
  keysetPage,
  newId,
  OrganizationKind,
  Page,
  scopeOf,
  systemScope,
  type SystemActor,
} from '@attesta/core';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { checkSignedCredential, isIssuedTo, readStatus, type CheckedCredential, type CredentialParty, type StatusEntry } from './credential-check.js';
import { ForeignCredentialEntity, type ForeignCredentialStatus } from './entities/foreign-credential.entity.js';
import { fcError, ForeignCredentialsError, ForeignCredentialsErrorCode as Code } from './foreign-credentials.errors.js';
import { guardedFetcher, type Fetcher } from './guarded-fetch.js';

export interface ImportForeignCredentialInput {
  /** Where to fetch the credential (compact vc+jwt or an EnvelopedVerifiableCredential). */
  url?: string | null;
  /** The credential itself (upload). */
  credential?: string | null;
}

interface Verdict {
  status: ForeignCredentialStatus;
  reasonCode: string | null;
  reasonMessage: string | null;
  trustBodyId: string | null;
  trustBodyName: string | null;
}

const orgStream = (organizationId: string) => ({ type: 'organization' as const, id: organizationId });

/**
 * Outbox events of the holder's credentials that change what counts (a recognised one imported,
 * a status change to or from recognised, a recognised one removed): procurement re-evaluates the
 * holder's open bids, and the holder's endpoints may subscribe to the status changes.
 */
export const FOREIGN_CREDENTIAL_EVENTS = {
  imported: 'foreign_credential.imported',
  statusChanged: 'foreign_credential.status_changed',
  removed: 'foreign_credential.removed',
} as const;

/**
 * Credentials from other issuers: imported by URL or upload, checked (signature through did:web
 * or its JWKS, status lists, validity) and counted only when the issuer DID is named by a listed
 * trust-list entry. Anything else is kept with the reason. The worker polls the status lists
 * (If-None-Match) and re-evaluates.
 */
@Injectable()
export class ForeignCredentialsService {
  private readonly logger = new Logger(ForeignCredentialsService.name);
  private readonly fetcher: Fetcher;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly trustList: TrustListService,
    config: AppConfig,
  ) {
    this.fetcher = guardedFetcher({
      allowPrivateHosts: config.FOREIGN_CREDENTIALS_ALLOW_PRIVATE_HOSTS,
      timeoutMs: config.FOREIGN_CREDENTIALS_TIMEOUT_MS,
      maxBytes: config.FOREIGN_CREDENTIALS_MAX_BYTES,
    });
  }

  /** Fetches or takes the credential, checks it completely, then stores it in one transaction (nothing half-imported). */
  async import(actor: Actor, input: ImportForeignCredentialInput): Promise<ForeignCredentialEntity> {
    assertCan(actor, 'create', 'ForeignCredential');
    const hasUrl = Boolean(input.url?.trim());
    const hasCredential = Boolean(input.credential?.trim());
    if (hasUrl === hasCredential)
      throw new ForeignCredentialsError(Code.InvalidInput, 'Send either url or credential.', {
        errors: [{ field: hasUrl ? 'credential' : 'url', message: hasUrl ? 'must be absent when url is given' : 'or credential is required' }],
      });
    const raw = hasUrl
      ? ((await this.fetcher(input.url!.trim(), { field: 'url', accept: 'application/vc+jwt, application/json' })).body ?? '')
      : input.credential!;
    const field = hasUrl ? 'url' : 'credential';
    const checked = await checkSignedCredential(raw, this.fetcher, field);
    // A credential that states conformance to nothing counts for nothing: refused rather than kept as if it attested.
    if (!checked.frameworks.length)
      throw fcError(Code.NoConformity, `${field}.credentialSubject.assessment`, 'states conformance (conformance: true) to no reference standard');
    const holder = await this.db.tx(scopeOf(actor), (em) => organizationOf(em, actor.organizationId));
    // Another party's credential has no place in this organization's account: refused, nothing stored.
    if (!isIssuedTo(checked.issuedTo, holder))
      throw fcError(
        Code.NotIssuedToYou,
        `${field}.credentialSubject.issuedToParty`,
        `the credential is issued to ${partyLabel(checked.issuedTo)}, not to your organization (${holder.name})`,
      );
    const statusEntries = await this.readStatuses(checked.statusEntries, checked.issuerDid);
    const verdict = await this.evaluate(checked.issuerDid, checked, statusEntries, new Date(), true);
    const now = new Date();
    const id = newId();
    return this.db.tx(scopeOf(actor), async (em) => {
      const repo = em.getRepository(ForeignCredentialEntity);
      const row = repo.create({
        id,
        organizationId: actor.organizationId,
        sourceUrl: hasUrl ? input.url!.trim() : null,
        jwt: checked.jwt,
        jwtSha256: createHash('sha256').update(checked.jwt).digest('hex'),
        issuerDid: checked.issuerDid,
        issuerName: checked.issuerName,
        kid: checked.kid,
        credentialId: checked.credentialId,
        subjectName: checked.subjectName,
        issuedToId: checked.issuedTo?.id ?? null,
        issuedToName: checked.issuedTo?.name ?? null,
        frameworks: checked.frameworks,
        assessedItems: checked.assessedItems,
        markets: checked.markets,
        validFrom: checked.validFrom,
        validUntil: checked.validUntil,
        statusEntries,
        ...verdict,
        checkedAt: now,
        importedBy: actorId(actor),
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      try {
        await repo.insert(insertable(row));
      } catch (e) {
        if (isUniqueViolation(e, 'uq_foreign_credentials_org_digest'))
          throw fcError(Code.AlreadyImported, hasUrl ? 'url' : 'credential', 'this credential is already imported by your organization', e);
        throw e;
      }
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'foreign_credential.imported',
        subjectType: 'ForeignCredential',
        subjectId: id,
        payload: { issuerDid: checked.issuerDid, credentialId: checked.credentialId, status: verdict.status, reasonCode: verdict.reasonCode },
      });
      if (verdict.status === 'recognised')
        await this.outbox.emit(em, {
          type: FOREIGN_CREDENTIAL_EVENTS.imported,
          organizationId: actor.organizationId,
          payload: { foreignCredentialId: id, credentialId: checked.credentialId, issuerDid: checked.issuerDid, status: verdict.status },
        });
      return repo.findOneByOrFail({ id });
    });
  }

  async list(actor: Actor, page: { limit?: number; cursor?: string; status?: ForeignCredentialStatus }): Promise<Page<ForeignCredentialEntity>> {
    assertCan(actor, 'read', 'ForeignCredential');
    return this.db.tx(scopeOf(actor), (em) => {
      const qb = em.getRepository(ForeignCredentialEntity).createQueryBuilder('c').where('c.organizationId = :org', { org: actor.organizationId });
      if (page.status) qb.andWhere('c.status = :status', { status: page.status });
      return keysetPage(qb, { limit: page.limit, cursor: page.cursor, keys: [{ column: 'c.id', read: (c) => c.id }] });
    });
  }

  async get(actor: Actor, id: string): Promise<ForeignCredentialEntity> {
    assertCan(actor, 'read', 'ForeignCredential');
    return this.db.tx(scopeOf(actor), (em) => this.load(em, actor, id));
  }

  async remove(actor: Actor, id: string): Promise<void> {
    assertCan(actor, 'delete', 'ForeignCredential');
    await this.db.tx(scopeOf(actor), async (em) => {
      const row = await this.load(em, actor, id);
      await em.getRepository(ForeignCredentialEntity).delete({ id: row.id, organizationId: actor.organizationId });
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'foreign_credential.removed',
        subjectType: 'ForeignCredential',
        subjectId: id,
        payload: { issuerDid: row.issuerDid },
      });
      if (row.status === 'recognised')
        await this.outbox.emit(em, {
          type: FOREIGN_CREDENTIAL_EVENTS.removed,
          organizationId: actor.organizationId,
          payload: { foreignCredentialId: id, credentialId: row.credentialId, issuerDid: row.issuerDid, status: row.status },
        });
    });
  }

  /** Checks one credential again now: status lists (If-None-Match), trust list, validity. */
  async recheck(actor: Actor, id: string): Promise<ForeignCredentialEntity> {
    assertCan(actor, 'update', 'ForeignCredential');
    const row = await this.db.tx(scopeOf(actor), (em) => this.load(em, actor, id));
    await this.refresh(actor, row, new Map());
    return this.db.tx(scopeOf(actor), (em) => this.load(em, actor, id));
  }

  /**
   * The worker's poll: every credential not checked within the interval, each in its owner's
   * scope; one fetch per status list per run (the lists are shared by many credentials).
   */
  async pollStatusLists(intervalMs: number, now = new Date()): Promise<{ checked: number; changed: number }> {
    const due: { id: string; organization_id: string }[] = await this.db.tx(systemScope('foreign credentials: status lists due for a poll'), (em) =>
      em.query('SELECT * FROM foreign_credentials_due($1, $2)', [new Date(now.getTime() - intervalMs), 500]),
    );
    const lists = new Map<string, Promise<StatusEntry & { changed: boolean }>>();
    let changed = 0;
    for (const d of due) {
      const actor: SystemActor = {
        kind: 'system',
        reason: 'foreign_credentials.poll',
        organizationId: d.organization_id,
        organizationKind: OrganizationKind.Manufacturer,
      };
      const row = await this.db.tx(scopeOf(actor), (em) => em.getRepository(ForeignCredentialEntity).findOne({ where: { id: d.id } }));
      if (row && (await this.refresh(actor, row, lists))) changed += 1;
    }
    if (changed) this.logger.log({ checked: due.length, changed }, 'foreign credential status poll');
    return { checked: due.length, changed };
  }

  /** Re-evaluates one stored credential; returns whether its status changed. */
  private async refresh(actor: Actor, row: ForeignCredentialEntity, cache: Map<string, Promise<StatusEntry & { changed: boolean }>>): Promise<boolean> {
    const now = new Date();
    let entries = row.statusEntries;
    let verdict: Verdict;
    try {
      entries = await Promise.all(
        row.statusEntries.map((e, i) => {
          const key = `${e.listUrl}|${e.index}|${e.etag ?? ''}`;
          if (!cache.has(key)) cache.set(key, readStatus(e, row.issuerDid, this.fetcher, `statusEntries.${i}`));
          return cache.get(key)!;
        }),
      );
      entries = entries.map(({ purpose, index, listUrl, etag, set }) => ({ purpose, index, listUrl, etag, set }));
      // The holder is checked again: an organization that renamed itself is no longer the party a name names.
      const holder = await this.db.tx(scopeOf(actor), (em) => organizationOf(em, row.organizationId));
      verdict = await this.evaluate(row.issuerDid, row, entries, now, isIssuedTo(issuedToOf(row), holder), issuedToOf(row));
    } catch (e) {
      if (!(e instanceof ForeignCredentialsError)) throw e;
      // A list that cannot be read now: the credential stops counting until it can be again.
      verdict = { status: 'unverifiable', reasonCode: e.code, reasonMessage: e.message, trustBodyId: row.trustBodyId, trustBodyName: row.trustBodyName };
    }
    const statusChanged = verdict.status !== row.status;
    await this.db.tx(scopeOf(actor), async (em) => {
      const repo = em.getRepository(ForeignCredentialEntity);
      await repo.update({ id: row.id, organizationId: row.organizationId }, {
        ...verdict,
        statusEntries: entries,
        checkedAt: now,
        updatedAt: now,
        ...(statusChanged ? { version: row.version + 1 } : {}),
      } as never);
      if (statusChanged)
        await this.audit.record(em, actor, orgStream(row.organizationId), {
          action: 'foreign_credential.status_changed',
          subjectType: 'ForeignCredential',
          subjectId: row.id,
          payload: { from: row.status, to: verdict.status, reasonCode: verdict.reasonCode },
        });
      if (statusChanged && (row.status === 'recognised' || verdict.status === 'recognised'))
        await this.outbox.emit(em, {
          type: FOREIGN_CREDENTIAL_EVENTS.statusChanged,
          organizationId: row.organizationId,
          payload: {
            foreignCredentialId: row.id,
            credentialId: row.credentialId,
            issuerDid: row.issuerDid,
            from: row.status,
            to: verdict.status,
            reasonCode: verdict.reasonCode,
          },
        });
    });
    return statusChanged;
  }

  private async readStatuses(entries: StatusEntry[], issuerDid: string): Promise<StatusEntry[]> {
    const read = await Promise.all(entries.map((e, i) => readStatus(e, issuerDid, this.fetcher, `credentialStatus.${i}`)));
    return read.map(({ purpose, index, listUrl, etag, set }) => ({ purpose, index, listUrl, etag, set }));
  }

  /** Revoked, suspended, outside validity, issued to another party, issuer not on the trust list: in that order of precedence. */
  private async evaluate(
    issuerDid: string,
    c: Pick<CheckedCredential, 'validFrom' | 'validUntil'>,
    entries: StatusEntry[],
    now: Date,
    issuedToHolder: boolean,
    party: CredentialParty | null = null,
  ): Promise<Verdict> {
    const body = (await this.trustList.list()).find((b) => b.dids.includes(issuerDid)) ?? null;
    const trust = { trustBodyId: body?.id ?? null, trustBodyName: body?.name ?? null };
    const no = (status: ForeignCredentialStatus, reasonCode: string, reasonMessage: string): Verdict => ({ status, reasonCode, reasonMessage, ...trust });
    if (entries.some((e) => e.purpose === 'revocation' && e.set))
      return no('revoked', 'revoked', 'The issuer revoked the credential (its revocation status list marks it).');
    if (entries.some((e) => e.purpose === 'suspension' && e.set))
      return no('suspended', 'suspended', 'The issuer suspended the credential (its suspension status list marks it).');
    if (c.validUntil && c.validUntil <= now) return no('expired', 'expired', `The credential expired on ${c.validUntil.toISOString()}.`);
    if (c.validFrom && c.validFrom > now) return no('not_yet_valid', 'not_yet_valid', `The credential is valid from ${c.validFrom.toISOString()}.`);
    if (!issuedToHolder)
      return no('unrecognised', 'not_issued_to_holder', `The credential is issued to ${partyLabel(party)}, not to this organization; it does not count.`);
    if (!body)
      return no(
        'unrecognised',
        'issuer_not_on_trust_list',
        `No listed trust-list entry names the issuer ${issuerDid}; the credential is kept but does not count.`,
      );
    return { status: 'recognised', reasonCode: null, reasonMessage: null, ...trust };
  }

  private async load(em: EntityManager, actor: Actor, id: string): Promise<ForeignCredentialEntity> {
    const row = await em.getRepository(ForeignCredentialEntity).findOne({ where: { id, organizationId: actor.organizationId } });
    if (!row) throw new ForeignCredentialsError(Code.NotFound, 'No foreign credential with this id in your organization.');
    return row;
  }
}

const issuedToOf = (row: ForeignCredentialEntity): CredentialParty | null =>
  row.issuedToId || row.issuedToName ? { id: row.issuedToId, name: row.issuedToName } : null;

const partyLabel = (party: CredentialParty | null) => party?.name ?? party?.id ?? 'no named party';

/** The holder's id and name, through identity's `org_public_profiles`. */
async function organizationOf(em: EntityManager, organizationId: string): Promise<{ id: string; name: string }> {
  const [org] = (await em.query('SELECT id, name FROM org_public_profiles($1::uuid[])', [[organizationId]])) as { id: string; name: string }[];
  if (!org) throw new Error(`organization ${organizationId} not found`);
  return org;
}
