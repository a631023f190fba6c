import { Injectable, Logger } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import { FRAMEWORK_SUMMARIES_SQL, frameworkSummaries, frameworkSummaryFromRow, type FrameworkSummary } from '@attesta/catalog';
import {
  Actor,
  CoreError,
  CoreErrorCode,
  Db,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  isUniqueViolation,
  isUuid,
  MAX_PAGE_SIZE,
  isMarketCode,
  keysetPage,
  newId,
  OrganizationKind,
  Page,
  parseMarkets,
  scopeOf,
  systemScope,
  transactionLock,
  updatedRows,
} from '@attesta/core';
import { offeringComponents, offeringSummary, type ComponentSummary } from '@attesta/offerings';
import { OutboxService } from '@attesta/outbox';
import { competenceFacts, isTimeZone, type CompetenceRule } from '@attesta/personnel';
import { answerBid, parseTenderCriteria, rejudgeBids, saveBidAnswer, saveTenderCriteria } from '@attesta/service-levels';
import { EntityManager, In } from 'typeorm';
import { evaluateCompliance, type ComplianceCriteria, type ComplianceReport, type OfferedComponent, type PublicAttestation } from './compliance.js';
import { attachBidNames, BID_DISPLAY_NAMES_SQL, bidOfferingNames, withBidNames, type NamedBid } from './bid-names.js';
import { BidEntity } from './entities/bid.entity.js';
import { TenderEntity, type ContractPeriod, type MinimumOutcome, type TenderFrameworkRequirement } from './entities/tender.entity.js';
import { applyCompetence, competenceFactsFor } from './competence-compliance.js';
import { ProcurementError, ProcurementErrorCode } from './procurement.errors.js';
import {
  checkRecognitionInputs,
  loadRecognisedEquivalents,
  offeringNamesNeeded,
  recognisedInOf,
  recognitionInputsOf,
  withRecognisedEquivalents,
  type RecognitionInputs,
} from './recognised-equivalents.js';
import { applyServiceLevels, checkServiceLevels, reliedOn } from './service-level-compliance.js';

/** The bids list's statements (constants: scanned for their `$n` markers once per process). */
const TENDER_VISIBLE_SQL = 'SELECT id FROM tenders WHERE id = $1::uuid';
const BIDS_PAGE_SQL = `SELECT * FROM bids WHERE tender_id = $1::uuid AND ($2::uuid IS NULL OR id > $2::uuid) ORDER BY id LIMIT $3::int`;
const BIDS_PAGE_STALE_SQL = `SELECT s.id FROM bids_stale(ARRAY(SELECT p.id FROM (${BIDS_PAGE_SQL}) p)) s`;
const BIDS_PAGE_NAMES_SQL = BID_DISPLAY_NAMES_SQL.replace('$1::uuid[]', `ARRAY(SELECT p.id FROM (${BIDS_PAGE_SQL}) p)`);

export interface TenderInput {
  ocid: string;
  title: string;
  buyer: string;
  deadline: Date;
  requirements: { frameworkId: string; minimumOutcome: MinimumOutcome; orRecognisedIn?: string | null }[];
  markets: string[];
  maxEvidenceAgeDays?: number | null;
  accreditedIssuersOnly?: boolean;
  allowedIssuerIds?: string[];
  contractPeriod?: { startDate: Date | string; endDate: Date | string } | null;
  /** Personnel competence rules (libs/personnel). */
  competenceRules?: CompetenceRule[];
  /** Service-level criteria, OCDS requirements extension (libs/service-levels). */
  criteria?: unknown[];
}

export interface ConformityCheckInput {
  offeringId: string;
  /** With `orRecognisedIn`: the framework or a recognised equivalent in that market, as in a tender. */
  requirements: { frameworkId: string; minimumOutcome: MinimumOutcome; orRecognisedIn?: string | null }[];
  markets: string[];
  maxEvidenceAgeDays?: number | null;
  accreditedIssuersOnly?: boolean;
  /** Only attestations of these assessor organizations count (as a tender's `allowedIssuerIds`). */
  allowedIssuerIds?: string[];
  contractPeriod?: { startDate: Date | string; endDate: Date | string } | null;
  /** Personnel competence rules (libs/personnel). */
  competenceRules?: CompetenceRule[];
  /** Service-level criteria, OCDS requirements extension (libs/service-levels). */
  criteria?: unknown[];
}

/** Why a report was recomputed and announced (carried in `bid.compliance_changed`). */
export type RecomputeTrigger =
  'attestation_event' | 'accreditation_event' | 'foreign_credential_event' | 'measurement_event' | 'personnel_event' | 'reconciliation';

export interface BidComplianceChange {
  bidId: string;
  tenderId: string;
  ocid: string;
  from: ComplianceReport['overall'];
  to: ComplianceReport['overall'];
  trigger: RecomputeTrigger;
  attestationId?: string;
  /** Codes of the blocking reasons now given. */
  codes: string[];
}

export const PROCUREMENT_EVENTS = { bidComplianceChanged: 'bid.compliance_changed' } as const;

/** Days after the tender deadline an attestation should still hold, else "expiring". */
const EXPIRY_HORIZON_DAYS = 30;
/** Bids of tenders whose deadline passed longer ago than this are no longer reconciled. */
export const RECONCILE_AFTER_DEADLINE_DAYS = 90;
/** Bids recomputed per transaction by the reconciliation job and the event handlers. */
const RECOMPUTE_BATCH = 100;

interface RelyingBid {
  id: string;
  tender_organization_id: string;
  organization_id: string;
}

