import { Injectable, Logger } from '@nestjs/common';
import {
  ATTESTATION_STANDARDS,
  AccreditationError,
  AccreditationErrorCode,
  AccreditationsService,
  type AccreditationClaim,
  type AccreditationClaimNow,
  type AccreditationStatusChangedPayload,
} from '@attesta/accreditation';
import { assertCan } from '@attesta/access';
import { frameworkStandings } from '@attesta/catalog';
import { AuditService, type AuditStream } from '@attesta/audit';
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
  type SystemActor,
  scopeOf,
  systemScope,
  transactionLock,
} from '@attesta/core';
import { orgStream } from '@attesta/identity';
import { OutboxService } from '@attesta/outbox';
import { submissionCompetenceSummary } from '@attesta/personnel';
import { ReviewsService, type AttestableDecision } from '@attesta/reviews';
import { attestedObjectives } from '@attesta/service-levels';
import { workspaceContext } from '@attesta/workspaces';
import { randomInt } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AttestationsError, AttestationsErrorCode } from './attestations.errors.js';
import { buildCredential, type DecisionSnapshot } from './credential.js';
import type { LanguageText } from './credential-languages.js';
import { publicAttestationUrl } from './did.js';
import { publicAttestationOf } from './public-attestation.js';
import { AttestationEntity, type AttestationStatus } from './entities/attestation.entity.js';
import { SigningKeysService } from './signing-keys.service.js';
import { StatusListsService } from './status-lists.service.js';

export const ATTESTATION_EVENTS = {
  issued: 'attestation.issued',
  suspended: 'attestation.suspended',
  reinstated: 'attestation.reinstated',
  withdrawn: 'attestation.withdrawn',
  expiring: 'attestation.expiring',
  expired: 'attestation.expired',
  superseded: 'attestation.superseded',
} as const;

/** Days before validUntil at which `attestation.expiring` is announced (once). */
export const ATTESTATION_EXPIRY_WARNING_DAYS = 30;

export interface IssueOptions {
  /**
   * `false`: issue explicitly as non-accredited (the credential says so). Otherwise a
   * verified, active accreditation covering the attestation's frameworks and markets is required.
   */
  accredited?: boolean;
}

export interface AttestationListQuery {
  status?: AttestationStatus;
  limit?: number;
  cursor?: string;
}

export interface ScopeReduction {
  scope: string;
  /** Keep only these frameworks (ids of the attested ones); default all. */
  frameworkIds?: string[];
  /** Keep only these markets; default all. */
  markets?: string[];
  conditions?: string[];
  reason?: string;
}

/** What anyone may learn about an attestation by its serial (no login). */
export interface PublicAttestation {
  /** The conditions with their due dates (conformant_with_conditions; in the order of `conditions`). */
  conditionDetails: { text: string; dueDate: string | null }[];
  id: string;
  serial: string;
  organizationId: string;
  status: AttestationStatus;
  statusReason: string | null;
  outcome: string;
  validFrom: Date;
  validUntil: Date;
  issuedAt: Date;
  subjectOrganizationName: string;
  offeringName: string;
  components: { name: string; kind: string; version: string; compatibleRange: string | null }[];
  /** The credential's name in each language (as the credential states it). */
  name?: LanguageText[];
  /** `names`: the framework's name in its source language and each translation frozen at issue. */
  frameworks: { code: string; title: string; version: string; names?: LanguageText[] }[];
  markets: string[];
  scope: string;
  conditions: string[];
  submissionNumber: number;
  submissionDigest: string;
  replacedBySerial: string | null;
  statusIndex: number;
  /** The newer attestation that superseded this one (same issuer, offering, overlapping scope). */
  supersededBySerial: string | null;
  /** The older attestations this one superseded. */
  supersedesSerials: string[];
  evidenceEffectiveFrom: string | null;
  evidenceValidUntil: string | null;
  /** The verified accreditation the attestation was issued under, with its status now; null = issued as non-accredited. */
  accreditation: AccreditationClaimNow | null;
}

/** Supersession links and relied-on evidence dates of an attestation (public facts). */
export interface AttestationLineage {
  supersedes: string[];
  supersededBy: string | null;
  evidenceEffectiveFrom: string | null;
  evidenceValidUntil: string | null;
  /** Condition text → its due date (YYYY-MM-DD, null: none), from the decision. */
  conditionDueDates: Map<string, string | null>;
}

/**
 * Two scopes overlap when they share at least one framework and at least one market: a
 * verifier asking about that framework in that market would otherwise find two answers.
 */
export function scopesOverlap(a: { frameworks: { id: string }[]; markets: string[] }, b: { frameworks: { id: string }[]; markets: string[] }): boolean {
  const markets = new Set(a.markets.map((m) => m.toUpperCase()));
  return a.frameworks.some((f) => b.frameworks.some((g) => g.id === f.id)) && b.markets.some((m) => markets.has(m.toUpperCase()));
}

/** The platform acting for an issuer (a scan updating that issuer's attestations in its own scope). */
function issuerActor(organizationId: string, reason: string): SystemActor {
  return { kind: 'system', reason, organizationId, organizationKind: OrganizationKind.Assessor };
}

interface OverdueCondition {
  attestationId: string;
  organizationId: string;
  condition: string;
  dueDate: string;
  findingId: string;
}

/** Conditions due before today (UTC) whose finding is not closed: of active attestations, or of `ids` whatever their status. */
async function overdueConditions(em: EntityManager, now: Date, ids: string[] | null): Promise<OverdueCondition[]> {
  const rows: { attestation_id: string; organization_id: string; condition: string; due_date: string; finding_id: string }[] = await em.query(
    'SELECT * FROM attestation_conditions_overdue($1::date, $2::uuid[])',
    [now.toISOString().slice(0, 10), ids],
  );
  return rows.map((r) => ({
    attestationId: r.attestation_id,
    organizationId: r.organization_id,
    condition: r.condition,
    dueDate: r.due_date,
    findingId: r.finding_id,
  }));
}

