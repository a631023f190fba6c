import { newId } from '@attesta/core';
import { adminQuery } from '../../scripts/lib/devstack.js';

/**
 * A verified, active accreditation for an assessor organization, as the platform operator
 * would confirm it (written directly: procurement tests need the fact, not the workflow).
 * Returns the accreditation id.
 */
export async function verifiedAccreditation(dbUrl: string, organizationId: string, scope: { frameworkCodes: string[]; markets: string[] }): Promise<string> {
  const bodyId = newId();
  const id = newId();
  await adminQuery(
    dbUrl,
    `INSERT INTO accreditation_bodies (id, code, name, country, arrangements, created_at, updated_at) VALUES ($1, $2, 'Test Accreditation Body', 'DE', '{GAC MRA}', now(), now())`,
    [bodyId, `test-${bodyId}`],
  );
  await adminQuery(
    dbUrl,
    `INSERT INTO accreditations (id, organization_id, body_id, number, standard, scope, valid_from, valid_until, status, verification, verified_at, verified_by, verification_evidence, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'ISO/IEC 17065', $5, current_date - 365, current_date + 1825, 'active', 'operator', now(), 'test', 'test fixture', now(), now())`,
    [id, organizationId, bodyId, `T-${id.slice(-8)}`, JSON.stringify({ ...scope, serviceCategories: [] })],
  );
  return id;
}

/** Changes an accreditation's status as its body would (bumping its version and last change). */
export async function setAccreditationStatus(dbUrl: string, accreditationId: string, status: 'active' | 'suspended' | 'withdrawn'): Promise<void> {
  await adminQuery(dbUrl, `UPDATE accreditations SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [accreditationId, status]);
}