/** Tenders, bids and their compliance reports, and ad-hoc conformity checks. */
@Injectable()
export class ProcurementService {
  private readonly logger = new Logger(ProcurementService.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async createTender(actor: Actor, input: TenderInput): Promise<TenderEntity> {
    assertCan(actor, 'create', 'Tender');
    if (actor.organizationKind !== OrganizationKind.Procurer)
      throw new ProcurementError(ProcurementErrorCode.NotAProcurer, 'Only procurer organizations publish tenders.');
    if (input.deadline.getTime() <= Date.now()) {
      throw new ProcurementError(ProcurementErrorCode.InvalidTender, 'The deadline must be in the future.', {
        errors: [{ field: 'deadline', message: 'must be in the future' }],
      });
    }
    const contractPeriod = contractPeriodOf(input.contractPeriod, ProcurementErrorCode.InvalidTender);
    // A contract awarded after the deadline cannot have ended by then: no attestation could ever meet such a period.
    if (contractPeriod && contractPeriod.endDate < input.deadline.toISOString().slice(0, 10)) {
      throw new ProcurementError(ProcurementErrorCode.InvalidTender, 'The contract period ends before the deadline.', {
        errors: [{ field: 'contractPeriod.endDate', message: 'must not be before the deadline' }],
      });
    }
    const markets = marketsOf(input.markets, ProcurementErrorCode.InvalidTender);
    assertCompetenceRules(input.competenceRules, ProcurementErrorCode.InvalidTender);
    return this.db.tx(scopeOf(actor), async (em) => {
      const requirements = await this.resolveRequirements(em, input.requirements);
      const allowedIssuerIds = await acceptedIssuers(em, input.allowedIssuerIds ?? []);
      const serviceCriteria = await parseTenderCriteria(em, actor, input.criteria ?? []);
      const tender = em.getRepository(TenderEntity).create({
        id: newId(),
        organizationId: actor.organizationId,
        ocid: input.ocid,
        title: input.title.trim(),
        buyer: input.buyer.trim(),
        deadline: input.deadline,
        requirements,
        markets,
        maxEvidenceAgeDays: input.maxEvidenceAgeDays ?? null,
        accreditedIssuersOnly: input.accreditedIssuersOnly ?? false,
        allowedIssuerIds,
        contractPeriod,
        competenceRules: input.competenceRules ?? [],
        createdAt: new Date(),
      });
      try {
        await em.getRepository(TenderEntity).insert(tender);
      } catch (e) {
        if (isUniqueViolation(e, 'uq_tenders_ocid'))
          throw new ProcurementError(ProcurementErrorCode.DuplicateOcid, `A tender with ocid ${input.ocid} already exists.`, {
            errors: [{ field: 'ocid', message: 'is already used' }],
          });
        throw e;
      }
      await saveTenderCriteria(em, actor, tender.id, serviceCriteria, tender.maxEvidenceAgeDays);
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        { action: 'tender.published', subjectType: 'Tender', subjectId: tender.id, payload: { ocid: tender.ocid, title: tender.title } },
      );
      return tender;
    });
  }

  /** Procurers see their own tenders; suppliers see open ones. */
  async listTenders(actor: Actor, page: { limit?: number; cursor?: string }): Promise<Page<TenderEntity>> {
    assertCan(actor, 'read', 'Tender');
    return this.db.tx(scopeOf(actor), (em) =>
      keysetPage(em.getRepository(TenderEntity).createQueryBuilder('t'), { ...page, keys: [{ column: 't.id', read: (t) => t.id }] }),
    );
  }

  async getTender(actor: Actor, tenderId: string): Promise<TenderEntity> {
    assertCan(actor, 'read', 'Tender');
    return this.db.tx(scopeOf(actor), (em) => this.findTender(em, tenderId));
  }