function alreadyIssued(earlier: AttestationEntity | null, cause?: unknown): AttestationsError {
  return new AttestationsError(
    AttestationsErrorCode.AlreadyIssued,
    earlier
      ? `Decision already attested by ${earlier.serial} (${earlier.status}); one decision gives one attestation, so a new attestation needs a new decision.`
      : 'Decision already attested; one decision gives one attestation, so a new attestation needs a new decision.',
    { extensions: earlier ? { attestationId: earlier.id, serial: earlier.serial, attestationStatus: earlier.status } : {}, cause },
  );
}

const SERIAL_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `AT-<year>-<10 Crockford base32 characters>` (50 random bits). */
export function newSerial(now = new Date()): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += SERIAL_ALPHABET[randomInt(0, 32)];
  return `AT-${now.getUTCFullYear()}-${s}`;
}

/**
 * Attestations: issued by an assessor organization from a positive decision, signed as
 * W3C Verifiable Credentials (vc+jwt), with a Bitstring Status List entry; suspended,
 * reinstated, withdrawn by the issuer; expired by the daily job; re-issued on a scope
 * reduction. Every change is audited and announced through the outbox.
 */
@Injectable()
export class AttestationsService {
  private readonly logger = new Logger(AttestationsService.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly keys: SigningKeysService,
    private readonly lists: StatusListsService,
    private readonly config: AppConfig,
    private readonly reviews: ReviewsService,
    private readonly accreditations: AccreditationsService,
  ) {}

