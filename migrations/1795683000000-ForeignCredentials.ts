import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
const FUNCTIONS = ['foreign_credentials_recognised(uuid[], timestamptz)', 'foreign_credentials_due(timestamptz, integer)'];

/**
 * Credentials from other issuers (vc+jwt) an organization imported, with the result of their
 * last check. Tenant rows; two SECURITY DEFINER helpers answer what one tenant may not see:
 * the recognised credentials of other organizations (public facts only, for tender checks)
 * and which credentials are due for a status-list poll (ids only, for the worker).
 */
export class ForeignCredentials1795683000000 implements MigrationInterface {
  name = 'ForeignCredentials1795683000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "foreign_credentials" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "source_url" text, "jwt" text NOT NULL, "jwt_sha256" text NOT NULL, "issuer_did" text NOT NULL, "issuer_name" text, "kid" text NOT NULL, "credential_id" text, "subject_name" text, "frameworks" jsonb NOT NULL DEFAULT '[]', "markets" text array NOT NULL DEFAULT '{}', "valid_from" TIMESTAMP WITH TIME ZONE, "valid_until" TIMESTAMP WITH TIME ZONE, "status_entries" jsonb NOT NULL DEFAULT '[]', "status" text NOT NULL, "reason_code" text, "reason_message" text, "trust_body_id" uuid, "trust_body_name" text, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "imported_by" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c3251b01622e532417f37bdac30" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_foreign_credentials_org_digest" ON "foreign_credentials" ("organization_id", "jwt_sha256") `);
    await q.query(`CREATE INDEX "ix_foreign_credentials_org" ON "foreign_credentials" ("organization_id", "id") `);
    await q.query(`CREATE INDEX "ix_foreign_credentials_checked" ON "foreign_credentials" ("checked_at") `);
    await q.query(
      `ALTER TABLE "foreign_credentials" ADD CONSTRAINT "fk_foreign_credentials_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "foreign_credentials" ADD CONSTRAINT "fk_foreign_credentials_trust_body" FOREIGN KEY ("trust_body_id") REFERENCES "accreditation_bodies"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await forceRowLevelSecurity(q, ['foreign_credentials']);
    await q.query(`CREATE POLICY tenant_all ON "foreign_credentials" USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`);
    await q.query(`CREATE FUNCTION foreign_credentials_recognised(p_orgs uuid[], p_at timestamptz)
      RETURNS TABLE (id uuid, organization_id uuid, credential_id text, issuer_did text, issuer_name text, trust_body_id uuid, trust_body_name text,
                     frameworks jsonb, markets text[], subject_name text, valid_from timestamptz, valid_until timestamptz, checked_at timestamptz) ${definer} AS $$
      SELECT c.id, c.organization_id, c.credential_id, c.issuer_did, c.issuer_name, c.trust_body_id, c.trust_body_name,
             c.frameworks, c.markets, c.subject_name, c.valid_from, c.valid_until, c.checked_at
        FROM foreign_credentials c
        JOIN accreditation_bodies b ON b.id = c.trust_body_id AND b.listed AND c.issuer_did = ANY(b.dids)
       WHERE c.organization_id = ANY(p_orgs) AND c.status = 'recognised'
         AND (c.valid_from IS NULL OR c.valid_from <= p_at) AND (c.valid_until IS NULL OR c.valid_until > p_at)
       ORDER BY c.organization_id, c.id $$`);
    await q.query(`CREATE FUNCTION foreign_credentials_due(p_before timestamptz, p_limit integer) RETURNS TABLE (id uuid, organization_id uuid) ${definer} AS $$
      SELECT c.id, c.organization_id FROM foreign_credentials c
       WHERE c.checked_at < p_before AND c.status <> 'revoked'
       ORDER BY c.checked_at LIMIT LEAST(p_limit, 1000) $$`);
    // Granted to the app role by the migration runner, not to every role of the cluster.
    for (const f of FUNCTIONS) await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of FUNCTIONS) await q.query(`DROP FUNCTION ${f}`);
    await dropRowLevelSecurity(q, ['foreign_credentials']);
    await q.query(`DROP TABLE "foreign_credentials"`);
  }
}