  async submitBid(actor: Actor, tenderId: string, input: { offeringId: string; attestationIds: string[] }): Promise<NamedBid> {
    assertCan(actor, 'create', 'Bid');
    if (actor.organizationKind !== OrganizationKind.Manufacturer && actor.organizationKind !== OrganizationKind.ServiceVendor) {
      throw new ProcurementError(ProcurementErrorCode.NotASupplier, 'Only manufacturers and service vendors bid.');
    }
    return this.db.tx(scopeOf(actor), async (em) => {
      const tender = await this.findTender(em, tenderId);
      if (tender.deadline.getTime() <= Date.now())
        throw new ProcurementError(ProcurementErrorCode.DeadlinePassed, `The tender closed at ${tender.deadline.toISOString()}.`);
      const offering = await offeringSummary(em, input.offeringId, actor.organizationId);
      if (!offering)
        throw new ProcurementError(ProcurementErrorCode.UnknownOffering, 'No such offering of yours.', {
          errors: [{ field: 'offeringId', message: 'names no offering of your organization' }],
        });
      const attestations = await this.publicAttestations(em, input.attestationIds);
      const foreign = input.attestationIds.filter((id) => !attestations.some((a) => a.id === id && a.offeringId === offering.id));
      if (foreign.length) {
        throw new ProcurementError(ProcurementErrorCode.UnknownAttestation, `Not attestations of this offering: ${foreign.join(', ')}.`, {
          errors: [{ field: 'attestationIds', message: 'names an attestation of another offering, or none' }],
        });
      }
      // One live bid per supplier and offering on a tender: a second would count the same offer twice
      // (withdraw the first to bid again). Two submissions at once take turns on the lock.
      await transactionLock(em, `bid:${tenderId}:${actor.organizationId}:${offering.id}`);
      const earlier = await em
        .getRepository(BidEntity)
        .findOne({ where: { tenderId, organizationId: actor.organizationId, offeringId: offering.id, status: 'submitted' }, select: { id: true } });
      if (earlier)
        throw new ProcurementError(ProcurementErrorCode.BidExists, 'You already have a bid for this offering on this tender; withdraw it to bid again.', {
          errors: [{ field: 'offeringId', message: 'has a bid of yours on this tender already' }],
          extensions: { bidId: earlier.id },
        });
      // What is offered: the component versions now, kept with the bid.
      const offeredComponents = (await offeringComponents(em, offering.id)).map(toOffered);
      const now = new Date();
      const recognition = await loadRecognisedEquivalents(em, [tender], attestations, [actor.organizationId]);
      const compliance = applyCompetence(
        this.evaluate(
          tender,
          offering.id,
          offeredComponents,
          offeredComponents,
          attestations,
          now,
          recognitionInputsOf(recognition.get(tender.id), actor.organizationId, offering.name),
        ),
        tender.competenceRules,
        tender.competenceRules?.length ? await competenceFacts(em, offering.id) : [],
        now,
      );
      const serviceLevels = await answerBid(em, { tenderId, offeringId: offering.id, attestations: reliedOn(attestations) });
      applyServiceLevels(compliance, serviceLevels?.report);
      const bid = em.getRepository(BidEntity).create({
        id: newId(),
        tenderId,
        tenderOrganizationId: tender.organizationId,
        organizationId: actor.organizationId,
        offeringId: offering.id,
        attestationIds: [...new Set(input.attestationIds)],
        offeredComponents,
        status: 'submitted',
        compliance,
        overall: compliance.overall,
        announcedOverall: compliance.overall,
        submittedAt: now,
        withdrawnAt: null,
        computedAt: now,
      });
      await em.getRepository(BidEntity).insert(bid);
      if (serviceLevels) await saveBidAnswer(em, bid, serviceLevels);
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        { action: 'bid.submitted', subjectType: 'Bid', subjectId: bid.id, payload: { tenderId, ocid: tender.ocid, overall: compliance.overall } },
      );
      return (await withBidNames(em, [bid]))[0]!;
    });
  }

  async withdrawBid(actor: Actor, bidId: string): Promise<NamedBid> {
    assertCan(actor, 'update', 'Bid');
    return this.db.tx(scopeOf(actor), async (em) => {
      // Locked: of two withdrawals at once, the second sees the bid withdrawn (409), not still open.
      const bid = await em
        .getRepository(BidEntity)
        .findOne({ where: { id: bidId, organizationId: actor.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!bid) throw new ProcurementError(ProcurementErrorCode.BidNotFound, 'Bid not found.');
      if (bid.status === 'withdrawn') throw new ProcurementError(ProcurementErrorCode.BidWithdrawn, 'The bid is already withdrawn.');
      const tender = await this.findTender(em, bid.tenderId);
      if (tender.deadline.getTime() <= Date.now())
        throw new ProcurementError(ProcurementErrorCode.DeadlinePassed, 'Bids cannot be withdrawn after the deadline.');
      await em.getRepository(BidEntity).update({ id: bid.id }, { status: 'withdrawn', withdrawnAt: new Date() });
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        { action: 'bid.withdrawn', subjectType: 'Bid', subjectId: bid.id },
      );
      return (await withBidNames(em, [await em.getRepository(BidEntity).findOneOrFail({ where: { id: bid.id } })]))[0]!;
    });
  }

  /** The procurer sees every bid on its tender; a supplier only its own. Stale reports are recomputed first. */
  async listBids(actor: Actor, tenderId: string, page: { limit?: number; cursor?: string }): Promise<Page<NamedBid>> {
    assertCan(actor, 'read', 'Bid');
    const limit = Math.min(page.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const [after] = page.cursor ? decodeCursor(page.cursor, 1) : [null];
    if (after !== null && (typeof after !== 'string' || !isUuid(after))) {
      throw new CoreError(CoreErrorCode.InvalidCursor, 'The cursor is not one this API issued.', {
        errors: [{ field: 'cursor', message: 'is not a valid cursor' }],
      });
    }
    // One round trip (Db.statements): the tender (404 if the caller cannot see it), the page of
    // bids (keyset on id, limit + 1), which of them are stale and the names they show, in one transaction.
    const params = [tenderId, after, String(limit + 1)];
    const [tenders, rows, stale, names] = await this.db.statements(scopeOf(actor), [
      { sql: TENDER_VISIBLE_SQL, params: [tenderId] },
      { sql: BIDS_PAGE_SQL, params },
      { sql: BIDS_PAGE_STALE_SQL, params },
      { sql: BIDS_PAGE_NAMES_SQL, params },
    ]);
    if (!tenders!.length) throw new ProcurementError(ProcurementErrorCode.TenderNotFound, 'Tender not found.');
    const bids = rows!.map((r) => this.bidFromRow(r));
    const hasMore = bids.length > limit;
    let data = hasMore ? bids.slice(0, limit) : bids;
    const staleIds = new Set(stale!.map((s) => s.id as string));
    const staleBids = data.filter((b) => staleIds.has(b.id));
    // Rare (after an attestation, offering or accreditation change): recomputed and saved as before.
    if (staleBids.length) {
      const fresh = new Map((await this.db.tx(scopeOf(actor), (em) => this.recompute(em, staleBids))).map((b) => [b.id, b]));
      data = data.map((b) => fresh.get(b.id) ?? b);
    }
    return { data: attachBidNames(data, names!), nextCursor: hasMore ? encodeCursor([data.at(-1)!.id]) : null };
  }

  /** A `bids` row as pg returns it (snake_case columns, typed values) as the entity TypeORM would load. */
  private bidFromRow(row: Record<string, unknown>): BidEntity {
    this.bidColumns ??= this.db.raw.getMetadata(BidEntity).columns.map((c) => [c.databaseName, c.propertyName] as const);
    const bid = new BidEntity();
    for (const [column, property] of this.bidColumns) {
      if (column in row) (bid as unknown as Record<string, unknown>)[property] = row[column];
    }
    return bid;
  }
  /** The entity's (column, property) pairs, read from TypeORM's metadata on first use. */
  private bidColumns?: readonly (readonly [string, string])[];

  async getBid(actor: Actor, bidId: string): Promise<NamedBid> {
    assertCan(actor, 'read', 'Bid');
    return this.db.tx(scopeOf(actor), async (em) => {
      const bid = await em.getRepository(BidEntity).findOne({ where: { id: bidId } });
      if (!bid) throw new ProcurementError(ProcurementErrorCode.BidNotFound, 'Bid not found.');
      const [fresh] = await this.refreshStale(em, [bid]);
      return (await withBidNames(em, [fresh!]))[0]!;
    });
  }

  /** The per-requirement report for an offering, without a tender (its components as they are now). */
  async checkConformity(actor: Actor, input: ConformityCheckInput): Promise<ComplianceReport> {
    assertCan(actor, 'read', 'ConformityCheck');
    const contractPeriod = contractPeriodOf(input.contractPeriod, ProcurementErrorCode.InvalidCheck);
    const markets = marketsOf(input.markets, ProcurementErrorCode.InvalidCheck);
    assertCompetenceRules(input.competenceRules, ProcurementErrorCode.InvalidCheck);
    const issuerIds = [...new Set(input.allowedIssuerIds ?? [])];
    // One round trip (Db.statements): the frameworks, the offering's attestations and its live
    // components (and the accepted issuers' kinds, when the check names any), read in one
    // transaction with the caller's settings.
    const [frameworkRows, rows, componentRows, issuerRows] = await this.db.statements(scopeOf(actor), [
      { sql: FRAMEWORK_SUMMARIES_SQL, params: [uuidArrayLiteral(input.requirements.map((r) => r.frameworkId))] },
      { sql: 'SELECT * FROM attestations_public(NULL::uuid[], $1::uuid)', params: [input.offeringId] },
      { sql: 'SELECT * FROM offering_components_live($1::uuid[])', params: [uuidArrayLiteral([input.offeringId])] },
      ...(issuerIds.length ? [{ sql: ISSUER_KINDS_SQL, params: [uuidArrayLiteral(issuerIds)] }] : []),
    ]);
    const allowedIssuerIds = acceptedIssuersOf(
      input.allowedIssuerIds ?? [],
      (issuerRows ?? []) as unknown as IssuerKindRow[],
      ProcurementErrorCode.InvalidCheck,
    );
    const requirements = requirementsOf(input.requirements, frameworkRows!.map(frameworkSummaryFromRow), ProcurementErrorCode.InvalidCheck);
    const live = componentsByOffering(componentRows as unknown as LiveComponentRow[]).get(input.offeringId) ?? [];
    const now = new Date();
    const attestations = rows!.map(toPublic);
    const criteria: ComplianceCriteria = {
      requirements,
      markets,
      maxEvidenceAgeDays: input.maxEvidenceAgeDays ?? null,
      accreditedIssuersOnly: input.accreditedIssuersOnly ?? false,
      allowedIssuerIds,
      offeringId: input.offeringId,
      offeredComponents: live,
      liveComponents: live,
      contractPeriod,
      expiringBefore: new Date(now.getTime() + EXPIRY_HORIZON_DAYS * 86400_000),
      now,
    };
    // Recognised equivalents read the rules, arrangements and foreign credentials only when a requirement asks for them.
    const recognition = requirements.some((r) => r.recognisedIn)
      ? await this.db.tx(scopeOf(actor), (em) => checkRecognitionInputs(em, actor.organizationId, input.offeringId, requirements, attestations))
      : null;
    const report = withRecognisedEquivalents(evaluateCompliance(attestations, criteria), attestations, criteria, recognition);
    if (input.criteria?.length) applyServiceLevels(report, await this.db.tx(scopeOf(actor), (em) => checkServiceLevels(em, actor, input, attestations)));
    // Competence rules read the roster facts only when the check names some (no extra round trip otherwise).
    if (!input.competenceRules?.length) return report;
    // The roster is the supplier's: only a party to the offering (a bid on it, a workspace assessing it…) checks it.
    const facts = await this.db.tx(scopeOf(actor), async (em) => {
      const [party] = (await em.query('SELECT offering_party($1) AS party', [input.offeringId])) as { party: boolean }[];
      if (party?.party !== true)
        throw new ProcurementError(
          ProcurementErrorCode.UnknownOffering,
          'Competence rules are checked only for an offering your organization has a part in: its own, one it serves, one with a bid on your tender or yours, or one whose workspace it takes part in.',
          { errors: [{ field: 'competenceRules', message: 'cannot be checked for an offering your organization has no part in' }] },
        );
      return competenceFacts(em, input.offeringId);
    });
    return applyCompetence(report, input.competenceRules, facts, now);
  }

  /**
   * Re-evaluates every open bid relying on an attestation whose status changed (run by
   * the worker); a verdict that differs from the one last announced is announced to the
   * procurer and the supplier. Returns the number of bids re-evaluated; an event that
   * updates nothing is logged with its id.
   */
  async recomputeForAttestation(attestationId: string, eventId?: string): Promise<number> {
    const bids: RelyingBid[] = await this.db.tx(systemScope('bid re-evaluation: bids relying on an attestation'), (em) =>
      em.query('SELECT * FROM bids_relying_on($1)', [attestationId]),
    );
    if (!bids.length) {
      this.logger.log({ eventId, attestationId }, 'attestation event: no open bid relies on the attestation, no report updated');
      return 0;
    }
    await this.recomputeAndAnnounce(bids, 'attestation_event', attestationId);
    return bids.length;
  }

  /** The same for the attestations issued under an accreditation whose status changed. */
  async recomputeForAccreditation(accreditationId: string, eventId?: string): Promise<number> {
    const bids: RelyingBid[] = await this.db.tx(systemScope('bid re-evaluation: bids relying on an accreditation'), (em) =>
      em.query('SELECT * FROM bids_relying_on_accreditation($1)', [accreditationId]),
    );
    if (!bids.length) {
      this.logger.log({ eventId, accreditationId }, 'accreditation event: no open bid relies on an attestation issued under it, no report updated');
      return 0;
    }
    await this.recomputeAndAnnounce(bids, 'accreditation_event');
    return bids.length;
  }

  /**
   * The same for the open bids of a supplier whose foreign credentials changed (imported,
   * re-checked to another status, removed): they meet "T or a recognised equivalent" through
   * the supplier's credentials, which no attestation id of the bid names; and after measurements
   * turned the service-level report of some of its bids (at risk, or no longer).
   */
  async recomputeForSupplier(supplierId: string, eventId?: string, trigger: RecomputeTrigger = 'foreign_credential_event'): Promise<number> {
    const bids: RelyingBid[] = await this.db.tx(systemScope('bid re-evaluation: open bids of a supplier'), (em) =>
      em.query('SELECT * FROM bids_open_of_supplier($1)', [supplierId]),
    );
    if (!bids.length) {
      this.logger.log({ eventId, supplierId, trigger }, 'supplier event: the supplier has no open bid, no report updated');
      return 0;
    }
    await this.recomputeAndAnnounce(bids, trigger);
    return bids.length;
  }

  /**
   * The same for the open bids offering one of these offerings after the personnel serving it
   * changed: tender competence rules read that roster, which no attestation id of the bid names.
   */
  async recomputeForOfferings(offeringIds: string[], eventId?: string): Promise<number> {
    const bids: RelyingBid[] = await this.db.tx(systemScope('bid re-evaluation: open bids on offerings'), (em) =>
      em.query('SELECT * FROM bids_open_on_offerings($1::uuid[])', [offeringIds]),
    );
    if (!bids.length) {
      this.logger.log({ eventId, offeringIds, trigger: 'personnel_event' }, 'personnel event: no open bid on these offerings, no report updated');
      return 0;
    }
    await this.recomputeAndAnnounce(bids, 'personnel_event');
    return bids.length;
  }

  /**
   * The safety net when an event is lost: re-checks every open bid (submitted, on a tender
   * whose deadline is at most RECONCILE_AFTER_DEADLINE_DAYS past), in batches, and
   * announces a verdict that differs from the one last announced.
   */
  async reconcileOpenBids(now = new Date()): Promise<{ checked: number; changed: number }> {
    const since = new Date(now.getTime() - RECONCILE_AFTER_DEADLINE_DAYS * 86400_000);
    const bids: RelyingBid[] = await this.db.tx(systemScope('bid reconciliation: open bids'), (em) => em.query('SELECT * FROM bids_open_since($1)', [since]));
    const changed = await this.recomputeAndAnnounce(bids, 'reconciliation');
    if (changed) this.logger.warn({ checked: bids.length, changed }, 'bid reconciliation announced compliance changes that no event had');
    return { checked: bids.length, changed };
  }

  /** Recomputes bids per procurer (one transaction per batch) and announces changed verdicts. */
  private async recomputeAndAnnounce(bids: RelyingBid[], trigger: RecomputeTrigger, attestationId?: string): Promise<number> {
    const byProcurer = new Map<string, string[]>();
    for (const b of bids) byProcurer.set(b.tender_organization_id, [...(byProcurer.get(b.tender_organization_id) ?? []), b.id]);
    let changed = 0;
    for (const [procurerId, ids] of byProcurer) {
      for (let i = 0; i < ids.length; i += RECOMPUTE_BATCH) {
        const batch = ids.slice(i, i + RECOMPUTE_BATCH);
        const changes: { change: BidComplianceChange; supplierId: string }[] = await this.db.tx(
          systemScope('procurement.recompute_bids', { organizationId: procurerId }),
          async (em) => {
            const fresh = await this.recompute(em, await em.getRepository(BidEntity).find({ where: { id: In(batch), status: 'submitted' } }));
            const out: { change: BidComplianceChange; supplierId: string }[] = [];
            const flipped = fresh.filter((b) => b.overall !== b.announcedOverall);
            if (!flipped.length) return out;
            const ocids = new Map(
              (await em.getRepository(TenderEntity).find({ where: { id: In([...new Set(flipped.map((b) => b.tenderId))]) } })).map((t) => [t.id, t.ocid]),
            );
            for (const bid of flipped) {
              const change: BidComplianceChange = {
                bidId: bid.id,
                tenderId: bid.tenderId,
                ocid: ocids.get(bid.tenderId) ?? '',
                from: bid.announcedOverall,
                to: bid.overall,
                trigger,
                codes: blockingCodes(bid.compliance),
                ...(attestationId ? { attestationId } : {}),
              };
              // The procurer hears of it in this transaction, together with the verdict now announced.
              await this.outbox.emit(em, { type: PROCUREMENT_EVENTS.bidComplianceChanged, organizationId: procurerId, payload: { ...change } });
              await em.getRepository(BidEntity).update({ id: bid.id }, { announcedOverall: bid.overall });
              out.push({ change, supplierId: bid.organizationId });
            }
            return out;
          },
        );
        // The supplier hears of it through its own organization's outbox.
        for (const { change, supplierId } of changes) {
          await this.db.tx(systemScope('procurement.announce_bid_change', { organizationId: supplierId }), (em) =>
            this.outbox.emit(em, { type: PROCUREMENT_EVENTS.bidComplianceChanged, organizationId: supplierId, payload: { ...change } }),
          );
        }
        changed += changes.length;
      }
    }
    return changed;
  }

  /**
   * Read-path freshness: bids whose report is older than a change it depends on (an
   * attestation's status, its issuer's accreditation, the offering's components, or a
   * validity or evidence date passed since) are recomputed and saved before they are
   * returned. One query finds the stale ones; recomputing them takes a fixed number more.
   */
  private async refreshStale(em: EntityManager, bids: BidEntity[]): Promise<BidEntity[]> {
    if (!bids.length) return bids;
    const stale: { id: string }[] = await em.query('SELECT id FROM bids_stale($1::uuid[])', [bids.map((b) => b.id)]);
    if (!stale.length) return bids;
    const staleIds = new Set(stale.map((s) => s.id));
    const fresh = new Map(
      (
        await this.recompute(
          em,
          bids.filter((b) => staleIds.has(b.id)),
        )
      ).map((b) => [b.id, b]),
    );
    return bids.map((b) => fresh.get(b.id) ?? b);
  }

  /**
   * Recomputes and saves the reports of these bids in a bounded number of queries: their
   * tenders, their attestations, the offerings' live components, one update.
   */
  private async recompute(em: EntityManager, bids: BidEntity[]): Promise<BidEntity[]> {
    if (!bids.length) return bids;
    const tenders = new Map(
      (await em.getRepository(TenderEntity).find({ where: { id: In([...new Set(bids.map((b) => b.tenderId))]) } })).map((t) => [t.id, t]),
    );
    const attestations = await this.publicAttestations(em, [...new Set(bids.flatMap((b) => b.attestationIds))]);
    const live = await this.liveComponents(em, [...new Set(bids.map((b) => b.offeringId))]);
    const now = new Date();
    const updated: BidEntity[] = [];
    const recognition = await loadRecognisedEquivalents(
      em,
      [...tenders.values()],
      attestations,
      bids.map((b) => b.organizationId),
    );
    // A foreign credential naming what it assessed is matched against the offering's name: read only then.
    const offeringNames = offeringNamesNeeded(recognition)
      ? await bidOfferingNames(
          em,
          bids.map((b) => b.id),
        )
      : new Map<string, string | null>();
    const competence = await competenceFactsFor(
      em,
      bids.map((b) => b.offeringId),
      [...tenders.values()].some((t) => t.competenceRules?.length),
    );
    const serviceLevelReports = await rejudgeBids(
      em,
      bids.map((b) => ({ id: b.id, attestations: reliedOn(attestations.filter((a) => b.attestationIds.includes(a.id))) })),
    );
    for (const b of bids) {
      const tender = tenders.get(b.tenderId);
      if (!tender) continue;
      const evaluated = this.evaluate(
        tender,
        b.offeringId,
        b.offeredComponents,
        live.get(b.offeringId) ?? [],
        attestations.filter((a) => b.attestationIds.includes(a.id)),
        now,
        recognitionInputsOf(recognition.get(tender.id), b.organizationId, offeringNames.get(b.id) ?? null),
      );
      const report = applyServiceLevels(
        applyCompetence(evaluated, tender.competenceRules, competence.get(b.offeringId) ?? [], now),
        serviceLevelReports.get(b.id),
      );
      updated.push(Object.assign(new BidEntity(), b, { compliance: report, overall: report.overall, computedAt: now }));
    }
    if (updated.length) {
      // The reports as stored (jsonb orders their keys): a read answers the same bytes, and the same ETag, as every later read.
      const stored = updatedRows<{ id: string; compliance: ComplianceReport }>(
        await em.query(
          `UPDATE bids b SET compliance = v.compliance, overall = v.overall, computed_at = v.computed_at
           FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, compliance jsonb, overall text, computed_at timestamptz) WHERE b.id = v.id
         RETURNING b.id, b.compliance`,
          [JSON.stringify(updated.map((u) => ({ id: u.id, compliance: u.compliance, overall: u.overall, computed_at: now.toISOString() })))],
        ),
      );
      const asStored = new Map(stored.map((r) => [r.id, r.compliance]));
      for (const u of updated) u.compliance = asStored.get(u.id) ?? u.compliance;
    }
    const byId = new Map(updated.map((u) => [u.id, u]));
    return bids.map((b) => byId.get(b.id) ?? b);
  }

  private evaluate(
    tender: TenderEntity,
    offeringId: string,
    offered: OfferedComponent[],
    live: OfferedComponent[],
    attestations: PublicAttestation[],
    now: Date,
    recognition: RecognitionInputs | null = null,
  ): ComplianceReport {
    const criteria: ComplianceCriteria = {
      requirements: tender.requirements,
      markets: tender.markets,
      maxEvidenceAgeDays: tender.maxEvidenceAgeDays,
      accreditedIssuersOnly: tender.accreditedIssuersOnly,
      allowedIssuerIds: tender.allowedIssuerIds,
      offeringId,
      offeredComponents: offered,
      liveComponents: live,
      contractPeriod: tender.contractPeriod,
      expiringBefore: new Date(tender.deadline.getTime() + EXPIRY_HORIZON_DAYS * 86400_000),
      now,
    };
    return withRecognisedEquivalents(evaluateCompliance(attestations, criteria), attestations, criteria, recognition);
  }

  private async publicAttestations(em: EntityManager, ids: string[]): Promise<PublicAttestation[]> {
    if (!ids.length) return [];
    const rows: Record<string, unknown>[] = await em.query('SELECT * FROM attestations_public($1::uuid[], NULL)', [ids]);
    return rows.map(toPublic);
  }

  /** The offerings' components as they are now (public facts for attested or bid-on offerings). */
  private async liveComponents(em: EntityManager, offeringIds: string[]): Promise<Map<string, OfferedComponent[]>> {
    const out = new Map<string, OfferedComponent[]>();
    if (!offeringIds.length) return out;
    return componentsByOffering(await em.query('SELECT * FROM offering_components_live($1::uuid[])', [offeringIds]));
  }

  private async resolveRequirements(
    em: EntityManager,
    reqs: { frameworkId: string; minimumOutcome: MinimumOutcome; orRecognisedIn?: string | null }[],
  ): Promise<TenderFrameworkRequirement[]> {
    return requirementsOf(
      reqs,
      await frameworkSummaries(
        em,
        reqs.map((r) => r.frameworkId),
      ),
    );
  }

  private async findTender(em: EntityManager, id: string): Promise<TenderEntity> {
    const tender = await em.getRepository(TenderEntity).findOne({ where: { id } });
    if (!tender) throw new ProcurementError(ProcurementErrorCode.TenderNotFound, 'Tender not found.');
    return tender;
  }
}

/** The markets a tender or check requires, as ISO 3166-1 alpha-2 codes (422 naming each bad one; at least one). */
function marketsOf(given: string[], code: ProcurementErrorCode.InvalidTender | ProcurementErrorCode.InvalidCheck): string[] {
  const { markets, bad } = parseMarkets(given);
  if (bad.length || !markets.length)
    throw new ProcurementError(code, bad.length ? `Not ISO 3166-1 alpha-2 country codes: ${bad.map((b) => b.code).join(', ')}.` : 'Name at least one market.', {
      errors: bad.length
        ? bad.map((b) => ({ field: `markets[${b.index}]`, message: `"${b.code}" is not an ISO 3166-1 alpha-2 code` }))
        : [{ field: 'markets', message: 'must name at least one market' }],
    });
  return markets;
}

/**
 * The issuers a tender accepts must be assessor organizations (through identity's
 * `org_public_profiles`): an unknown id or a supplier's would make every bid fail
 * `issuer_not_accepted` with nothing to say why. Named once each, in the order given.
 */
async function acceptedIssuers(em: EntityManager, given: string[]): Promise<string[]> {
  const ids = [...new Set(given)];
  if (!ids.length) return ids;
  return acceptedIssuersOf(given, (await em.query(ISSUER_KINDS_SQL, [ids])) as IssuerKindRow[], ProcurementErrorCode.InvalidTender);
}

const ISSUER_KINDS_SQL = 'SELECT id, kind FROM org_public_profiles($1::uuid[])';
interface IssuerKindRow {
  id: string;
  kind: string;
}

/** The accepted issuers named once each, given the kinds `ISSUER_KINDS_SQL` read: 400 naming each entry that is not an assessor. */
function acceptedIssuersOf(
  given: string[],
  rows: readonly IssuerKindRow[],
  code: ProcurementErrorCode.InvalidTender | ProcurementErrorCode.InvalidCheck,
): string[] {
  const assessors = new Set(rows.filter((r) => r.kind === OrganizationKind.Assessor).map((r) => r.id));
  const errors = given.flatMap((id, i) => (assessors.has(id) ? [] : [{ field: `allowedIssuerIds[${i}]`, message: `${id} is not an assessor organization` }]));
  if (errors.length) throw new ProcurementError(code, 'Accepted issuers must be assessor organizations.', { errors });
  return [...new Set(given)];
}

/** Competence rules name a market that is a country and, when they name one, a real IANA time zone (422 naming each). */
function assertCompetenceRules(rules: CompetenceRule[] | undefined, code: ProcurementErrorCode.InvalidTender | ProcurementErrorCode.InvalidCheck): void {
  const errors = (rules ?? []).flatMap((r, i) => [
    ...(isMarketCode(r.market) ? [] : [{ field: `competenceRules[${i}].market`, message: `"${r.market}" is not an ISO 3166-1 alpha-2 code` }]),
    ...(r.timeZone && !isTimeZone(r.timeZone) ? [{ field: `competenceRules[${i}].timeZone`, message: `"${r.timeZone}" is not an IANA time zone` }] : []),
  ]);
  if (errors.length) throw new ProcurementError(code, 'The competence rules are invalid.', { errors });
}

/** The requirements named by framework id, against the frameworks the caller can read (422 naming the unknown ones). */
function requirementsOf(
  reqs: { frameworkId: string; minimumOutcome: MinimumOutcome; orRecognisedIn?: string | null }[],
  frameworks: FrameworkSummary[],
  code: ProcurementErrorCode.InvalidTender | ProcurementErrorCode.InvalidCheck = ProcurementErrorCode.InvalidTender,
): TenderFrameworkRequirement[] {
  const missing = reqs.filter((r) => !frameworks.some((f) => f.id === r.frameworkId));
  if (!reqs.length || missing.length) {
    throw new ProcurementError(code, reqs.length ? 'Unknown framework(s).' : 'Name at least one framework.', {
      errors: reqs.length
        ? missing.map((m) => ({ field: 'requirements.frameworkId', message: `${m.frameworkId} is not a framework you can use` }))
        : [{ field: 'requirements', message: 'must not be empty' }],
    });
  }
  // One requirement per framework (two minimum outcomes for one framework would contradict each
  // other), and a recognising market that is a country.
  const errors = reqs.flatMap((r, i) => [
    ...(reqs.findIndex((x) => x.frameworkId === r.frameworkId) < i
      ? [{ field: `requirements[${i}].frameworkId`, message: 'names a framework an earlier requirement already names' }]
      : []),
    ...(r.orRecognisedIn && !isMarketCode(r.orRecognisedIn)
      ? [{ field: `requirements[${i}].orRecognisedIn`, message: `"${r.orRecognisedIn}" is not an ISO 3166-1 alpha-2 code` }]
      : []),
  ]);
  if (errors.length) throw new ProcurementError(code, 'The framework requirements are invalid.', { errors });
  return reqs.map((r) => {
    const f = frameworks.find((x) => x.id === r.frameworkId)!;
    return { frameworkId: f.id, frameworkCode: `${f.code}@${f.version}`, minimumOutcome: r.minimumOutcome, ...recognisedInOf(r) };
  });
}

interface LiveComponentRow {
  id: string;
  offering_id: string;
  name: string;
  kind: string;
  version: string;
}

function componentsByOffering(rows: LiveComponentRow[]): Map<string, OfferedComponent[]> {
  const out = new Map<string, OfferedComponent[]>();
  for (const r of rows) out.set(r.offering_id, [...(out.get(r.offering_id) ?? []), { id: r.id, name: r.name, kind: r.kind, version: r.version }]);
  return out;
}

/** A PostgreSQL uuid[] literal of ids the DTOs checked to be UUIDs (anything else is refused here, not inlined). */
function uuidArrayLiteral(ids: readonly string[]): string {
  for (const id of ids) if (!isUuid(id)) throw new Error('uuidArrayLiteral: not a UUID');
  return `{${ids.join(',')}}`;
}

function contractPeriodOf(input: { startDate: Date | string; endDate: Date | string } | null | undefined, code: ProcurementErrorCode): ContractPeriod | null {
  if (!input) return null;
  const start = new Date(input.startDate);
  const end = new Date(input.endDate);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end.getTime() <= start.getTime()) {
    throw new ProcurementError(code, 'The contract period must end after it starts.', {
      errors: [{ field: 'contractPeriod.endDate', message: 'must be after startDate' }],
    });
  }
  return { startDate: start.toISOString().slice(0, 10), endDate: end.toISOString().slice(0, 10) };
}

