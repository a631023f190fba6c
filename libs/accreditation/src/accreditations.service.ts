import { Injectable, Logger } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import {
  Actor,
  actorId,
  Db,
  insertable,
  isMarketCode,
  isUniqueViolation,
  isUuid,
  newId,
  OrganizationKind,
  scopeOf,
  systemScope,
  type SystemActor,
} from '@attesta/core';
import { orgStream } from '@attesta/identity';
import { SERVICE_CATEGORIES } from '@attesta/offerings';
import { OutboxService } from '@attesta/outbox';
import { EntityManager } from 'typeorm';
import { AccreditationError, AccreditationErrorCode } from './accreditation.errors.js';
import {
  ACCREDITATION_EVENTS,
  type AccreditationClaim,
  type AccreditationClaimNow,
  type AccreditationCurrent,
  type AccreditationStatusChangedPayload,
} from './accreditation.types.js';
import { checkAccreditationCredential } from './credential-check.js';
import { AccreditationBodyEntity } from './entities/accreditation-body.entity.js';
import { AccreditationEventEntity, type AccreditationEventAction } from './entities/accreditation-event.entity.js';
import { AccreditationSettingsEntity } from './entities/accreditation-settings.entity.js';
import {
  ACCREDITATION_STANDARDS,
  AccreditationEntity,
  type AccreditationScope,
  type AccreditationStandard,
  type AccreditationStatus,
  type VerifiedBy,
} from './entities/accreditation.entity.js';
import { TrustListService } from './trust-list.service.js';

export interface DeclareAccreditationInput {
  bodyId: string;
  number: string;
  standard: string;
  scope: { frameworkCodes?: string[]; markets?: string[]; serviceCategories?: string[] };
  validFrom: string;
  validUntil: string;
}

/** An accreditation with what readers need alongside: its body, whether it counts now, its history. */
export interface AccreditationView {
  accreditation: AccreditationEntity;
  body: AccreditationBodyEntity;
  verified: boolean;
  /** Effective status (expired once past validUntil). */
  effectiveStatus: AccreditationStatus;
  /** Verified, active, valid today, and the body still on the trust list: counts as accredited. */
  counts: boolean;
  history?: AccreditationEventEntity[];
}

/** An accreditation as the organization directory shows it. */
export interface DirectoryAccreditation {
  bodyName: string;
  number: string;
  standard: string;
  status: AccreditationStatus;
  verified: boolean;
  validFrom: string;
  validUntil: string;
  /** Counts as accredited now (verified, active, within its validity, body listed): a verified record dated ahead does not yet. */
  counts: boolean;
}

