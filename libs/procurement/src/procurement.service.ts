import { Injectable, Logger } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import { frameworkSummaries } from '@attesta/catalog';
import { Actor, Db, isUniqueViolation, keysetPage, newId, OrganizationKind, Page, scopeOf, systemScope } from '@attesta/core';
import { offeringComponents, offeringSummary, type ComponentSummary } from '@attesta/offerings';
import { OutboxService } from '@attesta/outbox';
import { EntityManager, In } from 'typeorm';
import { evaluateCompliance, type ComplianceReport, type OfferedComponent, type PublicAttestation } from './compliance.js';
import { BidEntity } from './entities/bid.entity.js';
import { TenderEntity, type ContractPeriod, type MinimumOutcome, type TenderFrameworkRequirement } from './entities/tender.entity.js';
import { ProcurementError, ProcurementErrorCode } from './procurement.errors.js';

export interface TenderInput {
  ocid: string;
  title: string;
  buyer: string;
  deadline: Date;
  requirements: { frameworkId: string; minimumOutcome: MinimumOutcome }[];
  markets: string[];
  maxEvidenceAgeDays?: number | null;
  accreditedIssuersOnly?: boolean;
  allowedIssuerIds?: string[];
  contractPeriod?: { startDate: Date | string; endDate: Date | string } | null;
}

export interface ConformityCheckInput {
  offeringId: string;
  requirements: { frameworkId: string; minimumOutcome: MinimumOutcome }[];
  markets: string[];
  maxEvidenceAgeDays?: number | null;
  accreditedIssuersOnly?: boolean;
  contractPeriod?: { startDate: Date | string; endDate: Date | string } | null;
}

