import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import { FrameworkEntity } from '@attesta/catalog';
import { Actor, Db, keysetPage, newId, OrganizationKind, Page, scopeOf, systemScope } from '@attesta/core';
import { OfferingEntity } from '@attesta/offerings';
import { OutboxService } from '@attesta/outbox';
import { EntityManager, In } from 'typeorm';
import { evaluateCompliance, type ComplianceReport, type PublicAttestation } from './compliance.js';
import { BidEntity } from './entities/bid.entity.js';
import { TenderEntity, type MinimumOutcome, type TenderFrameworkRequirement } from './entities/tender.entity.js';
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
}

export interface ConformityCheckInput {
  offeringId: string;
  requirements: { frameworkId: string; minimumOutcome: MinimumOutcome }[];
  markets: string[];
  maxEvidenceAgeDays?: number | null;
  accreditedIssuersOnly?: boolean;
}

export const PROCUREMENT_EVENTS = { bidComplianceChanged: 'bid.compliance_changed' } as const;

/** Days after the tender deadline an attestation should still hold, else "expiring". */
const EXPIRY_HORIZON_DAYS = 30;

/** Tenders, bids and their compliance reports, and ad-hoc conformity checks. */
@Injectable()
export class ProcurementService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async createTender(actor: Actor, input: TenderInput): Promise<TenderEntity> {
    assertCan(actor, 'create', 'Tender');
    if (actor.organizationKind !== OrganizationKind.Procurer) throw new ProcurementError(ProcurementErrorCode.NotAProcurer, 'Only procurer organizations publish tenders.');
    if (input.deadline.getTime() <= Date.now()) {
      throw new ProcurementError(ProcurementErrorCode.InvalidTender, 'The deadline must be in the future.', { errors: [{ field: 'deadline', message: 'must be in the future' }] });
    }
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
        createdAt: new Date(),
      });
      try {
        await em.getRepository(TenderEntity).insert(tender);
      } catch (e) {
        if ((e as { code?: string }).code === '23505') throw new ProcurementError(ProcurementErrorCode.DuplicateOcid, `A tender with ocid ${input.ocid} already exists.`, { errors: [{ field: 'ocid', message: 'is already used' }] });
        throw e;
      }
      await this.audit.record(em, actor, { type: 'organization', id: actor.organizationId }, { action: 'tender.published', subjectType: 'Tender', subjectId: tender.id, payload: { ocid: tender.ocid, title: tender.title } });
      return tender;
    });
  }

  /** Procurers see their own tenders; suppliers see open ones. */
  async listTenders(actor: Actor, page: { limit?: number; cursor?: string }): Promise<Page<TenderEntity>> {
    assertCan(actor, 'read', 'Tender');
    return this.db.tx(scopeOf(actor), (em) => keysetPage(em.getRepository(TenderEntity).createQueryBuilder('t'), { ...page, keys: [{ column: 't.id', read: (t) => t.id }] }));
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
      if (tender.deadline.getTime() <= Date.now()) throw new ProcurementError(ProcurementErrorCode.DeadlinePassed, `The tender closed at ${tender.deadline.toISOString()}.`);
      const offering = await em.getRepository(OfferingEntity).findOne({ where: { id: input.offeringId, organizationId: actor.organizationId } });
      if (!offering) throw new ProcurementError(ProcurementErrorCode.UnknownOffering, 'No such offering of yours.', { errors: [{ field: 'offeringId', message: 'names no offering of your organization' }] });
      const attestations = await this.publicAttestations(em, input.attestationIds);
      const foreign = input.attestationIds.filter((id) => !attestations.some((a) => a.id === id && a.offeringId === offering.id));
      if (foreign.length) {
        throw new ProcurementError(ProcurementErrorCode.UnknownAttestation, `Not attestations of this offering: ${foreign.join(', ')}.`, { errors: [{ field: 'attestationIds', message: 'names an attestation of another offering, or none' }] });
      }
      const compliance = this.evaluate(tender, offering.id, attestations);
      const bid = em.getRepository(BidEntity).create({
        id: newId(),
        tenderId,
        tenderOrganizationId: tender.organizationId,
        organizationId: actor.organizationId,
        offeringId: offering.id,
        attestationIds: [...new Set(input.attestationIds)],
        status: 'submitted',
        compliance,
        overall: compliance.overall,
        submittedAt: new Date(),
        withdrawnAt: null,
        computedAt: new Date(),
      });
      await em.getRepository(BidEntity).insert(bid);
      await this.audit.record(em, actor, { type: 'organization', id: actor.organizationId }, { action: 'bid.submitted', subjectType: 'Bid', subjectId: bid.id, payload: { tenderId, ocid: tender.ocid, overall: compliance.overall } });
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
      if (tender.deadline.getTime() <= Date.now()) throw new ProcurementError(ProcurementErrorCode.DeadlinePassed, 'Bids cannot be withdrawn after the deadline.');
      await em.getRepository(BidEntity).update({ id: bid.id }, { status: 'withdrawn', withdrawnAt: new Date() });
      await this.audit.record(em, actor, { type: 'organization', id: actor.organizationId }, { action: 'bid.withdrawn', subjectType: 'Bid', subjectId: bid.id });
      return em.getRepository(BidEntity).findOneOrFail({ where: { id: bid.id } });
    });
  }

  /** The procurer sees every bid on its tender; a supplier only its own. */
  async listBids(actor: Actor, tenderId: string, page: { limit?: number; cursor?: string }): Promise<Page<BidEntity>> {
    assertCan(actor, 'read', 'Bid');
    return this.db.tx(scopeOf(actor), async (em) => {
      await this.findTender(em, tenderId);
      return keysetPage(em.getRepository(BidEntity).createQueryBuilder('b').where('b.tenderId = :t', { t: tenderId }), { ...page, keys: [{ column: 'b.id', read: (b) => b.id }] });
    });
  }

  async getBid(actor: Actor, bidId: string): Promise<BidEntity> {
    assertCan(actor, 'read', 'Bid');
    return this.db.tx(scopeOf(actor), async (em) => {
      const bid = await em.getRepository(BidEntity).findOne({ where: { id: bidId } });
      if (!bid) throw new ProcurementError(ProcurementErrorCode.BidNotFound, 'Bid not found.');
      return bid;
    });
  }

  /** The per-requirement report for an offering, without a tender. */
  async checkConformity(actor: Actor, input: ConformityCheckInput): Promise<ComplianceReport> {
    assertCan(actor, 'read', 'ConformityCheck');
    return this.db.tx(scopeOf(actor), async (em) => {
      const requirements = await this.resolveRequirements(em, input.requirements);
      const rows: Record<string, unknown>[] = await em.query('SELECT * FROM attestations_public(NULL, $1)', [input.offeringId]);
      const now = new Date();
      return evaluateCompliance(rows.map(toPublic), {
        requirements,
        markets: input.markets.map((m) => m.toUpperCase()),
        maxEvidenceAgeDays: input.maxEvidenceAgeDays ?? null,
        accreditedIssuersOnly: input.accreditedIssuersOnly ?? false,
        allowedIssuerIds: [],
        offeringId: input.offeringId,
        expiringBefore: new Date(now.getTime() + EXPIRY_HORIZON_DAYS * 86400_000),
        now,
      });
    });
  }

  /**
   * Re-evaluates every open bid relying on an attestation whose status changed (run by
   * the worker); a changed verdict is announced to the procurer and the supplier.
   */
  async recomputeForAttestation(attestationId: string): Promise<number> {
    const bids: { id: string; tender_organization_id: string; organization_id: string }[] = await this.db.raw.query('SELECT * FROM bids_relying_on($1)', [attestationId]);
    let changed = 0;
    for (const b of bids) {
      const change = await this.db.tx(systemScope('bid re-evaluation: the platform acting for the procurer', { organizationId: b.tender_organization_id }), async (em) => {
        const bid = await em.getRepository(BidEntity).findOneOrFail({ where: { id: b.id } });
        const tender = await this.findTender(em, bid.tenderId);
        const report = this.evaluate(tender, bid.offeringId, await this.publicAttestations(em, bid.attestationIds));
        await em.getRepository(BidEntity).update({ id: bid.id }, { compliance: report, overall: report.overall, computedAt: new Date() });
        return report.overall === bid.overall ? null : { bidId: bid.id, tenderId: tender.id, ocid: tender.ocid, from: bid.overall, to: report.overall, attestationId };
      });
      if (!change) continue;
      changed++;
      // Both sides hear of it, each through its own organization's outbox.
      for (const organizationId of [b.tender_organization_id, b.organization_id]) {
        await this.db.tx(systemScope('bid re-evaluation: telling both sides', { organizationId }), (em) => this.outbox.emit(em, { type: PROCUREMENT_EVENTS.bidComplianceChanged, organizationId, payload: change }));
      }
    }
    return changed;
  }

  private evaluate(tender: TenderEntity, offeringId: string, attestations: PublicAttestation[]): ComplianceReport {
    const now = new Date();
    return evaluateCompliance(attestations, {
      requirements: tender.requirements,
      markets: tender.markets,
      maxEvidenceAgeDays: tender.maxEvidenceAgeDays,
      accreditedIssuersOnly: tender.accreditedIssuersOnly,
      allowedIssuerIds: tender.allowedIssuerIds,
      offeringId,
      expiringBefore: new Date(tender.deadline.getTime() + EXPIRY_HORIZON_DAYS * 86400_000),
      now,
    });
  }

  private async publicAttestations(em: EntityManager, ids: string[]): Promise<PublicAttestation[]> {
    if (!ids.length) return [];
    const rows: Record<string, unknown>[] = await em.query('SELECT * FROM attestations_public($1::uuid[], NULL)', [ids]);
    return rows.map(toPublic);
  }

  private async resolveRequirements(em: EntityManager, reqs: { frameworkId: string; minimumOutcome: MinimumOutcome }[]): Promise<TenderFrameworkRequirement[]> {
    const frameworks = reqs.length ? await em.getRepository(FrameworkEntity).find({ where: { id: In(reqs.map((r) => r.frameworkId)) } }) : [];
    const missing = reqs.filter((r) => !frameworks.some((f) => f.id === r.frameworkId));
    if (!reqs.length || missing.length) {
      throw new ProcurementError(ProcurementErrorCode.InvalidTender, reqs.length ? 'Unknown framework(s).' : 'Name at least one framework.', {
        errors: reqs.length ? missing.map((m) => ({ field: 'requirements.frameworkId', message: `${m.frameworkId} is not a framework you can use` })) : [{ field: 'requirements', message: 'must not be empty' }],
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

function iso(v: unknown): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

function toPublic(r: Record<string, unknown>): PublicAttestation {
  return {
    id: r.id as string,
    serial: r.serial as string,
    issuerId: r.issuer_id as string,
    issuerName: r.issuer_name as string,
    issuerAccredited: Boolean(r.issuer_accredited),
    offeringId: r.offering_id as string,
    outcome: r.outcome as PublicAttestation['outcome'],
    frameworkIds: ((r.frameworks as { id: string }[] | null) ?? []).map((f) => f.id),
    markets: (r.markets as string[]) ?? [],
    validFrom: iso(r.valid_from),
    validUntil: iso(r.valid_until),
    decidedAt: iso(r.decided_at),
    status: r.status as PublicAttestation['status'],
  };
}