/** A status change by the body, the operator or the daily scan. */
type StatusAction = 'suspend' | 'withdraw' | 'reinstate' | 'expire';
const TRANSITIONS: Record<StatusAction, { from: AccreditationStatus[]; to: AccreditationStatus; event: AccreditationEventAction }> = {
  suspend: { from: ['active'], to: 'suspended', event: 'suspended' },
  withdraw: { from: ['active', 'suspended'], to: 'withdrawn', event: 'withdrawn' },
  reinstate: { from: ['suspended'], to: 'active', event: 'reinstated' },
  expire: { from: ['active', 'suspended'], to: 'expired', event: 'expired' },
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day, YYYY-MM-DD from year 100 on: not 2025-02-30, not 0000-01-01 (the database refuses both). */
function isCalendarDay(s: unknown): s is string {
  if (typeof s !== 'string' || !DAY.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
const today = (at = new Date()) => at.toISOString().slice(0, 10);

/** A `date` column read through raw SQL: pg gives a Date at local midnight (or a string); YYYY-MM-DD either way. */
function dayOf(v: unknown): string {
  if (v instanceof Date) return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  return String(v).slice(0, 10);
}

/**
 * Assessors' accreditations: declared by the assessor (owners and admins), verified only
 * by the body's linked organization, by a credential signed with a key the trust list
 * holds for the body, or by the platform operator naming the evidence. Only verified,
 * active and valid records count (`coveringAccreditation`). Every change is logged in
 * `accreditation_events`, audited in the assessor's stream, and a status change is
 * announced as `accreditation.status_changed` through the outbox.
 */
@Injectable()
export class AccreditationsService {
  private readonly logger = new Logger(AccreditationsService.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly trustList: TrustListService,
  ) {}

  // ---- Assessors --------------------------------------------------------------------------

  async declare(actor: Actor, input: DeclareAccreditationInput): Promise<AccreditationView> {
    assertCan(actor, 'create', 'Accreditation');
    if (actor.organizationKind !== OrganizationKind.Assessor)
      throw new AccreditationError(AccreditationErrorCode.NotAssessor, 'Only assessor organizations hold accreditations.');
    const clean = validateDeclaration(input);
    return this.db.tx(scopeOf(actor), async (em) => {
      const body = await em.getRepository(AccreditationBodyEntity).findOne({ where: { id: clean.bodyId } });
      if (!body || !body.listed) {
        throw new AccreditationError(
          AccreditationErrorCode.BodyNotListed,
          'The accreditation body is not on the trust list; ask the platform operator to list it.',
          {
            errors: [{ field: 'bodyId', message: 'names no accreditation body on the trust list' }],
          },
        );
      }
      const repo = em.getRepository(AccreditationEntity);
      if (await repo.exists({ where: { organizationId: actor.organizationId, bodyId: body.id, number: clean.number } })) {
        throw new AccreditationError(AccreditationErrorCode.DuplicateAccreditation, `Accreditation ${clean.number} by ${body.name} is already recorded.`, {
          errors: [{ field: 'number', message: 'is already recorded for this body' }],
        });
      }
      const now = new Date();
      const a = repo.create({
        id: newId(),
        organizationId: actor.organizationId,
        bodyId: body.id,
        number: clean.number,
        standard: clean.standard,
        scope: clean.scope,
        validFrom: clean.validFrom,
        validUntil: clean.validUntil,
        status: 'active',
        statusReason: null,
        verification: 'declared',
        verifiedAt: null,
        verifiedBy: null,
        verificationEvidence: null,
        credential: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      try {
        await repo.insert(insertable(a));
      } catch (e) {
        if (isUniqueViolation(e, 'uq_accreditations_number'))
          throw new AccreditationError(AccreditationErrorCode.DuplicateAccreditation, `Accreditation ${clean.number} by ${body.name} is already recorded.`, {
            errors: [{ field: 'number', message: 'is already recorded for this body' }],
            cause: e,
          });
        throw e;
      }
      await this.log(em, actor, a, 'declared', null, { reason: null, evidence: null });
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: ACCREDITATION_EVENTS.declared,
        subjectType: 'Accreditation',
        subjectId: a.id,
        payload: { bodyId: body.id, number: a.number, standard: a.standard, scope: a.scope, validFrom: a.validFrom, validUntil: a.validUntil },
      });
      return this.view(em, a, body, await this.history(em, a.id));
    });
  }

  async list(actor: Actor): Promise<AccreditationView[]> {
    assertCan(actor, 'read', 'Accreditation');
    return this.db.tx(scopeOf(actor), async (em) => {
      const rows = await em.getRepository(AccreditationEntity).find({ where: { organizationId: actor.organizationId }, order: { createdAt: 'ASC' } });
      const bodies = await this.bodiesOf(em, rows);
      return this.views(
        em,
        rows.map((a) => ({ a, body: bodies.get(a.bodyId)! })),
      );
    });
  }

  async get(actor: Actor, id: string): Promise<AccreditationView> {
    assertCan(actor, 'read', 'Accreditation');
    return this.db.tx(scopeOf(actor), async (em) => {
      const a = await this.findVisible(em, id);
      if (a.organizationId !== actor.organizationId && !(await this.isBodyOf(em, actor, a))) throw notFound();
      const body = await em.getRepository(AccreditationBodyEntity).findOneByOrFail({ id: a.bodyId });
      return this.view(em, a, body, await this.history(em, a.id));
    });
  }

  /**
   * The assessor presents a credential from its body: verified with `jose` against the keys
   * the trust list holds for the body; when it checks out the record becomes verified
   * (`credential`), otherwise 422 naming every mismatch.
   */
  async presentCredential(actor: Actor, id: string, credential: string): Promise<AccreditationView> {
    assertCan(actor, 'update', 'Accreditation');
    return this.db.tx(scopeOf(actor), async (em) => {
      const a = await this.findVisible(em, id, true);
      if (a.organizationId !== actor.organizationId) throw notFound();
      if (a.status === 'withdrawn' || a.status === 'expired')
        throw new AccreditationError(AccreditationErrorCode.InvalidTransition, `A ${a.status} accreditation cannot be verified.`, {
          extensions: { accreditationStatus: a.status },
        });
      const body = await em.getRepository(AccreditationBodyEntity).findOneByOrFail({ id: a.bodyId });
      if (!body.listed)
        throw new AccreditationError(AccreditationErrorCode.BodyNotListed, 'The accreditation body is no longer on the trust list.', {
          errors: [{ field: 'bodyId', message: 'is not on the trust list' }],
        });
      const check = await checkAccreditationCredential(credential, body, a);
      if (!check.ok) {
        throw new AccreditationError(
          AccreditationErrorCode.CredentialRejected,
          'The credential does not verify against the trust list for this accreditation.',
          { errors: check.problems },
        );
      }
      const evidence = `credential ${check.credentialId ?? '(no id)'} signed with ${check.kid}`;
      return this.markVerified(em, actor, a, body, 'credential', `credential:${check.kid}`, evidence, credential);
    });
  }

  async settings(actor: Actor): Promise<AccreditationSettingsEntity> {
    assertCan(actor, 'read', 'AccreditationSettings');
    return this.db.tx(scopeOf(actor), async (em) => this.settingsOf(em, actor.organizationId));
  }

  async updateSettings(actor: Actor, patch: { autoSuspendOnAccreditationLapse?: boolean }): Promise<AccreditationSettingsEntity> {
    assertCan(actor, 'update', 'AccreditationSettings');
    if (actor.organizationKind !== OrganizationKind.Assessor)
      throw new AccreditationError(AccreditationErrorCode.NotAssessor, 'Only assessor organizations have accreditation settings.');
    return this.db.tx(scopeOf(actor), async (em) => {
      const current = await this.settingsOf(em, actor.organizationId);
      const next = {
        ...current,
        ...(patch.autoSuspendOnAccreditationLapse !== undefined ? { autoSuspendOnAccreditationLapse: patch.autoSuspendOnAccreditationLapse } : {}),
        updatedAt: new Date(),
      };
      await em.getRepository(AccreditationSettingsEntity).upsert(next, ['organizationId']);
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'accreditation.settings_updated',
        subjectType: 'Organization',
        subjectId: actor.organizationId,
        payload: { autoSuspendOnAccreditationLapse: next.autoSuspendOnAccreditationLapse },
      });
      return next;
    });
  }

  /** Whether attestations issued under a lapsed accreditation of the organization are suspended automatically. */
  async autoSuspendEnabled(organizationId: string): Promise<boolean> {
    return this.db.tx(
      systemScope('accreditation lapse: the organization setting, read by the platform acting for it', { organizationId }),
      async (em) => (await this.settingsOf(em, organizationId)).autoSuspendOnAccreditationLapse,
    );
  }

  // ---- Accreditation bodies (linked tenants) ----------------------------------------------

  /** The accreditations naming the body the acting organization is linked to. */
  async listForBody(actor: Actor, query: { status?: AccreditationStatus } = {}): Promise<AccreditationView[]> {
    assertCan(actor, 'read', 'Accreditation');
    return this.db.tx(scopeOf(actor), async (em) => {
      const body = await this.linkedBody(em, actor);
      const rows = await em
        .getRepository(AccreditationEntity)
        .find({ where: { bodyId: body.id, ...(query.status ? { status: query.status } : {}) }, order: { createdAt: 'ASC' } });
      return this.views(
        em,
        rows.map((a) => ({ a, body })),
      );
    });
  }

  /** The body confirms a record naming it (verification `body_confirmed`). */
  async confirmByBody(actor: Actor, id: string, note?: string): Promise<AccreditationView> {
    assertCan(actor, 'update', 'Accreditation');
    const { a, body } = await this.forBody(actor, id);
    return this.asAssessor(a.organizationId, `accreditation.body:${actor.organizationId}`, async (em, system) => {
      const locked = await em.getRepository(AccreditationEntity).findOneOrFail({ where: { id: a.id }, lock: { mode: 'pessimistic_write' } });
      return this.markVerified(
        em,
        system,
        locked,
        body,
        'body_confirmed',
        `org:${actor.organizationId}`,
        note?.trim() || `confirmed by ${body.name} in Attesta (${actorId(actor)})`,
        null,
        bodyActor(actor),
      );
    });
  }

  /** The body suspends, withdraws or reinstates a record naming it. */
  async changeStatusByBody(actor: Actor, id: string, action: Exclude<StatusAction, 'expire'>, reason?: string): Promise<AccreditationView> {
    assertCan(actor, 'update', 'Accreditation');
    const { a } = await this.forBody(actor, id);
    return this.transition(a.organizationId, `accreditation.body:${actor.organizationId}`, a.id, action, reason ?? null, bodyActor(actor));
  }

  // ---- Platform operator -----------------------------------------------------------------

  /** Operator: every accreditation (optionally of one organization). */
  async listForOperator(query: { organizationId?: string; bodyId?: string } = {}): Promise<AccreditationView[]> {
    return this.trustList.operatorTx(async (em) => {
      const rows = await em.getRepository(AccreditationEntity).find({
        where: { ...(query.organizationId ? { organizationId: query.organizationId } : {}), ...(query.bodyId ? { bodyId: query.bodyId } : {}) },
        order: { createdAt: 'ASC' },
        take: 500,
      });
      const bodies = await this.bodiesOf(em, rows);
      return this.views(
        em,
        rows.map((a) => ({ a, body: bodies.get(a.bodyId)! })),
      );
    });
  }

  /** Operator: confirms a record, naming the evidence it rests on (verification `operator`). */
  async confirmByOperator(id: string, evidence: string): Promise<AccreditationView> {
    if (!evidence?.trim())
      throw new AccreditationError(AccreditationErrorCode.EvidenceRequired, 'Name the evidence the confirmation rests on.', {
        errors: [{ field: 'evidence', message: "must name the evidence (e.g. the body's public register entry and the date it was checked)" }],
      });
    const a = await this.forOperator(id);
    return this.asAssessor(a.organizationId, 'accreditation.operator', async (em, system) => {
      const locked = await em.getRepository(AccreditationEntity).findOneOrFail({ where: { id: a.id }, lock: { mode: 'pessimistic_write' } });
      const body = await em.getRepository(AccreditationBodyEntity).findOneByOrFail({ id: locked.bodyId });
      if (!body.listed)
        throw new AccreditationError(AccreditationErrorCode.BodyNotListed, 'The accreditation body is no longer on the trust list.', {
          errors: [{ field: 'bodyId', message: 'is not on the trust list' }],
        });
      return this.markVerified(em, system, locked, body, 'operator', 'operator', evidence.trim(), null, 'operator');
    });
  }

  /** Operator: suspends, withdraws or reinstates a record. */
  async changeStatusByOperator(id: string, action: Exclude<StatusAction, 'expire'>, reason?: string): Promise<AccreditationView> {
    const a = await this.forOperator(id);
    return this.transition(a.organizationId, 'accreditation.operator', a.id, action, reason ?? null, 'operator');
  }

  // ---- Jobs ------------------------------------------------------------------------------

  /** The daily job: records past validUntil become expired (announced like any status change). */
  async expiryScan(now = new Date()): Promise<{ expired: number }> {
    const due = (await this.db.tx(systemScope('daily scan: accreditations due for expiry'), (em) =>
      em.query('SELECT * FROM accreditations_due_for_expiry($1::date)', [today(now)]),
    )) as { id: string; organization_id: string }[];
    let expired = 0;
    for (const row of due) {
      await this.transition(row.organization_id, 'accreditation.expiry', row.id, 'expire', `accreditation validity ended`, 'system:accreditation.expiry');
      expired += 1;
    }
    if (expired) this.logger.log({ expired }, 'accreditation expiry scan');
    return { expired };
  }

  // ---- Read model for attestations and compliance ----------------------------------------

  /**
   * The verified, active accreditation of the organization that is valid at `need.at` and
   * covers every framework code and market — and every service category, when the record
   * names service categories — as a claim (or null). Declared records never count.
   */
  async coveringAccreditation(em: EntityManager, organizationId: string, need: CoverageNeed): Promise<AccreditationClaim | null> {
    const found = await this.candidates(em, organizationId, need.at);
    const best = found.find(({ a }) => underStandard(a, need) && covers(a.scope, need));
    return best ? claimOf(best.a, best.body) : null;
  }

  /** Why no accreditation covers the need (for the refusal): the closest verified record's gaps, or that none is verified. */
  async coverageGap(
    em: EntityManager,
    organizationId: string,
    need: CoverageNeed,
  ): Promise<{
    verifiedActive: number;
    declaredOnly: number;
    /** Verified, active records under a standard the need does not accept (their standards). */
    otherStandards: string[];
    missingFrameworkCodes: string[];
    missingMarkets: string[];
    missingServiceCategories: string[];
  }> {
    const all = await this.candidates(em, organizationId, need.at);
    const found = all.filter(({ a }) => underStandard(a, need));
    const otherStandards = [...new Set(all.filter(({ a }) => !underStandard(a, need)).map(({ a }) => a.standard))];
    const declaredOnly = await em.getRepository(AccreditationEntity).count({ where: { organizationId, verification: 'declared' } });
    const gaps = found.map(({ a }) => ({
      frameworks: need.frameworkCodes.filter((c) => !a.scope.frameworkCodes.includes(c)),
      markets: need.markets.map((m) => m.toUpperCase()).filter((m) => !a.scope.markets.includes(m)),
      categories: missingCategories(a.scope, need),
    }));
    gaps.sort((x, y) => x.frameworks.length + x.markets.length + x.categories.length - (y.frameworks.length + y.markets.length + y.categories.length));
    return {
      verifiedActive: found.length,
      declaredOnly,
      otherStandards,
      missingFrameworkCodes: gaps[0]?.frameworks ?? need.frameworkCodes,
      missingMarkets: gaps[0]?.markets ?? need.markets.map((m) => m.toUpperCase()),
      missingServiceCategories: gaps[0]?.categories ?? [],
    };
  }

  /** Public facts about accreditations now (`accreditation_current`). */
  async current(ids: string[]): Promise<AccreditationCurrent[]> {
    if (ids.length === 0) return [];
    return this.db.tx(systemScope('public facts: current accreditation status'), (em) => currentOf(em, ids));
  }

  /** An accreditation's status now and whether it counts (`accreditation_current`), in the caller's transaction; null if unknown. */
  async currentIn(em: EntityManager, id: string): Promise<AccreditationCurrent | null> {
    return (await currentOf(em, [id]))[0] ?? null;
  }

  /** The claim an attestation was issued with and the accreditation's status now (public), or null. */
  async claimOfAttestation(attestationId: string): Promise<AccreditationClaimNow | null> {
    const [row] = (await this.db.tx(systemScope('public facts: the accreditation an attestation was issued under'), (em) =>
      em.query('SELECT * FROM attestation_accreditation_public($1)', [attestationId]),
    )) as {
      claim: AccreditationClaim | null;
      status: AccreditationStatus | null;
      status_reason: string | null;
      verified: boolean | null;
      valid_until: string | null;
      accredited: boolean;
    }[];
    if (!row?.claim) return null;
    const status = row.status ?? 'withdrawn';
    return { ...row.claim, currentStatus: status, currentStatusReason: row.status_reason, currentlyValid: row.accredited };
  }

  /** Public: the accreditations of organizations as the directory shows them (verified or declared). */
  async publicProfiles(organizationIds: string[]): Promise<Map<string, DirectoryAccreditation[]>> {
    const out = new Map<string, DirectoryAccreditation[]>();
    if (organizationIds.length === 0) return out;
    const rows = (await this.db.tx(systemScope('public facts: accreditations of organizations'), (em) =>
      em.query('SELECT * FROM org_accreditations_public($1::uuid[])', [organizationIds]),
    )) as {
      organization_id: string;
      body_name: string;
      number: string;
      standard: string;
      status: AccreditationStatus;
      verified: boolean;
      valid_from: string | Date;
      valid_until: string | Date;
      accredited: boolean;
    }[];
    for (const r of rows) {
      const list = out.get(r.organization_id) ?? [];
      list.push({
        bodyName: r.body_name,
        number: r.number,
        standard: r.standard,
        status: r.status,
        verified: r.verified,
        validFrom: dayOf(r.valid_from),
        validUntil: dayOf(r.valid_until),
        counts: r.accredited,
      });
      out.set(r.organization_id, list);
    }
    return out;
  }

  // ---- internals -------------------------------------------------------------------------

  private async candidates(em: EntityManager, organizationId: string, at: Date): Promise<{ a: AccreditationEntity; body: AccreditationBodyEntity }[]> {
    const rows = await em
      .getRepository(AccreditationEntity)
      .createQueryBuilder('a')
      .where('a.organizationId = :o', { o: organizationId })
      .andWhere('EXISTS (SELECT 1 FROM accreditation_current(ARRAY[a.id], CAST(:day AS date)) c WHERE c.accredited)', { day: today(at) })
      .orderBy('a.validUntil', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    const bodies = await this.bodiesOf(em, rows);
    return rows.map((a) => ({ a, body: bodies.get(a.bodyId)! })).filter((x) => x.body);
  }

  private async markVerified(
    em: EntityManager,
    actor: Actor,
    a: AccreditationEntity,
    body: AccreditationBodyEntity,
    verification: VerifiedBy,
    verifiedBy: string,
    evidence: string,
    credential: string | null,
    logActor?: string,
  ): Promise<AccreditationView> {
    if (a.status === 'withdrawn' || a.status === 'expired') {
      throw new AccreditationError(AccreditationErrorCode.InvalidTransition, `A ${a.status} accreditation cannot be verified.`, {
        extensions: { accreditationStatus: a.status },
      });
    }
    const now = new Date();
    await em
      .getRepository(AccreditationEntity)
      .update({ id: a.id }, { verification, verifiedAt: now, verifiedBy, verificationEvidence: evidence, credential, version: a.version + 1, updatedAt: now });
    const next = await em.getRepository(AccreditationEntity).findOneByOrFail({ id: a.id });
    await this.log(em, actor, next, 'verified', a.status, { reason: null, evidence }, logActor);
    await this.audit.record(em, actor, orgStream(a.organizationId), {
      action: ACCREDITATION_EVENTS.verified,
      subjectType: 'Accreditation',
      subjectId: a.id,
      payload: { verification, verifiedBy, evidence, bodyId: body.id, number: a.number, ...(logActor ? { by: logActor } : {}) },
    });
    await this.outbox.emit(em, {
      type: ACCREDITATION_EVENTS.verified,
      organizationId: a.organizationId,
      payload: { accreditationId: a.id, organizationId: a.organizationId, bodyId: body.id, verification },
    });
    return this.view(em, next, body, await this.history(em, a.id));
  }

  /** A status change, in the assessor organization's scope (as the platform acting for it). */
  private async transition(
    organizationId: string,
    reason: string,
    id: string,
    action: StatusAction,
    why: string | null,
    logActor: string,
  ): Promise<AccreditationView> {
    const t = TRANSITIONS[action];
    return this.asAssessor(organizationId, reason, async (em, system) => {
      const repo = em.getRepository(AccreditationEntity);
      const a = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!a) throw notFound();
      if (!t.from.includes(a.status)) {
        throw new AccreditationError(AccreditationErrorCode.InvalidTransition, `A ${a.status} accreditation cannot become ${t.to}.`, {
          extensions: { accreditationStatus: a.status, allowedFrom: t.from },
        });
      }
      if (action === 'reinstate' && a.validUntil < today()) {
        throw new AccreditationError(AccreditationErrorCode.InvalidTransition, 'The accreditation has passed its validUntil; it cannot be reinstated.', {
          extensions: { accreditationStatus: a.status, validUntil: a.validUntil },
        });
      }
      const now = new Date();
      await repo.update({ id }, { status: t.to, statusReason: why, version: a.version + 1, updatedAt: now });
      const next = await repo.findOneByOrFail({ id });
      await this.log(em, system, next, t.event, a.status, { reason: why, evidence: null }, logActor);
      await this.audit.record(em, system, orgStream(organizationId), {
        action: ACCREDITATION_EVENTS.statusChanged,
        subjectType: 'Accreditation',
        subjectId: id,
        payload: { from: a.status, to: t.to, reason: why, by: logActor },
      });
      const payload: AccreditationStatusChangedPayload = {
        accreditationId: id,
        organizationId,
        bodyId: a.bodyId,
        status: t.to,
        previousStatus: a.status,
        reason: why,
      };
      await this.outbox.emit(em, { type: ACCREDITATION_EVENTS.statusChanged, organizationId, payload: { ...payload } });
      const body = await em.getRepository(AccreditationBodyEntity).findOneByOrFail({ id: a.bodyId });
      return this.view(em, next, body, await this.history(em, id));
    });
  }

  /** Work on an assessor organization's records done by the platform on someone's behalf (body, operator, scan). */
  private async asAssessor<T>(organizationId: string, reason: string, work: (em: EntityManager, actor: SystemActor) => Promise<T>): Promise<T> {
    const actor: SystemActor = { kind: 'system', reason, organizationId, organizationKind: OrganizationKind.Assessor };
    return this.db.tx(scopeOf(actor), (em) => work(em, actor));
  }

  /** The record as the body's linked organization sees it (404 to anyone else, 403 to an unlinked body). */
  private async forBody(actor: Actor, id: string): Promise<{ a: AccreditationEntity; body: AccreditationBodyEntity }> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const a = await this.findVisible(em, id);
      if (a.organizationId === actor.organizationId) {
        throw new AccreditationError(
          AccreditationErrorCode.NotAccreditationBody,
          'Only the accreditation body confirms or changes the status of an accreditation.',
        );
      }
      const body = await this.linkedBody(em, actor);
      if (body.id !== a.bodyId) throw notFound();
      return { a, body };
    });
  }

  private async forOperator(id: string): Promise<AccreditationEntity> {
    if (!isUuid(id)) throw notFound();
    const a = await this.trustList.operatorTx((em) => em.getRepository(AccreditationEntity).findOne({ where: { id } }));
    if (!a) throw notFound();
    return a;
  }

  private async linkedBody(em: EntityManager, actor: Actor): Promise<AccreditationBodyEntity> {
    if (actor.organizationKind !== OrganizationKind.AccreditationBody) {
      throw new AccreditationError(AccreditationErrorCode.NotAccreditationBody, 'Only organizations of kind accreditation_body confirm accreditations.');
    }
    const body = await this.trustList.linkedTo(em, actor.organizationId);
    if (!body)
      throw new AccreditationError(
        AccreditationErrorCode.BodyNotLinked,
        'This organization is not linked to a trust-list entry yet; the platform operator links it.',
      );
    return body;
  }

  private async isBodyOf(em: EntityManager, actor: Actor, a: AccreditationEntity): Promise<boolean> {
    if (actor.organizationKind !== OrganizationKind.AccreditationBody) return false;
    return (await this.trustList.linkedTo(em, actor.organizationId))?.id === a.bodyId;
  }

  private async findVisible(em: EntityManager, id: string, lock = false): Promise<AccreditationEntity> {
    if (!isUuid(id)) throw notFound();
    const a = await em.getRepository(AccreditationEntity).findOne({ where: { id } });
    if (!a) throw notFound();
    if (!lock) return a;
    // FOR UPDATE also applies the update policy: a record the caller may read but not change
    // (e.g. the body it names) is not theirs to change, so it is as unknown as any other.
    const locked = await em.getRepository(AccreditationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!locked) throw notFound();
    return locked;
  }

  private async bodiesOf(em: EntityManager, rows: AccreditationEntity[]): Promise<Map<string, AccreditationBodyEntity>> {
    const ids = [...new Set(rows.map((r) => r.bodyId))];
    const bodies = ids.length ? await em.getRepository(AccreditationBodyEntity).createQueryBuilder('b').where('b.id IN (:...ids)', { ids }).getMany() : [];
    return new Map(bodies.map((b) => [b.id, b]));
  }

  private async history(em: EntityManager, id: string): Promise<AccreditationEventEntity[]> {
    return em.getRepository(AccreditationEventEntity).find({ where: { accreditationId: id }, order: { at: 'ASC', id: 'ASC' } });
  }

  private async settingsOf(em: EntityManager, organizationId: string): Promise<AccreditationSettingsEntity> {
    return (
      (await em.getRepository(AccreditationSettingsEntity).findOne({ where: { organizationId } })) ?? {
        organizationId,
        autoSuspendOnAccreditationLapse: false,
        updatedAt: new Date(0),
      }
    );
  }

  private async log(
    em: EntityManager,
    actor: Actor,
    a: AccreditationEntity,
    action: AccreditationEventAction,
    previous: AccreditationStatus | null,
    extra: { reason: string | null; evidence: string | null },
    logActor?: string,
  ): Promise<void> {
    await em.getRepository(AccreditationEventEntity).insert(
      insertable({
        id: newId(),
        accreditationId: a.id,
        organizationId: a.organizationId,
        action,
        status: a.status,
        previousStatus: previous,
        verification: a.verification,
        actor: logActor ?? `${actor.kind === 'system' ? `system:${actor.reason}` : `${actor.kind}:${actorId(actor)}`}@${actor.organizationId}`,
        reason: extra.reason,
        evidence: extra.evidence,
        at: new Date(),
      }),
    );
  }

  private async view(
    em: EntityManager,
    a: AccreditationEntity,
    body: AccreditationBodyEntity,
    history?: AccreditationEventEntity[],
  ): Promise<AccreditationView> {
    const [v] = await this.views(em, [{ a, body }]);
    return { ...v!, ...(history ? { history } : {}) };
  }

  /** Status now and whether each record counts, as `accreditation_current` decides (one query for all). */
  private async views(em: EntityManager, rows: { a: AccreditationEntity; body: AccreditationBodyEntity }[]): Promise<AccreditationView[]> {
    if (rows.length === 0) return [];
    const now = new Map(
      (
        await currentOf(
          em,
          rows.map(({ a }) => a.id),
        )
      ).map((c) => [c.id, c]),
    );
    return rows.map(({ a, body }) => {
      const c = now.get(a.id);
      return {
        accreditation: a,
        body,
        verified: a.verification !== 'declared',
        effectiveStatus: c?.status ?? a.status,
        counts: c?.accredited ?? false,
      };
    });
  }
}

