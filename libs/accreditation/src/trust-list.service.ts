import { Injectable, Logger } from '@nestjs/common';
import { Db, insertable, isUniqueViolation, newId, OrganizationKind, systemScope } from '@attesta/core';
import { EntityManager } from 'typeorm';
import { AccreditationError, AccreditationErrorCode } from './accreditation.errors.js';
import { ACCREDITATION_ARRANGEMENTS, AccreditationBodyEntity, type BodyIdentifier, type BodyPublicKey } from './entities/accreditation-body.entity.js';

export interface AccreditationBodyInput {
  code: string;
  name: string;
  country: string;
  identifiers?: BodyIdentifier[];
  arrangements?: string[];
  publicKeys?: BodyPublicKey[];
  dids?: string[];
  listed?: boolean;
}

/** The trust-list seed file (libs/accreditation/data/trust-list.json). */
export interface TrustListFile {
  illustrative: boolean;
  notice: string;
  bodies: AccreditationBodyInput[];
}

const PLATFORM = systemScope('trust list: platform-curated accreditation bodies');

/**
 * The trust list of accreditation bodies. Anyone may read it; only the platform operator
 * changes it (operator API and CLI), in transactions that set `app.operator`, which the
 * row-level-security policy of `accreditation_bodies` requires for every write.
 */
@Injectable()
export class TrustListService {
  private readonly logger = new Logger(TrustListService.name);

  constructor(private readonly db: Db) {}

  async list(options: { includeDelisted?: boolean } = {}): Promise<AccreditationBodyEntity[]> {
    return this.db.tx(PLATFORM, (em) =>
      em
        .getRepository(AccreditationBodyEntity)
        .find({ ...(options.includeDelisted ? {} : { where: { listed: true } }), order: { country: 'ASC', name: 'ASC' } }),
    );
  }

  async get(id: string): Promise<AccreditationBodyEntity> {
    const body = await this.db.tx(PLATFORM, (em) => em.getRepository(AccreditationBodyEntity).findOne({ where: { id } }));
    if (!body) throw new AccreditationError(AccreditationErrorCode.BodyNotFound, 'No accreditation body with this id on the trust list.');
    return body;
  }

  /** Operator: puts a body on the trust list. */
  async add(input: AccreditationBodyInput): Promise<AccreditationBodyEntity> {
    const clean = normalize(input);
    return this.operatorTx(async (em) => {
      const repo = em.getRepository(AccreditationBodyEntity);
      if (await repo.exists({ where: { code: clean.code } })) {
        throw new AccreditationError(AccreditationErrorCode.BodyCodeTaken, `A body with code ${clean.code} is already on the trust list.`, {
          errors: [{ field: 'code', message: 'is already on the trust list' }],
        });
      }
      const now = new Date();
      const body = repo.create({ id: newId(), ...clean, organizationId: null, listed: input.listed ?? true, version: 1, createdAt: now, updatedAt: now });
      try {
        await repo.insert(insertable(body));
      } catch (e) {
        // Two operators adding the same code at once: the unique index decides.
        if (isUniqueViolation(e, 'uq_accreditation_bodies_code'))
          throw new AccreditationError(AccreditationErrorCode.BodyCodeTaken, `A body with code ${clean.code} is already on the trust list.`, {
            errors: [{ field: 'code', message: 'is already on the trust list' }],
            cause: e,
          });
        throw e;
      }
      this.logger.log({ bodyId: body.id, code: body.code }, 'accreditation body added to the trust list');
      return body;
    });
  }

  /** Operator: changes a body (keys, arrangements, delisting ...). */
  async update(id: string, patch: Partial<AccreditationBodyInput>): Promise<AccreditationBodyEntity> {
    return this.operatorTx(async (em) => {
      const repo = em.getRepository(AccreditationBodyEntity);
      const body = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!body) throw new AccreditationError(AccreditationErrorCode.BodyNotFound, 'No accreditation body with this id on the trust list.');
      const next = normalize({ ...body, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as AccreditationBodyInput);
      if (next.code !== body.code && (await repo.exists({ where: { code: next.code } }))) {
        throw new AccreditationError(AccreditationErrorCode.BodyCodeTaken, `A body with code ${next.code} is already on the trust list.`, {
          errors: [{ field: 'code', message: 'is already on the trust list' }],
        });
      }
      await repo.update({ id }, insertable({ ...next, listed: patch.listed ?? body.listed, version: body.version + 1, updatedAt: new Date() }) as never);
      return repo.findOneByOrFail({ id });
    });
  }

