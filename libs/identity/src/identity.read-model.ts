import type { OrganizationKind } from '@attesta/core';
import { EntityManager } from 'typeorm';
import { OrganizationEntity } from './entities/organization.entity.js';

/** An organization as other libs and tools may read it. */
export interface OrganizationSummary {
  id: string;
  name: string;
  kind: OrganizationKind;
}

/** The organization, when the caller's transaction can read it (row-level security applies). */
export async function organizationSummary(em: EntityManager, organizationId: string): Promise<OrganizationSummary | null> {
  const o = await em.getRepository(OrganizationEntity).findOne({ where: { id: organizationId } });
  return o ? { id: o.id, name: o.name, kind: o.kind } : null;
}

/**
 * SQL functions (defined by migrations) over this lib's tables that other libs may call:
 * `org_public_profiles(ids)` gives the public profile (id, name, kind, country) of organizations
 * any tenant may name, e.g. an attestation's issuer or a workspace's participants.
 */
export const IDENTITY_SQL_READ_MODEL = ['org_public_profiles'] as const;