/** `accreditation_current(ids)`: status now and whether each record counts as accredited (the one definition). */
async function currentOf(em: EntityManager, ids: string[]): Promise<AccreditationCurrent[]> {
  const rows = (await em.query('SELECT * FROM accreditation_current($1::uuid[])', [ids])) as {
    id: string;
    status: AccreditationStatus;
    verified: boolean;
    valid_until: string | Date;
    updated_at: Date;
    accredited: boolean;
  }[];
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    verified: r.verified,
    validUntil: dayOf(r.valid_until),
    updatedAt: r.updated_at,
    accredited: r.accredited,
  }));
}

function bodyActor(actor: Actor): string {
  return `${actor.kind}:${actorId(actor)}@${actor.organizationId}`;
}

function notFound(): AccreditationError {
  return new AccreditationError(AccreditationErrorCode.AccreditationNotFound, 'Accreditation not found.');
}

/** What an attestation needs an accreditation to cover: its frameworks, markets and its components' service categories, at a moment. */
export interface CoverageNeed {
  frameworkCodes: string[];
  markets: string[];
  /** Service categories of the attested components; checked only against a record that names service categories. */
  serviceCategories?: string[];
  /** The standards a record must be under (absent: any). */
  standards?: readonly string[];
  at: Date;
}

function underStandard(a: AccreditationEntity, need: Pick<CoverageNeed, 'standards'>): boolean {
  return !need.standards || need.standards.includes(a.standard);
}

