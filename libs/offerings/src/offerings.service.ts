import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import { Actor, Db, definedOnly, keysetPage, newId, OrganizationKind, Page, scopeOf } from '@attesta/core';
import { EntityManager, In } from 'typeorm';
import { ComponentEntity, ComponentKind, ServiceCategory } from './entities/component.entity.js';
import { OfferingEntity } from './entities/offering.entity.js';
import { OfferingsError, OfferingsErrorCode } from './offerings.errors.js';

export interface ComponentInput {
  name: string;
  kind: ComponentKind;
  version: string;
  providerOrganizationId?: string | null;
  serviceCategory?: ServiceCategory | null;
  description?: string;
}

const stream = (actor: Actor) => ({ type: 'organization' as const, id: actor.organizationId });

/** A manufacturer's offerings and their components. */
@Injectable()
export class OfferingsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: { name: string; description?: string; components?: ComponentInput[] }): Promise<OfferingEntity> {
    assertCan(actor, 'create', 'Offering');
    this.assertManufacturer(actor);
    return this.db.tx(scopeOf(actor), async (em) => {
      const now = new Date();
      const offering = em.getRepository(OfferingEntity).create({
        id: newId(),
        organizationId: actor.organizationId,
        name: input.name.trim(),
        description: input.description ?? '',
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await em.getRepository(OfferingEntity).insert(offering);
      await this.insertComponents(em, actor, offering.id, input.components ?? []);
      await this.audit.record(em, actor, stream(actor), {
        action: 'offering.created',
        subjectType: 'Offering',
        subjectId: offering.id,
        payload: { name: offering.name, components: (input.components ?? []).length },
      });
      return this.load(em, offering.id);
    });
  }

  async list(actor: Actor, page: { limit?: number; cursor?: string }): Promise<Page<OfferingEntity>> {
    assertCan(actor, 'read', 'Offering');
    return this.db.tx(scopeOf(actor), async (em) => {
      const result = await keysetPage(em.getRepository(OfferingEntity).createQueryBuilder('o'), { ...page, keys: [{ column: 'o.id', read: (o) => o.id }] });
      await this.attachComponents(em, result.data);
      return result;
    });
  }

  /** Owners, and organizations participating in a workspace of the offering, can read it. */
  async get(actor: Actor, offeringId: string): Promise<OfferingEntity> {
    assertCan(actor, 'read', 'Offering');
    return this.db.tx(scopeOf(actor), (em) => this.load(em, offeringId));
  }

  async update(actor: Actor, offeringId: string, expectedVersion: number, patch: { name?: string; description?: string }): Promise<OfferingEntity> {
    assertCan(actor, 'update', 'Offering');
    return this.db.tx(scopeOf(actor), async (em) => {
      const offering = await this.ownOffering(em, actor, offeringId);
      const result = await em
        .getRepository(OfferingEntity)
        .createQueryBuilder()
        .update()
        .set({ ...definedOnly(patch), version: () => 'version + 1', updatedAt: new Date() })
        .where('id = :id AND version = :v', { id: offering.id, v: expectedVersion })
        .execute();
      if (!result.affected) this.stale(offering.version);
      await this.audit.record(em, actor, stream(actor), {
        action: 'offering.updated',
        subjectType: 'Offering',
        subjectId: offering.id,
        payload: { changed: Object.keys(definedOnly(patch)) },
      });
      return this.load(em, offering.id);
    });
  }

  async addComponent(actor: Actor, offeringId: string, input: ComponentInput): Promise<ComponentEntity> {
    assertCan(actor, 'update', 'Offering');
    return this.db.tx(scopeOf(actor), async (em) => {
      const offering = await this.ownOffering(em, actor, offeringId);
      const [component] = await this.insertComponents(em, actor, offering.id, [input]);
      await em.getRepository(OfferingEntity).update({ id: offering.id }, { version: offering.version + 1, updatedAt: new Date() });
      return component!;
    });
  }

  /** `expectedVersion` (the offering's, from If-Match when sent): a stale one changes nothing (412). */
  async updateComponent(
    actor: Actor,
    offeringId: string,
    componentId: string,
    patch: Partial<ComponentInput>,
    expectedVersion?: number,
  ): Promise<ComponentEntity> {
    assertCan(actor, 'update', 'Offering');
    return this.db.tx(scopeOf(actor), async (em) => {
      const offering = await this.ownOffering(em, actor, offeringId);
      if (expectedVersion !== undefined && expectedVersion !== offering.version) this.stale(offering.version);
      const repo = em.getRepository(ComponentEntity);
      const component = await repo.findOne({ where: { id: componentId, offeringId: offering.id } });
      if (!component) throw new OfferingsError(OfferingsErrorCode.ComponentNotFound, 'Component not found.');
      if (patch.providerOrganizationId) await this.assertProviders(em, [patch.providerOrganizationId]);
      await repo.update({ id: component.id }, definedOnly(patch));
      await em.getRepository(OfferingEntity).update({ id: offering.id }, { version: offering.version + 1, updatedAt: new Date() });
      await this.audit.record(em, actor, stream(actor), {
        action: 'component.updated',
        subjectType: 'Component',
        subjectId: component.id,
        payload: { changed: Object.keys(definedOnly(patch)) },
      });
      return repo.findOneOrFail({ where: { id: component.id } });
    });
  }

  /** Components of an offering by id (for other libs: workspaces, evidence). */
  async componentsOf(em: EntityManager, offeringId: string): Promise<ComponentEntity[]> {
    return em.getRepository(ComponentEntity).find({ where: { offeringId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  private async insertComponents(em: EntityManager, actor: Actor, offeringId: string, inputs: ComponentInput[]): Promise<ComponentEntity[]> {
    if (!inputs.length) return [];
    await this.assertProviders(
      em,
      inputs.map((c) => c.providerOrganizationId).filter((x): x is string => Boolean(x)),
    );
    const rows = inputs.map((c) =>
      em.getRepository(ComponentEntity).create({
        id: newId(),
        offeringId,
        organizationId: actor.organizationId,
        name: c.name.trim(),
        kind: c.kind,
        version: c.version.trim(),
        providerOrganizationId: c.providerOrganizationId ?? null,
        serviceCategory: c.serviceCategory ?? null,
        description: c.description ?? '',
        createdAt: new Date(),
      }),
    );
    await em.getRepository(ComponentEntity).insert(rows);
    for (const c of rows) {
      await this.audit.record(em, actor, stream(actor), {
        action: 'component.added',
        subjectType: 'Component',
        subjectId: c.id,
        payload: { offeringId, name: c.name, kind: c.kind, version: c.version },
      });
    }
    return rows;
  }

  /** Providers must be real organizations; their profiles are public, their data is not. */
  private async assertProviders(em: EntityManager, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const rows: { id: string }[] = await em.query('SELECT id FROM org_public_profiles($1::uuid[])', [ids]);
    const found = new Set(rows.map((r) => r.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) {
      throw new OfferingsError(OfferingsErrorCode.ProviderNotFound, `No organization ${missing.join(', ')}.`, {
        errors: missing.map(() => ({ field: 'providerOrganizationId', message: 'names no organization' })),
      });
    }
  }

  private async load(em: EntityManager, id: string): Promise<OfferingEntity> {
    const offering = await em.getRepository(OfferingEntity).findOne({ where: { id } });
    if (!offering) throw new OfferingsError(OfferingsErrorCode.OfferingNotFound, 'Offering not found.');
    await this.attachComponents(em, [offering]);
    return offering;
  }

  private async attachComponents(em: EntityManager, offerings: OfferingEntity[]): Promise<void> {
    if (!offerings.length) return;
    const components = await em
      .getRepository(ComponentEntity)
      .find({ where: { offeringId: In(offerings.map((o) => o.id)) }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const o of offerings) o.components = components.filter((c) => c.offeringId === o.id);
  }

  private async ownOffering(em: EntityManager, actor: Actor, id: string): Promise<OfferingEntity> {
    const offering = await em.getRepository(OfferingEntity).findOne({ where: { id } });
    if (!offering) throw new OfferingsError(OfferingsErrorCode.OfferingNotFound, 'Offering not found.');
    // Participants may read it but only its manufacturer changes it.
    if (offering.organizationId !== actor.organizationId) {
      throw new OfferingsError(OfferingsErrorCode.NotAManufacturer, 'Only the manufacturer that owns this offering can change it.');
    }
    // Every change takes the offering's row lock first, before component rows and the audit
    // stream's lock, so concurrent changes queue here instead of deadlocking (each took them in
    // another order), and each sees the version the previous one left.
    return em.getRepository(OfferingEntity).createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id: offering.id }).getOneOrFail();
  }

  private assertManufacturer(actor: Actor): void {
    if (actor.organizationKind !== OrganizationKind.Manufacturer) {
      throw new OfferingsError(OfferingsErrorCode.NotAManufacturer, 'Only manufacturer organizations own offerings.');
    }
  }

  private stale(current: number): never {
    throw new OfferingsError(OfferingsErrorCode.StaleVersion, 'The offering changed since you read it; read it again and retry.', {
      extensions: { currentVersion: current },
    });
  }
}