  /** Operator: links the tenant (kind `accreditation_body`) that speaks for the body in Attesta. */
  async link(id: string, organizationId: string): Promise<AccreditationBodyEntity> {
    return this.operatorTx(async (em) => {
      const repo = em.getRepository(AccreditationBodyEntity);
      const body = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!body) throw new AccreditationError(AccreditationErrorCode.BodyNotFound, 'No accreditation body with this id on the trust list.');
      const [org] = (await em.query('SELECT id, kind FROM org_public_profiles($1::uuid[])', [[organizationId]])) as { id: string; kind: string }[];
      if (!org)
        throw new AccreditationError(AccreditationErrorCode.OrganizationNotFound, 'No such organization.', {
          errors: [{ field: 'organizationId', message: 'names no organization' }],
        });
      if (org.kind !== OrganizationKind.AccreditationBody) {
        throw new AccreditationError(
          AccreditationErrorCode.InvalidBody,
          'Only an organization of kind accreditation_body can be linked to a trust-list entry.',
          { errors: [{ field: 'organizationId', message: `is a ${org.kind} organization, not an accreditation_body` }] },
        );
      }
      const other = await repo.findOne({ where: { organizationId } });
      if (other && other.id !== id) {
        throw new AccreditationError(AccreditationErrorCode.BodyAlreadyLinked, `The organization is already linked to ${other.name}.`, {
          errors: [{ field: 'organizationId', message: 'is linked to another trust-list entry' }],
        });
      }
      try {
        await repo.update({ id }, { organizationId, version: body.version + 1, updatedAt: new Date() });
      } catch (e) {
        if (isUniqueViolation(e, 'uq_accreditation_bodies_organization'))
          throw new AccreditationError(AccreditationErrorCode.BodyAlreadyLinked, 'The organization is already linked to another trust-list entry.', {
            errors: [{ field: 'organizationId', message: 'is linked to another trust-list entry' }],
            cause: e,
          });
        throw e;
      }
      this.logger.log({ bodyId: id, organizationId }, 'accreditation body linked to its organization');
      return repo.findOneByOrFail({ id });
    });
  }

  /** Seed step: adds the file's bodies that are not on the list yet (matched by code); never overwrites. */
  async seed(file: TrustListFile): Promise<{ added: string[]; present: string[] }> {
    const added: string[] = [];
    const present: string[] = [];
    for (const b of file.bodies) {
      const exists = await this.db.tx(PLATFORM, (em) => em.getRepository(AccreditationBodyEntity).exists({ where: { code: b.code } }));
      if (exists) present.push(b.code);
      else added.push((await this.add(b)).code);
    }
    return { added, present };
  }

  /** The body linked to an organization (an accreditation-body tenant), if any. */
  async linkedTo(em: EntityManager, organizationId: string): Promise<AccreditationBodyEntity | null> {
    return em.getRepository(AccreditationBodyEntity).findOne({ where: { organizationId } });
  }

  /** A transaction in which the trust list may be written (the operator's). */
  async operatorTx<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.tx(PLATFORM, async (em) => {
      await em.query(`SELECT set_config('app.operator', 'on', true)`);
      const result = await work(em);
      // Off again, should the transaction carry on with other work (after a failure it rolls back anyway).
      await em.query(`SELECT set_config('app.operator', '', true)`);
      return result;
    });
  }
}

const ALPHA2 = /^[A-Z]{2}$/;
const CODE = /^[a-z0-9][a-z0-9-]{1,62}$/;
const KNOWN_ARRANGEMENTS: readonly string[] = ACCREDITATION_ARRANGEMENTS;

function normalize(input: AccreditationBodyInput): Required<Omit<AccreditationBodyInput, 'listed'>> {
  const errors: { field: string; message: string }[] = [];
  const code = String(input.code ?? '')
    .trim()
    .toLowerCase();
  const country = String(input.country ?? '')
    .trim()
    .toUpperCase();
  if (!CODE.test(code)) errors.push({ field: 'code', message: 'must be 2-63 lower-case letters, digits or dashes' });
  if (!input.name?.trim()) errors.push({ field: 'name', message: 'must not be empty' });
  if (!ALPHA2.test(country)) errors.push({ field: 'country', message: 'must be an ISO 3166-1 alpha-2 code' });
  const arrangements = [...new Set((input.arrangements ?? []).map((a) => a.trim()))];
  arrangements.forEach((a, i) => {
    if (!KNOWN_ARRANGEMENTS.includes(a)) errors.push({ field: `arrangements.${i}`, message: `must be one of ${KNOWN_ARRANGEMENTS.join(', ')}` });
  });
  const publicKeys = input.publicKeys ?? [];
  publicKeys.forEach((k, i) => {
    if (!k || typeof k !== 'object' || typeof k.kid !== 'string' || !k.kid || typeof k.kty !== 'string')
      errors.push({ field: `publicKeys.${i}`, message: 'must be a public JWK with kty and kid' });
    else if ('d' in k || 'p' in k || 'q' in k) errors.push({ field: `publicKeys.${i}`, message: 'must be a public key (no private members)' });
  });
  if (new Set(publicKeys.map((k) => k?.kid)).size !== publicKeys.length) errors.push({ field: 'publicKeys', message: 'kids must be unique' });
  const dids = [...new Set((input.dids ?? []).map((d) => d.trim()))];
  dids.forEach((d, i) => {
    if (!/^did:[a-z0-9]+:.+/.test(d)) errors.push({ field: `dids.${i}`, message: 'must be a DID (did:method:...)' });
  });
  const identifiers = input.identifiers ?? [];
  identifiers.forEach((x, i) => {
    if (!x?.scheme?.trim() || !x?.value?.trim()) errors.push({ field: `identifiers.${i}`, message: 'needs a scheme and a value' });
  });
  if (errors.length) throw new AccreditationError(AccreditationErrorCode.InvalidBody, 'The accreditation body is not valid.', { errors });
  return { code, name: input.name.trim(), country, identifiers, arrangements, publicKeys, dids };
}