/** The needed service categories a record naming service categories leaves out (none when it names none: not restricted by category). */
function missingCategories(scope: AccreditationScope, need: Pick<CoverageNeed, 'serviceCategories'>): string[] {
  if (!scope.serviceCategories?.length) return [];
  return [...new Set(need.serviceCategories ?? [])].filter((c) => !scope.serviceCategories.includes(c));
}

function covers(scope: AccreditationScope, need: CoverageNeed): boolean {
  return (
    need.frameworkCodes.every((c) => scope.frameworkCodes.includes(c)) &&
    need.markets.every((m) => scope.markets.includes(m.toUpperCase())) &&
    missingCategories(scope, need).length === 0
  );
}

export function claimOf(a: AccreditationEntity, body: AccreditationBodyEntity): AccreditationClaim {
  return {
    accreditationId: a.id,
    bodyId: body.id,
    bodyName: body.name,
    bodyCountry: body.country,
    arrangements: body.arrangements,
    number: a.number,
    standard: a.standard,
    scope: a.scope,
    validFrom: a.validFrom,
    validUntil: a.validUntil,
    verification: a.verification as VerifiedBy,
  };
}

const STANDARDS: readonly string[] = ACCREDITATION_STANDARDS;

function validateDeclaration(input: DeclareAccreditationInput): {
  bodyId: string;
  number: string;
  standard: AccreditationStandard;
  scope: AccreditationScope;
  validFrom: string;
  validUntil: string;
} {
  const errors: { field: string; message: string }[] = [];
  if (!isUuid(input.bodyId ?? '')) errors.push({ field: 'bodyId', message: 'must be the id of an accreditation body on the trust list' });
  const number = String(input.number ?? '').trim();
  if (!number) errors.push({ field: 'number', message: 'must not be empty' });
  if (!STANDARDS.includes(input.standard)) errors.push({ field: 'standard', message: `must be one of ${STANDARDS.join(', ')}` });
  const frameworkCodes = [...new Set((input.scope?.frameworkCodes ?? []).map((c) => c.trim()).filter(Boolean))];
  const markets = [...new Set((input.scope?.markets ?? []).map((m) => m.trim().toUpperCase()))];
  const serviceCategories = [...new Set(input.scope?.serviceCategories ?? [])];
  if (frameworkCodes.length === 0) errors.push({ field: 'scope.frameworkCodes', message: 'must name at least one framework code' });
  if (markets.length === 0) errors.push({ field: 'scope.markets', message: 'must name at least one market' });
  markets.forEach((m, i) => {
    if (!isMarketCode(m)) errors.push({ field: `scope.markets.${i}`, message: 'must be an ISO 3166-1 alpha-2 code' });
  });
  serviceCategories.forEach((c, i) => {
    if (!SERVICE_CATEGORIES.includes(c)) errors.push({ field: `scope.serviceCategories.${i}`, message: `must be one of ${SERVICE_CATEGORIES.join(', ')}` });
  });
  if (!isCalendarDay(input.validFrom)) errors.push({ field: 'validFrom', message: 'must be a calendar date (YYYY-MM-DD)' });
  if (!isCalendarDay(input.validUntil)) errors.push({ field: 'validUntil', message: 'must be a calendar date (YYYY-MM-DD)' });
  else if (input.validUntil <= (input.validFrom ?? '')) errors.push({ field: 'validUntil', message: 'must be after validFrom' });
  if (errors.length) throw new AccreditationError(AccreditationErrorCode.InvalidAccreditation, 'The accreditation is not valid.', { errors });
  return {
    bodyId: input.bodyId,
    number,
    standard: input.standard as AccreditationStandard,
    scope: { frameworkCodes, markets, serviceCategories },
    validFrom: input.validFrom,
    validUntil: input.validUntil,
  };
}