function toOffered(c: ComponentSummary): OfferedComponent {
  return { id: c.id, name: c.name, kind: c.kind, version: c.version };
}

function blockingCodes(r: ComplianceReport): string[] {
  return [...new Set(r.requirements.flatMap((q) => q.reasons.filter((x) => x.severity === 'blocking').map((x) => x.code)))].sort();
}

function iso(v: unknown): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

function toPublic(r: Record<string, unknown>): PublicAttestation {
  const now = r.accreditation_now as { status: string; verified: boolean; accredited: boolean; validUntil: string | null; updatedAt: string } | null;
  return {
    id: r.id as string,
    serial: r.serial as string,
    issuerId: r.issuer_id as string,
    issuerName: r.issuer_name as string,
    offeringId: r.offering_id as string,
    outcome: r.outcome as PublicAttestation['outcome'],
    frameworks: ((r.frameworks as { id: string; code: string }[] | null) ?? []).map((f) => ({ id: f.id, code: f.code })),
    markets: (r.markets as string[]) ?? [],
    components: ((r.components as { id: string; name: string; version: string; compatibleRange?: string | null }[] | null) ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      version: c.version,
      compatibleRange: c.compatibleRange ?? null,
    })),
    validFrom: iso(r.valid_from),
    validUntil: iso(r.valid_until),
    decidedAt: iso(r.decided_at),
    // Dates (YYYY-MM-DD), rendered as text by the function: never shifted by a time zone.
    evidenceEffectiveFrom: (r.evidence_effective_from as string | null) ?? null,
    evidenceValidUntil: (r.evidence_valid_until as string | null) ?? null,
    status: r.status as PublicAttestation['status'],
    version: Number(r.version ?? 1),
    updatedAt: iso(r.updated_at),
    accreditation: (r.accreditation as PublicAttestation['accreditation']) ?? null,
    accreditationNow: now
      ? {
          status: now.status,
          verified: Boolean(now.verified),
          accredited: Boolean(now.accredited),
          validUntil: now.validUntil ?? null,
          updatedAt: now.updatedAt,
        }
      : null,
  };
}