  /**
   * Issues the attestation of a final, positive decision of the workspace, read through
   * the reviews lib. Only the assessor organization that took the decision issues it.
   */
  async issueFromDecision(actor: Actor, workspaceId: string, decisionId: string, options: IssueOptions = {}): Promise<AttestationEntity> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'create', 'Attestation');
      const d = await this.reviews.decisionForAttestation(actor, workspaceId, decisionId);
      if (d.decision.assessorOrganizationId !== actor.organizationId) {
        throw new AttestationsError(AttestationsErrorCode.NotIssuer, 'Only the assessor organization that took the decision issues its attestation.');
      }
      if (d.decision.status !== 'final') {
        throw new AttestationsError(AttestationsErrorCode.DecisionNotFinal, "The decision awaits its second assessor's confirmation.", {
          extensions: { decisionStatus: d.decision.status },
        });
      }
      // A later submission has been decided since: this decision is no longer the assessment's answer, and
      // its attestation would state an outdated judgement as current (and supersede the newer one's).
      if (d.laterDecision) {
        const later = d.laterDecision;
        throw new AttestationsError(
          AttestationsErrorCode.DecisionSuperseded,
          `Submission ${later.submissionNumber} was decided (${later.outcome}) after this decision on submission ${d.submission.number}; only the latest decision is attested.`,
          { extensions: { laterDecisionId: later.decisionId, laterSubmissionNumber: later.submissionNumber, laterOutcome: later.outcome } },
        );
      }
      return this.issue(actor, await this.snapshotOf(em, d), options);
    });
  }

  /** The decision read model as a snapshot (organization names from the public directory). */
  private async snapshotOf(em: EntityManager, d: AttestableDecision): Promise<DecisionSnapshot> {
    const ids = [d.workspace.ownerOrganizationId, ...d.components.map((c) => c.providerOrganizationId).filter((x): x is string => x !== null)];
    const rows = (await em.query('SELECT id, name FROM org_public_profiles($1::uuid[])', [ids])) as { id: string; name: string }[];
    const nameOf = (id: string) => rows.find((r) => r.id === id)?.name ?? '';
    const day = (s: string, end: boolean) => (s.length === 10 ? new Date(`${s}T${end ? '23:59:59' : '00:00:00'}Z`) : new Date(s));
    // Exactly the decision's scope: its frameworks and markets, the component versions frozen in the submission.
    const frameworkIds = new Set(d.decision.scope.frameworkIds);
    const markets = new Set(d.decision.scope.markets.map((m) => m.toUpperCase()));
    return {
      decisionId: d.decision.id,
      workspaceId: d.workspace.id,
      outcome: d.decision.outcome as DecisionSnapshot['outcome'],
      decidedAt: d.decision.finalizedAt ?? d.decision.decidedAt,
      scope: d.decision.scopeStatement,
      conditions: d.decision.conditions,
      validFrom: day(d.decision.validFrom, false),
      validUntil: day(d.decision.validUntil, true),
      manufacturer: { id: d.workspace.ownerOrganizationId, name: nameOf(d.workspace.ownerOrganizationId) },
      submission: { id: d.submission.id, number: d.submission.number, digest: d.submission.digest },
      offering: {
        id: d.offering.id,
        name: d.offering.name,
        components: d.components.map((c) => ({
          id: c.id,
          name: c.name,
          kind: c.kind,
          version: c.version,
          serviceCategory: c.serviceCategory,
          providerOrganizationId: c.providerOrganizationId,
          providerName: c.providerOrganizationId ? nameOf(c.providerOrganizationId) : null,
          compatibleRange: c.compatibleRange ?? null,
        })),
      },
      frameworks: d.frameworks.filter((f) => frameworkIds.has(f.id)),
      markets: d.markets.map((m) => m.toUpperCase()).filter((m) => markets.has(m)),
      evidence: { effectiveFrom: d.evidence.oldestEffectiveDate, validUntil: d.evidence.earliestValidUntil },
      serviceLevels: await attestedObjectives(em, d.submission.id),
      competence: await submissionCompetenceSummary(em, d.workspace.id, d.submission.number),
    };
  }

  /**
   * Issues the attestation of a positive decision. The actor must be an assessor
   * organization taking part in the decision's workspace as its assessor.
   */
  async issue(actor: Actor, snapshot: DecisionSnapshot, options: IssueOptions = {}): Promise<AttestationEntity> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, snapshot.workspaceId, 'create', 'Attestation');
      if (actor.organizationKind !== OrganizationKind.Assessor)
        throw new AttestationsError(AttestationsErrorCode.NotAssessor, 'Only assessor organizations issue attestations.');
      if (snapshot.outcome !== 'conformant' && snapshot.outcome !== 'conformant_with_conditions') {
        throw new AttestationsError(AttestationsErrorCode.DecisionNotPositive, 'Only a conformant (or conformant with conditions) decision can be attested.');
      }
      if (snapshot.frameworks.length === 0 || snapshot.markets.length === 0) {
        throw new AttestationsError(AttestationsErrorCode.EmptyScope, "The decision's scope names no framework or no market: there is nothing to attest.", {
          extensions: { frameworks: snapshot.frameworks.length, markets: snapshot.markets.length },
        });
      }
      // Serializes issues of one issuer for one offering: supersession sees every earlier one.
      await lockIssuesOf(em, actor.organizationId, snapshot.offering.id);
      // One decision, one attestation, whatever became of it: after a withdrawal a new decision is needed.
      const earlier = await em.getRepository(AttestationEntity).findOne({ where: { decisionId: snapshot.decisionId }, order: { issuedAt: 'ASC', id: 'ASC' } });
      if (earlier) throw alreadyIssued(earlier);
      const accreditation = await this.accreditationGate(em, actor, snapshot, options);
      const older = (
        await em
          .getRepository(AttestationEntity)
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .where('a.organizationId = :o AND a.offeringId = :f AND a.status IN (:...s)', {
            o: actor.organizationId,
            f: snapshot.offering.id,
            s: ['active', 'suspended'],
          })
          .orderBy('a.issuedAt', 'ASC')
          .addOrderBy('a.id', 'ASC')
          .getMany()
      ).filter((o) => scopesOverlap(o, snapshot));
      let issued: AttestationEntity;
      try {
        issued = await this.create(em, actor, { ...snapshot, supersedes: older.map((o) => ({ id: o.id, serial: o.serial })), accreditation }, null);
      } catch (e) {
        // The unique index is the backstop for what the check above cannot see (another issuer's row).
        if (isUniqueViolation(e, 'uq_attestations_decision')) throw alreadyIssued(null, e);
        throw e;
      }
      // Supersession takes effect when the newer one becomes valid: one dated ahead leaves the older
      // ones valid until its validFrom, when the scan supersedes them (`supersessionScan`).
      if (issued.validFrom.getTime() <= Date.now()) for (const o of older) await this.supersede(em, actor, o, issued);
      return issued;
    });
  }

  /**
   * Marks an older attestation superseded by a newer one of the same issuer and offering
   * with an overlapping scope: its revocation bit is set (verifiers see it revoked, with
   * the reason), it links to the newer one, and bids relying on it are recomputed.
   */
  private async supersede(em: EntityManager, actor: Actor, old: AttestationEntity, by: AttestationEntity): Promise<void> {
    const now = new Date();
    const reason = `superseded by ${by.serial}`;
    await this.lists.setBit(em, actor, 'revocation', old.statusIndex, true);
    await em
      .getRepository(AttestationEntity)
      .update(
        { id: old.id },
        { status: 'superseded', statusReason: reason, supersededById: by.id, supersededAt: now, version: old.version + 1, updatedAt: now },
      );
    const next = await em.getRepository(AttestationEntity).findOneByOrFail({ id: old.id });
    await this.record(em, actor, next, ATTESTATION_EVENTS.superseded, { from: old.status, reason, supersededBy: by.serial, supersededById: by.id });
  }

  /** Supersession links and evidence dates of the given attestations (serials are public). */
  async lineage(ids: string[]): Promise<Map<string, AttestationLineage>> {
    const out = new Map<string, AttestationLineage>();
    if (ids.length === 0) return out;
    const [rows, conditions] = await this.db.tx(systemScope('public facts: attestation lineage'), async (em) => [
      (await em.query(
        // Dates as YYYY-MM-DD text (pg hands date columns of raw queries over as Date).
        'SELECT id, supersedes, superseded_by, evidence_effective_from::text AS evidence_effective_from, evidence_valid_until::text AS evidence_valid_until FROM attestation_lineage($1::uuid[])',
        [ids],
      )) as { id: string; supersedes: string[]; superseded_by: string | null; evidence_effective_from: string | null; evidence_valid_until: string | null }[],
      (await em.query('SELECT id, text, due_date FROM attestation_condition_dates($1::uuid[])', [ids])) as {
        id: string;
        text: string;
        due_date: string | null;
      }[],
    ]);
    for (const r of rows)
      out.set(r.id, {
        supersedes: r.supersedes,
        supersededBy: r.superseded_by,
        evidenceEffectiveFrom: r.evidence_effective_from,
        evidenceValidUntil: r.evidence_valid_until,
        conditionDueDates: new Map(conditions.filter((c) => c.id === r.id).map((c) => [c.text, c.due_date])),
      });
    return out;
  }

  /**
   * The accreditation gate of an issue: a verified, active accreditation valid now that
   * covers every framework code and market of the attestation (and the service categories of
   * its components, when the accreditation names service categories), or an explicit
   * `accredited: false` (then the credential says it is not accredited). Refusal: 422
   * `accreditation.not_accredited` naming what is missing.
   */
  private async accreditationGate(em: EntityManager, actor: Actor, snapshot: DecisionSnapshot, options: IssueOptions): Promise<AccreditationClaim | null> {
    if (options.accredited === false) return null;
    // An accreditation names standards by code: it covers the catalog's text of them, not an organization's own
    // framework taking a catalog code (its "version" of that standard, whose requirements it wrote itself).
    const ownVersions = (
      await frameworkStandings(
        em,
        snapshot.frameworks.map((f) => f.id),
      )
    ).filter((f) => f.takesCatalogCode);
    if (ownVersions.length) {
      const named = ownVersions.map((f) => `${f.code} ${f.version}`);
      throw new AccreditationError(
        AccreditationErrorCode.NotAccredited,
        `No accreditation covers ${named.join(', ')}: an organization's own framework under a catalog standard's code is not that standard, so an accreditation for the code does not cover it. Issue with accredited: false, or decide on the catalog's framework.`,
        {
          errors: [
            { field: 'accredited', message: `an accreditation does not cover an organization's own framework under a catalog code: ${named.join(', ')}` },
          ],
          extensions: { ownFrameworkVersions: ownVersions.map((f) => ({ id: f.id, code: f.code, version: f.version })) },
        },
      );
    }
    const need = {
      frameworkCodes: [...new Set(snapshot.frameworks.map((f) => f.code))],
      markets: [...new Set(snapshot.markets.map((m) => m.toUpperCase()))],
      serviceCategories: [...new Set(snapshot.offering.components.flatMap((c) => (c.serviceCategory ? [c.serviceCategory] : [])))],
      // Accredited to certify products, services or management systems: a persons-certification, inspection
      // or testing accreditation naming the same framework codes does not make an offering's attestation accredited.
      standards: ATTESTATION_STANDARDS,
      at: new Date(),
    };
    const claim = await this.accreditations.coveringAccreditation(em, actor.organizationId, need);
    if (claim) return claim;
    const gap = await this.accreditations.coverageGap(em, actor.organizationId, need);
    const missing = [
      ...(gap.verifiedActive === 0
        ? [
            `no verified, active accreditation${gap.otherStandards.length ? ` under ${ATTESTATION_STANDARDS.join(' or ')} (verified under ${gap.otherStandards.join(', ')} only, which is no accreditation to certify an offering)` : ''}${gap.declaredOnly ? ` (${gap.declaredOnly} declared, not verified)` : ''}`,
          ]
        : []),
      ...(gap.missingFrameworkCodes.length ? [`frameworks ${gap.missingFrameworkCodes.join(', ')}`] : []),
      ...(gap.missingMarkets.length ? [`markets ${gap.missingMarkets.join(', ')}`] : []),
      ...(gap.missingServiceCategories.length ? [`service categories ${gap.missingServiceCategories.join(', ')}`] : []),
    ];
    throw new AccreditationError(
      AccreditationErrorCode.NotAccredited,
      `No verified, active accreditation covers this attestation: missing ${missing.join('; ')}. Have the accreditation verified (by its body, a credential from the body, or the platform operator), or issue explicitly with accredited: false.`,
      {
        errors: [
          {
            field: 'accredited',
            message: `no verified accreditation covers ${[...gap.missingFrameworkCodes, ...gap.missingMarkets, ...gap.missingServiceCategories].join(', ') || 'the scope'}`,
          },
        ],
        extensions: {
          missing: { frameworkCodes: gap.missingFrameworkCodes, markets: gap.missingMarkets, serviceCategories: gap.missingServiceCategories },
          verifiedActiveAccreditations: gap.verifiedActive,
          declaredOnly: gap.declaredOnly,
          otherStandards: gap.otherStandards,
          acceptedStandards: [...ATTESTATION_STANDARDS],
        },
      },
    );
  }

  /**
   * The worker's handler of `accreditation.status_changed`: when the accreditation lapsed
   * (suspended, withdrawn, expired) and the issuer chose `autoSuspendOnAccreditationLapse`,
   * every active attestation issued under it is suspended with the reason. Idempotent.
   */
  async onAccreditationStatusChanged(event: AccreditationStatusChangedPayload): Promise<{ suspended: string[]; skipped: 'not_lapsed' | 'setting_off' | null }> {
    if (event.status === 'active') return { suspended: [], skipped: 'not_lapsed' };
    if (!(await this.accreditations.autoSuspendEnabled(event.organizationId))) {
      this.logger.log(
        { organizationId: event.organizationId, accreditationId: event.accreditationId, status: event.status },
        'accreditation lapsed; automatic suspension is off for the issuer',
      );
      return { suspended: [], skipped: 'setting_off' };
    }
    const reason = `Accreditation ${event.status}${event.reason ? `: ${event.reason}` : ''} (suspended automatically)`;
    return { ...(await this.suspendForAccreditationLapse(event.organizationId, event.accreditationId, reason)), skipped: null };
  }

  /** Suspends every active attestation the organization issued under the accreditation, with the reason. */
  async suspendForAccreditationLapse(organizationId: string, accreditationId: string, reason: string): Promise<{ suspended: string[] }> {
    const actor = issuerActor(organizationId, 'accreditation.lapse');
    const rows = await this.db.tx(scopeOf(actor), (em) =>
      em.getRepository(AttestationEntity).find({ where: { organizationId, accreditationId, status: 'active' }, select: { id: true, workspaceId: true } }),
    );
    const suspended: string[] = [];
    for (const r of rows) {
      const serial = await this.suspendAutomatically(actor, r.id, reason, { accreditationId });
      if (serial) suspended.push(serial);
    }
    if (suspended.length)
      this.logger.log({ organizationId, accreditationId, suspended: suspended.length }, 'attestations suspended after an accreditation lapse');
    return { suspended };
  }

  /**
   * Part of the hourly attestation scan: an active conformant-with-conditions attestation with a
   * condition due before today (UTC) while the finding it rests on is not closed no longer means
   * what it says, and is suspended automatically with the condition as its reason (its issuer
   * reinstates it once the finding is closed). Idempotent: a suspended one is not active.
   */
  async conditionsScan(now = new Date()): Promise<{ conditionsOverdue: number }> {
    const rows = await this.db.tx(systemScope('hourly scan: attestations with conditions overdue'), (em) => overdueConditions(em, now, null));
    const byAttestation = new Map<string, OverdueCondition[]>();
    for (const r of rows) byAttestation.set(r.attestationId, [...(byAttestation.get(r.attestationId) ?? []), r]);
    let suspended = 0;
    for (const [id, overdue] of byAttestation) {
      const first = overdue[0]!;
      const reason = `Condition “${first.condition}” was due on ${first.dueDate} and its finding is not closed${overdue.length > 1 ? ` (and ${overdue.length - 1} more)` : ''} (suspended automatically)`;
      const serial = await this.suspendAutomatically(issuerActor(first.organizationId, 'attestation.conditions_overdue'), id, reason, {
        conditionsOverdue: overdue.map(({ condition, dueDate, findingId }) => ({ condition, dueDate, findingId })),
      });
      if (serial) suspended += 1;
    }
    if (suspended) this.logger.log({ suspended }, 'attestations suspended: conditions overdue');
    return { conditionsOverdue: suspended };
  }

  /** Suspends one attestation still active, as its issuer's system actor; its serial, or null when it was not active. */
  private async suspendAutomatically(actor: SystemActor, id: string, reason: string, details: Record<string, unknown>): Promise<string | null> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const a = await em.getRepository(AttestationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!a || a.status !== 'active') return null;
      await this.lists.setBit(em, actor, 'suspension', a.statusIndex, true);
      const now = new Date();
      await em
        .getRepository(AttestationEntity)
        .update({ id: a.id }, { status: 'suspended', statusReason: reason, suspendedAt: now, version: a.version + 1, updatedAt: now });
      const next = await em.getRepository(AttestationEntity).findOneByOrFail({ id: a.id });
      await this.record(em, actor, next, ATTESTATION_EVENTS.suspended, { from: 'active', reason, ...details });
      return a.serial;
    });
  }

  async list(actor: Actor, workspaceId: string, q: AttestationListQuery): Promise<Page<AttestationEntity>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'read', 'Attestation');
      const qb = em.getRepository(AttestationEntity).createQueryBuilder('a').where('a.workspaceId = :w', { w: workspaceId });
      if (q.status) qb.andWhere('a.status = :s', { s: q.status });
      return keysetPage(qb, { limit: q.limit, cursor: q.cursor, keys: [{ column: 'a.id', read: (a) => a.id }] });
    });
  }

  async get(actor: Actor, workspaceId: string, id: string): Promise<AttestationEntity> {
    return this.db.tx(scopeOf(actor), async (em) => {
      assertCan(actor, 'read', 'Attestation');
      return this.load(em, actor, workspaceId, id, 'read');
    });
  }

  async suspend(actor: Actor, workspaceId: string, id: string, reason: string): Promise<AttestationEntity> {
    return this.transition(actor, workspaceId, id, ['active'], 'suspended', reason, async (em, a) => {
      await this.lists.setBit(em, actor, 'suspension', a.statusIndex, true);
      return { suspendedAt: new Date() };
    });
  }

  async reinstate(actor: Actor, workspaceId: string, id: string, reason?: string): Promise<AttestationEntity> {
    return this.transition(actor, workspaceId, id, ['suspended'], 'active', reason, async (em, a) => {
      if (a.validUntil.getTime() <= Date.now())
        throw new AttestationsError(AttestationsErrorCode.InvalidTransition, 'The attestation has passed its validUntil; it cannot be reinstated.');
      // Reinstated while a condition is overdue, it would claim again what the conditions scan suspended it for.
      const overdue = await overdueConditions(em, new Date(), [a.id]);
      if (overdue.length)
        throw new AttestationsError(
          AttestationsErrorCode.ConditionsOverdue,
          `Condition “${overdue[0]!.condition}” was due on ${overdue[0]!.dueDate} and its finding is not closed: close the finding (or issue anew from a new decision) before reinstating.`,
          { extensions: { conditionsOverdue: overdue.map(({ condition, dueDate, findingId }) => ({ condition, dueDate, findingId })) } },
        );
      // An accredited credential names its accreditation: reinstated while that one does not count
      // (suspended, withdrawn, expired), it would claim what is not so, and undo an automatic suspension.
      if (a.accreditationId) {
        const now = await this.accreditations.currentIn(em, a.accreditationId);
        if (!now?.accredited)
          throw new AccreditationError(
            AccreditationErrorCode.NotAccredited,
            `The accreditation this attestation was issued under (${String(a.accreditation?.number ?? a.accreditationId)}) does not count now (${now?.status ?? 'unknown'}): reinstate the attestation once it does, or issue anew with accredited: false.`,
            { extensions: { accreditationId: a.accreditationId, accreditationStatus: now?.status ?? null } },
          );
      }
      await this.lists.setBit(em, actor, 'suspension', a.statusIndex, false);
      return { suspendedAt: null };
    });
  }

  async withdraw(actor: Actor, workspaceId: string, id: string, reason?: string): Promise<AttestationEntity> {
    return this.transition(actor, workspaceId, id, ['active', 'suspended'], 'withdrawn', reason, async (em, a) => {
      await this.lists.setBit(em, actor, 'revocation', a.statusIndex, true);
      return { withdrawnAt: new Date() };
    });
  }

  /**
   * Narrows an attestation (fewer frameworks or markets, a narrower scope statement): a
   * new attestation is issued for the reduced scope and the old one is withdrawn, in one
   * transaction. Returns the new one.
   */
  async reduceScope(
    actor: Actor,
    workspaceId: string,
    id: string,
    input: ScopeReduction,
  ): Promise<{ issued: AttestationEntity; withdrawn: AttestationEntity }> {
    return this.db.tx(scopeOf(actor), async (em) => {
      assertCan(actor, 'update', 'Attestation');
      const old = await this.load(em, actor, workspaceId, id, 'rescope');
      if (old.status !== 'active' && old.status !== 'suspended') {
        throw new AttestationsError(AttestationsErrorCode.InvalidTransition, `A ${old.status} attestation cannot be re-scoped.`, {
          extensions: { attestationStatus: old.status },
        });
      }
      const frameworks = input.frameworkIds ? old.frameworks.filter((f) => input.frameworkIds!.includes(f.id)) : old.frameworks;
      const markets = input.markets ? old.markets.filter((m) => input.markets!.map((x) => x.toUpperCase()).includes(m)) : old.markets;
      const errors = [
        ...(input.frameworkIds && frameworks.length !== new Set(input.frameworkIds).size
          ? [{ field: 'frameworkIds', message: 'may only name frameworks of the attestation' }]
          : []),
        ...(input.markets && markets.length !== new Set(input.markets.map((m) => m.toUpperCase())).size
          ? [{ field: 'markets', message: 'may only name markets of the attestation' }]
          : []),
        ...(frameworks.length === 0 ? [{ field: 'frameworkIds', message: 'must keep at least one framework' }] : []),
        ...(markets.length === 0 ? [{ field: 'markets', message: 'must keep at least one market' }] : []),
        // Conditions are the decision's, each resting on a finding: a reduction keeps them all (a condition is
        // lifted by a new decision, not by re-issuing), so given ones must be exactly the attestation's.
        ...(input.conditions ?? []).flatMap((c, i) =>
          old.conditions.includes(c) ? [] : [{ field: `conditions[${i}]`, message: 'may only name conditions of the attestation' }],
        ),
        ...(input.conditions && old.conditions.some((c) => !input.conditions!.includes(c))
          ? [{ field: 'conditions', message: 'must keep every condition of the attestation (a new decision lifts one)' }]
          : []),
      ];
      if (errors.length)
        throw new AttestationsError(
          AttestationsErrorCode.InvalidScopeReduction,
          'A scope reduction keeps a non-empty subset of the attested frameworks, markets and conditions.',
          { errors },
        );
      const snapshot: DecisionSnapshot = {
        decisionId: old.decisionId,
        workspaceId: old.workspaceId,
        outcome: old.outcome,
        decidedAt: old.decidedAt,
        scope: input.scope,
        conditions: old.conditions,
        // Issued now, but valid no earlier than the original: a reduction does not bring a decision's validity forward.
        validFrom: new Date(Math.max(Date.now(), new Date(old.validFrom).getTime())),
        validUntil: old.validUntil,
        manufacturer: { id: old.subjectOrganizationId, name: old.subjectOrganizationName },
        submission: { id: old.submissionId, number: old.submissionNumber, digest: old.submissionDigest },
        offering: { id: old.offeringId, name: old.offeringName, components: old.components },
        frameworks,
        markets,
        evidence: { effectiveFrom: old.evidenceEffectiveFrom, validUntil: old.evidenceValidUntil },
        serviceLevels: await attestedObjectives(em, old.submissionId),
        competence: await submissionCompetenceSummary(em, old.workspaceId, old.submissionNumber),
        accreditation: null,
      };
      // The narrower attestation is a new credential issued now: an accredited original needs an
      // accreditation covering the narrower scope today, as any issuance does (422 otherwise); a
      // non-accredited one stays non-accredited.
      snapshot.accreditation = old.accreditation ? await this.accreditationGate(em, actor, snapshot, {}) : null;
      let issued = await this.create(em, actor, snapshot, old);
      const now = new Date();
      // A suspended attestation stays suspended under its narrower scope (with the same reason): only
      // reinstating lifts a suspension, never a re-scoping.
      if (old.status === 'suspended') {
        await this.lists.setBit(em, actor, 'suspension', issued.statusIndex, true);
        await em
          .getRepository(AttestationEntity)
          .update(
            { id: issued.id },
            { status: 'suspended', statusReason: old.statusReason, suspendedAt: old.suspendedAt ?? now, version: issued.version + 1, updatedAt: now },
          );
        issued = await em.getRepository(AttestationEntity).findOneByOrFail({ id: issued.id });
        await this.record(em, actor, issued, ATTESTATION_EVENTS.suspended, { from: 'active', reason: issued.statusReason, carriedFrom: old.serial });
      }
      await this.lists.setBit(em, actor, 'revocation', old.statusIndex, true);
      await em.getRepository(AttestationEntity).update(
        { id: old.id },
        {
          status: 'withdrawn',
          statusReason: input.reason ?? 'superseded by a scope reduction',
          withdrawnAt: now,
          replacedById: issued.id,
          version: old.version + 1,
          updatedAt: now,
        },
      );
      const withdrawn = await em.getRepository(AttestationEntity).findOneByOrFail({ id: old.id });
      await this.record(em, actor, withdrawn, ATTESTATION_EVENTS.withdrawn, { reason: withdrawn.statusReason, replacedBy: issued.serial });
      return { issued, withdrawn };
    });
  }

  /** The public summary of an attestation by its serial (or id), or null. */
  async publicSummary(key: { serial?: string; id?: string }): Promise<PublicAttestation | null> {
    const [r] = (await this.db.tx(systemScope('public verification: attestation summary'), (em) =>
      em.query('SELECT * FROM attestation_public($1, $2)', [key.serial ?? null, key.id ?? null]),
    )) as Record<string, unknown>[];
    if (!r) return null;
    const links = (await this.lineage([r.id as string])).get(r.id as string);
    const accreditation = await this.accreditations.claimOfAttestation(r.id as string);
    return publicAttestationOf(r, links, accreditation);
  }

  /**
   * Supersessions that have come due: an attestation issued with a `validFrom` ahead supersedes
   * the older ones its credential names once that day comes (those still active or suspended;
   * not if it was itself suspended, withdrawn or superseded in between). Runs as the platform,
   * for each issuer in its own transaction.
   */
  async supersessionScan(now = new Date()): Promise<{ superseded: number }> {
    const due: { id: string; organization_id: string }[] = await this.db.tx(systemScope('scan: attestations whose supersession came due'), (em) =>
      em.query('SELECT * FROM attestations_due_for_supersession($1)', [now]),
    );
    let superseded = 0;
    for (const row of due) {
      const actor = issuerActor(row.organization_id, 'attestations.supersession');
      await this.db.tx(scopeOf(actor), async (em) => {
        const repo = em.getRepository(AttestationEntity);
        const newer = await repo.findOne({ where: { id: row.id }, lock: { mode: 'pessimistic_write' } });
        if (!newer || newer.status !== 'active' || newer.validFrom > now) return;
        const older = await repo.find({
          where: { id: In(newer.supersedesIds), status: In(['active', 'suspended']) },
          order: { issuedAt: 'ASC', id: 'ASC' },
          lock: { mode: 'pessimistic_write' },
        });
        for (const o of older) await this.supersede(em, actor, o, newer);
        superseded += older.length;
      });
    }
    if (superseded) this.logger.log({ superseded }, 'attestation supersession scan');
    return { superseded };
  }

  /**
   * The hourly job: announces attestations that expire within the warning period (once
   * per validUntil) and marks those past validUntil expired. Runs as the platform, for
   * each issuer in its own transaction.
   */
  async expiryScan(now = new Date()): Promise<{ expiring: number; expired: number }> {
    const due: { id: string; organization_id: string; due: 'expired' | 'expiring' }[] = await this.db.tx(
      systemScope('daily scan: attestations due for expiry'),
      (em) => em.query('SELECT * FROM attestations_due_for_expiry($1, $2)', [now, new Date(now.getTime() + ATTESTATION_EXPIRY_WARNING_DAYS * 86_400_000)]),
    );
    let expiring = 0;
    let expired = 0;
    for (const row of due) {
      const actor = issuerActor(row.organization_id, 'attestations.expiry');
      await this.db.tx(scopeOf(actor), async (em) => {
        const repo = em.getRepository(AttestationEntity);
        const a = await repo.findOne({ where: { id: row.id }, lock: { mode: 'pessimistic_write' } });
        if (!a || (a.status !== 'active' && a.status !== 'suspended')) return;
        if (row.due === 'expired' && a.validUntil <= now) {
          await repo.update({ id: a.id }, { status: 'expired', expiredAt: now, version: a.version + 1, updatedAt: now });
          await this.record(em, actor, { ...a, status: 'expired' }, ATTESTATION_EVENTS.expired, {});
          expired += 1;
        } else if (row.due === 'expiring' && a.expiringNotifiedFor?.getTime() !== a.validUntil.getTime()) {
          await repo.update({ id: a.id }, { expiringNotifiedFor: a.validUntil });
          await this.emit(em, a, ATTESTATION_EVENTS.expiring, { daysLeft: Math.max(0, Math.ceil((a.validUntil.getTime() - now.getTime()) / 86_400_000)) });
          expiring += 1;
        }
      });
    }
    if (expiring || expired) this.logger.log({ expiring, expired }, 'attestation expiry scan');
    return { expiring, expired };
  }

  private async create(em: EntityManager, actor: Actor, snapshot: DecisionSnapshot, replaces: AttestationEntity | null): Promise<AttestationEntity> {
    const now = new Date();
    const validFrom = snapshot.validFrom ?? now;
    if (!(snapshot.validUntil.getTime() > validFrom.getTime()) || snapshot.validUntil.getTime() <= now.getTime()) {
      throw new AttestationsError(AttestationsErrorCode.InvalidValidity, 'validUntil must be after validFrom and in the future.', {
        errors: [{ field: 'validUntil', message: 'must be after validFrom and in the future' }],
      });
    }
    const profile = await this.keys.issuerProfile(actor.organizationId);
    if (!profile) throw new AttestationsError(AttestationsErrorCode.IssuerNotFound, 'Issuer not found.');
    const id = newId();
    let serial = newSerial(now);
    while (await em.getRepository(AttestationEntity).exists({ where: { serial } })) serial = newSerial(now);
    const statusIndex = await this.lists.allocateIndex(em, actor);
    const payload = buildCredential({
      attestationId: id,
      serial,
      publicUrl: publicAttestationUrl(this.config.PUBLIC_BASE_URL, serial),
      issuer: {
        did: this.keys.did(actor.organizationId),
        organizationId: actor.organizationId,
        name: profile.name,
        // Only the verified record found by the gate; what the assessor declared never reaches a credential.
        accreditation: snapshot.accreditation ?? null,
      },
      snapshot,
      validFrom,
      validUntil: snapshot.validUntil,
      status: (['revocation', 'suspension'] as const).map((purpose) => ({
        purpose,
        index: statusIndex,
        listUrl: this.lists.url(actor.organizationId, purpose),
      })),
      replaces: replaces ? { id: replaces.id, serial: replaces.serial } : null,
    });
    const { jws, key } = await this.keys.sign(em, actor, payload);
    const entity = em.getRepository(AttestationEntity).create({
      id,
      serial,
      organizationId: actor.organizationId,
      workspaceId: snapshot.workspaceId,
      subjectOrganizationId: snapshot.manufacturer.id,
      subjectOrganizationName: snapshot.manufacturer.name,
      decisionId: snapshot.decisionId,
      outcome: snapshot.outcome,
      decidedAt: snapshot.decidedAt,
      submissionId: snapshot.submission.id,
      submissionNumber: snapshot.submission.number,
      submissionDigest: snapshot.submission.digest,
      offeringId: snapshot.offering.id,
      offeringName: snapshot.offering.name,
      components: snapshot.offering.components.map((c) => ({ ...c, compatibleRange: c.compatibleRange ?? null })),
      frameworks: snapshot.frameworks,
      markets: snapshot.markets.map((m) => m.toUpperCase()),
      scope: snapshot.scope,
      conditions: snapshot.conditions,
      validFrom,
      validUntil: snapshot.validUntil,
      status: 'active',
      statusReason: null,
      statusIndex,
      signingKeyId: key.id,
      credential: jws,
      replacesId: replaces?.id ?? null,
      accreditationId: snapshot.accreditation?.accreditationId ?? null,
      accreditation: snapshot.accreditation ? { ...snapshot.accreditation } : null,
      replacedById: null,
      supersededById: null,
      supersededAt: null,
      supersedesIds: snapshot.supersedes?.map((o) => o.id) ?? [],
      evidenceEffectiveFrom: snapshot.evidence?.effectiveFrom ?? null,
      evidenceValidUntil: snapshot.evidence?.validUntil ?? null,
      issuedBy: actorId(actor),
      issuedAt: now,
      suspendedAt: null,
      withdrawnAt: null,
      expiredAt: null,
      expiringNotifiedFor: null,
      version: 1,
      updatedAt: now,
    });
    await em.getRepository(AttestationEntity).insert(insertable(entity));
    await this.record(em, actor, entity, ATTESTATION_EVENTS.issued, {
      decisionId: snapshot.decisionId,
      outcome: snapshot.outcome,
      kid: key.kid,
      statusIndex,
      validUntil: snapshot.validUntil.toISOString(),
      ...(replaces ? { replaces: replaces.serial } : {}),
      ...(snapshot.supersedes?.length ? { supersedes: snapshot.supersedes.map((o) => o.serial) } : {}),
    });
    return entity;
  }

  private async transition(
    actor: Actor,
    workspaceId: string,
    id: string,
    from: AttestationStatus[],
    to: AttestationStatus,
    reason: string | undefined,
    apply: (em: EntityManager, a: AttestationEntity) => Promise<Partial<Pick<AttestationEntity, 'suspendedAt' | 'withdrawnAt'>>>,
  ): Promise<AttestationEntity> {
    return this.db.tx(scopeOf(actor), async (em) => {
      assertCan(actor, 'update', 'Attestation');
      const a = await this.load(em, actor, workspaceId, id, 'update');
      if (!from.includes(a.status)) {
        throw new AttestationsError(AttestationsErrorCode.InvalidTransition, `A ${a.status} attestation cannot become ${to}.`, {
          extensions: { attestationStatus: a.status, allowedFrom: from },
        });
      }
      const changes = await apply(em, a);
      const now = new Date();
      await em
        .getRepository(AttestationEntity)
        .update({ id: a.id }, { ...changes, status: to, statusReason: reason ?? null, version: a.version + 1, updatedAt: now });
      const next = await em.getRepository(AttestationEntity).findOneByOrFail({ id: a.id });
      const event = to === 'suspended' ? ATTESTATION_EVENTS.suspended : to === 'withdrawn' ? ATTESTATION_EVENTS.withdrawn : ATTESTATION_EVENTS.reinstated;
      await this.record(em, actor, next, event, { from: a.status, reason: reason ?? null });
      return next;
    });
  }

  /**
   * An attestation of the workspace, as the actor may see it (row-level security admits
   * its issuer and the workspace's participants). Changing one is for its issuer only.
   */
  /**
   * One attestation of the workspace; for `update` and `rescope` the issuer's only, locked.
   * `rescope` (a change that issues a new attestation) first takes the issuer's lock on the
   * offering's attestations, as `issue` does, so the two see each other's new rows (supersession).
   */
  private async load(em: EntityManager, actor: Actor, workspaceId: string, id: string, intent: 'read' | 'update' | 'rescope'): Promise<AttestationEntity> {
    const a = await em.getRepository(AttestationEntity).findOne({ where: { id, workspaceId } });
    if (!a) throw new AttestationsError(AttestationsErrorCode.AttestationNotFound, 'Attestation not found.');
    if (intent === 'read') return a;
    if (a.organizationId !== actor.organizationId) {
      throw new AttestationsError(AttestationsErrorCode.NotIssuer, 'Only the issuing assessor organization changes an attestation.');
    }
    if (intent === 'rescope') await lockIssuesOf(em, actor.organizationId, a.offeringId);
    // Locked only once known to be the issuer's (FOR UPDATE applies the update policy).
    return em.getRepository(AttestationEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private async record(em: EntityManager, actor: Actor, a: AttestationEntity, action: string, extra: Record<string, unknown>): Promise<void> {
    await this.audit.record(em, actor, await this.streamOf(em, a), {
      action,
      subjectType: 'Attestation',
      subjectId: a.id,
      payload: { serial: a.serial, status: a.status, ...extra },
    });
    await this.emit(em, a, action, extra);
  }

  private async emit(em: EntityManager, a: AttestationEntity, type: string, extra: Record<string, unknown>): Promise<void> {
    await this.outbox.emit(em, {
      type,
      organizationId: a.organizationId,
      workspaceId: a.workspaceId,
      payload: {
        attestationId: a.id,
        serial: a.serial,
        status: a.status,
        issuerOrganizationId: a.organizationId,
        subjectOrganizationId: a.subjectOrganizationId,
        offeringId: a.offeringId,
        validUntil: a.validUntil.toISOString(),
        ...extra,
      },
    });
  }

  /** The workspace's audit stream while the issuer takes part in it, else the issuer's own. */
  private async streamOf(em: EntityManager, a: AttestationEntity): Promise<AuditStream> {
    const [row] = (await em.query('SELECT app_ws_role($1) AS role', [a.workspaceId])) as { role: string | null }[];
    return row?.role ? { type: 'workspace', id: a.workspaceId } : orgStream(a.organizationId);
  }
}

/** The lock that serializes the attestations one issuer issues for one offering (issue, scope reduction). */
async function lockIssuesOf(em: EntityManager, issuerId: string, offeringId: string): Promise<void> {
  await transactionLock(em, `attestation-scope:${issuerId}:${offeringId}`);
}