/** Why a report was recomputed and announced (carried in `bid.compliance_changed`). */
export type RecomputeTrigger = 'attestation_event' | 'accreditation_event' | 'reconciliation';

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
    return this.db.tx(scopeOf(actor), async (em) => {
      const requirements = await this.resolveRequirements(em, input.requirements);
      const tender = em.getRepository(TenderEntity).create({
        id: newId(),
        organizationId: actor.organizationId,
        ocid: input.ocid,
        title: input.title.trim(),
        buyer: input.buyer.trim(),
        deadline: input.deadline,
        requirements,
        markets: [...new Set(input.markets.map((m) => m.toUpperCase()))].sort(),
        maxEvidenceAgeDays: input.maxEvidenceAgeDays ?? null,
        accreditedIssuersOnly: input.accreditedIssuersOnly ?? false,
        allowedIssuerIds: input.allowedIssuerIds ?? [],
        contractPeriod,
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

  async submitBid(actor: Actor, tenderId: string, input: { offeringId: string; attestationIds: string[] }): Promise<BidEntity> {
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
      // What is offered: the component versions now, kept with the bid.
      const offeredComponents = (await offeringComponents(em, offering.id)).map(toOffered);
      const now = new Date();
      const compliance = this.evaluate(tender, offering.id, offeredComponents, offeredComponents, attestations, now);
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
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        { action: 'bid.submitted', subjectType: 'Bid', subjectId: bid.id, payload: { tenderId, ocid: tender.ocid, overall: compliance.overall } },
      );
      return bid;
    });
  }

  async withdrawBid(actor: Actor, bidId: string): Promise<BidEntity> {
    assertCan(actor, 'update', 'Bid');
    return this.db.tx(scopeOf(actor), async (em) => {
      const bid = await em.getRepository(BidEntity).findOne({ where: { id: bidId, organizationId: actor.organizationId } });
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
      return em.getRepository(BidEntity).findOneOrFail({ where: { id: bid.id } });
    });
  }

  /** The procurer sees every bid on its tender; a supplier only its own. Stale reports are recomputed first. */
  async listBids(actor: Actor, tenderId: string, page: { limit?: number; cursor?: string }): Promise<Page<BidEntity>> {
    assertCan(actor, 'read', 'Bid');
    return this.db.tx(scopeOf(actor), async (em) => {
      await this.findTender(em, tenderId);
      const result = await keysetPage(em.getRepository(BidEntity).createQueryBuilder('b').where('b.tenderId = :t', { t: tenderId }), {
        ...page,
        keys: [{ column: 'b.id', read: (b) => b.id }],
      });
      return { ...result, data: await this.refreshStale(em, result.data) };
    });
  }

  async getBid(actor: Actor, bidId: string): Promise<BidEntity> {
    assertCan(actor, 'read', 'Bid');
    return this.db.tx(scopeOf(actor), async (em) => {
      const bid = await em.getRepository(BidEntity).findOne({ where: { id: bidId } });
      if (!bid) throw new ProcurementError(ProcurementErrorCode.BidNotFound, 'Bid not found.');
      const [fresh] = await this.refreshStale(em, [bid]);
      return fresh!;
    });
  }

  /** The per-requirement report for an offering, without a tender (its components as they are now). */
  async checkConformity(actor: Actor, input: ConformityCheckInput): Promise<ComplianceReport> {
    assertCan(actor, 'read', 'ConformityCheck');
    const contractPeriod = contractPeriodOf(input.contractPeriod, ProcurementErrorCode.InvalidCheck);
    return this.db.tx(scopeOf(actor), async (em) => {
      const requirements = await this.resolveRequirements(em, input.requirements);
      const rows: Record<string, unknown>[] = await em.query('SELECT * FROM attestations_public(NULL, $1)', [input.offeringId]);
      const live = (await this.liveComponents(em, [input.offeringId])).get(input.offeringId) ?? [];
      const now = new Date();
      return evaluateCompliance(rows.map(toPublic), {
        requirements,
        markets: [...new Set(input.markets.map((m) => m.toUpperCase()))].sort(),
        maxEvidenceAgeDays: input.maxEvidenceAgeDays ?? null,
        accreditedIssuersOnly: input.accreditedIssuersOnly ?? false,
        allowedIssuerIds: [],
        offeringId: input.offeringId,
        offeredComponents: live,
        liveComponents: live,
        contractPeriod,
        expiringBefore: new Date(now.getTime() + EXPIRY_HORIZON_DAYS * 86400_000),
        now,
      });
    });
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
    for (const b of bids) {
      const tender = tenders.get(b.tenderId);
      if (!tender) continue;
      const report = this.evaluate(
        tender,
        b.offeringId,
        b.offeredComponents,
        live.get(b.offeringId) ?? [],
        attestations.filter((a) => b.attestationIds.includes(a.id)),
        now,
      );
      updated.push(Object.assign(new BidEntity(), b, { compliance: report, overall: report.overall, computedAt: now }));
    }
    if (updated.length) {
      await em.query(
        `UPDATE bids b SET compliance = v.compliance, overall = v.overall, computed_at = v.computed_at
           FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, compliance jsonb, overall text, computed_at timestamptz) WHERE b.id = v.id`,
        [JSON.stringify(updated.map((u) => ({ id: u.id, compliance: u.compliance, overall: u.overall, computed_at: now.toISOString() })))],
      );
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
  ): ComplianceReport {
    return evaluateCompliance(attestations, {
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
    });
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
    const rows: { id: string; offering_id: string; name: string; kind: string; version: string }[] = await em.query(
      'SELECT * FROM offering_components_live($1::uuid[])',
      [offeringIds],
    );
    for (const r of rows) out.set(r.offering_id, [...(out.get(r.offering_id) ?? []), { id: r.id, name: r.name, kind: r.kind, version: r.version }]);
    return out;
  }

  private async resolveRequirements(em: EntityManager, reqs: { frameworkId: string; minimumOutcome: MinimumOutcome }[]): Promise<TenderFrameworkRequirement[]> {
    const frameworks = await frameworkSummaries(
      em,
      reqs.map((r) => r.frameworkId),
    );
    const missing = reqs.filter((r) => !frameworks.some((f) => f.id === r.frameworkId));
    if (!reqs.length || missing.length) {
      throw new ProcurementError(ProcurementErrorCode.InvalidTender, reqs.length ? 'Unknown framework(s).' : 'Name at least one framework.', {
        errors: reqs.length
          ? missing.map((m) => ({ field: 'requirements.frameworkId', message: `${m.frameworkId} is not a framework you can use` }))
          : [{ field: 'requirements', message: 'must not be empty' }],
      });
    }
    return reqs.map((r) => {
      const f = frameworks.find((x) => x.id === r.frameworkId)!;
      return { frameworkId: f.id, frameworkCode: `${f.code}@${f.version}`, minimumOutcome: r.minimumOutcome };
    });
  }

  private async findTender(em: EntityManager, id: string): Promise<TenderEntity> {
    const tender = await em.getRepository(TenderEntity).findOne({ where: { id } });
    if (!tender) throw new ProcurementError(ProcurementErrorCode.TenderNotFound, 'Tender not found.');
    return tender;
  }
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
