import { EntityManager, In } from 'typeorm';
import { ComponentEntity, type ComponentKind, type ServiceCategory } from './entities/component.entity.js';
import { OfferingEntity } from './entities/offering.entity.js';

/**
 * What other libs may read of offerings: plain rows, read on the transaction the caller
 * already holds (row-level security decides which offerings and components it sees).
 */

export interface OfferingSummary {
  id: string;
  organizationId: string;
  name: string;
  description: string;
}

export interface ComponentSummary {
  id: string;
  offeringId: string;
  name: string;
  kind: ComponentKind;
  version: string;
  providerOrganizationId: string | null;
  serviceCategory: ServiceCategory | null;
}

/** The offering, when the caller can read it (and, with `ownerOrganizationId`, owns it). */
export async function offeringSummary(em: EntityManager, offeringId: string, ownerOrganizationId?: string): Promise<OfferingSummary | null> {
  const o = await em.getRepository(OfferingEntity).findOne({
    where: { id: offeringId, ...(ownerOrganizationId ? { organizationId: ownerOrganizationId } : {}) },
  });
  return o ? { id: o.id, organizationId: o.organizationId, name: o.name, description: o.description } : null;
}

/** Every component of the offering as it stands now, ordered by id. */
export async function offeringComponents(em: EntityManager, offeringId: string): Promise<ComponentSummary[]> {
  const rows = await em.getRepository(ComponentEntity).find({ where: { offeringId }, order: { id: 'ASC' } });
  return rows.map((c) => ({
    id: c.id,
    offeringId: c.offeringId,
    name: c.name,
    kind: c.kind,
    version: c.version,
    providerOrganizationId: c.providerOrganizationId,
    serviceCategory: c.serviceCategory,
  }));
}

/** Which of `componentIds` are components of the offering. */
export async function offeringComponentIds(em: EntityManager, offeringId: string, componentIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(componentIds)];
  if (!unique.length) return [];
  const found = await em.getRepository(ComponentEntity).find({ select: { id: true }, where: { offeringId, id: In(unique) } });
  return found.map((c) => c.id);
}

/** SQL functions other libs may call: this lib's read model. */
export const OFFERINGS_SQL_READ_MODEL = ['offering_holder'] as const;

/**
 * The organization holding an offering and the offering's name, for a party to the offering or
 * an attested offering (whose holder and name its attestations state publicly); null otherwise.
 */
export async function offeringHolder(em: EntityManager, offeringId: string): Promise<{ organizationId: string; name: string } | null> {
  const [row] = (await em.query('SELECT organization_id, name FROM offering_holder($1::uuid)', [offeringId])) as { organization_id: string; name: string }[];
  return row ? { organizationId: row.organization_id, name: row.name } : null;
}
