import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const TABLES = ['accreditation_bodies', 'accreditations', 'accreditation_events', 'accreditation_settings'];
const FUNCTIONS = [
  'accreditation_current(uuid[])',
  'accreditations_due_for_expiry(date)',
  'attestation_accreditation_public(uuid)',
  'org_accreditations_public(uuid[])',
];
const OPERATOR = `current_setting('app.operator', true) = 'on'`;

/**
 * Accreditation you can check.
 *
 * - `accreditation_bodies`: the trust list, curated by the platform operator. Everyone
 *   reads it; writes need a transaction of the operator (`app.operator` set by the operator
 *   API and CLI), so no tenant can list a body or add a key.
 * - `accreditations`: an assessor organization's records. The organization reads and writes
 *   its own; the tenant linked to the record's body reads the records naming it (its
 *   confirmations and status changes run as the platform acting for the assessor, after the
 *   service checked the link); the operator reads all.
 * - `accreditation_events`: the status log (append-only: the app role cannot update or delete).
 * - `accreditation_settings`: per assessor organization (auto-suspension on a lapse).
 * - `attestations.accreditation_id` / `attestations.accreditation`: the verified record an
 *   attestation was issued under and the claim frozen at issue (NULL: non-accredited).
 *
 * Public facts go through SECURITY DEFINER functions: `accreditation_current(ids)` (status,
 * verified, valid_until, updated_at), `attestation_accreditation_public(id)` (the claim at
 * issue and its status now), `org_accreditations_public(orgs)` (the directory badge), and
 * `accreditations_due_for_expiry(day)` for the daily scan.
 *
 * `attestations_public` now says an issuer is accredited only when the attestation was
 * issued under a verified accreditation that is active and valid now; what the assessor
 * typed at sign-up (`organizations.accreditation_*`) no longer counts anywhere.
 */
export class Accreditation1795673000000 implements MigrationInterface {
  name = 'Accreditation1795673000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "accreditation_bodies" ("id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "country" text NOT NULL, "identifiers" jsonb NOT NULL DEFAULT '[]', "arrangements" text array NOT NULL DEFAULT '{}', "public_keys" jsonb NOT NULL DEFAULT '[]', "dids" text array NOT NULL DEFAULT '{}', "organization_id" uuid, "listed" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_32938c7b998b025e73a4a1901aa" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_accreditation_bodies_code" ON "accreditation_bodies"  ("code") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_accreditation_bodies_organization" ON "accreditation_bodies"  ("organization_id") WHERE organization_id IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "accreditations" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "body_id" uuid NOT NULL, "number" text NOT NULL, "standard" text NOT NULL, "scope" jsonb NOT NULL, "valid_from" date NOT NULL, "valid_until" date NOT NULL, "status" text NOT NULL, "status_reason" text, "verification" text NOT NULL, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" text, "verification_evidence" text, "credential" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5b9449ae061c7c1bd458f4567a0" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_accreditations_org" ON "accreditations"  ("organization_id", "id") `);
    await q.query(`CREATE INDEX "ix_accreditations_body" ON "accreditations"  ("body_id", "id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_accreditations_number" ON "accreditations"  ("organization_id", "body_id", "number") `);
    await q.query(`CREATE INDEX "ix_accreditations_valid_until" ON "accreditations"  ("valid_until") WHERE status = 'active'`);
    await q.query(
      `CREATE TABLE "accreditation_events" ("id" uuid NOT NULL, "accreditation_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "action" text NOT NULL, "status" text NOT NULL, "previous_status" text, "verification" text NOT NULL, "actor" text NOT NULL, "reason" text, "evidence" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7cf804c8a052f111ee70c233eae" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_accreditation_events_accreditation" ON "accreditation_events"  ("accreditation_id", "at") `);
    await q.query(
      `CREATE TABLE "accreditation_settings" ("organization_id" uuid NOT NULL, "auto_suspend_on_accreditation_lapse" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_feab93bdd1c23c960dde9b9b1b8" PRIMARY KEY ("organization_id"))`,
    );
    await q.query(`ALTER TABLE "attestations" ADD "accreditation_id" uuid`);
    await q.query(`ALTER TABLE "attestations" ADD "accreditation" jsonb`);
    await q.query(`CREATE INDEX "ix_attestations_accreditation" ON "attestations"  ("accreditation_id") WHERE accreditation_id IS NOT NULL`);
    await q.query(
      `ALTER TABLE "accreditation_bodies" ADD CONSTRAINT "FK_ccd62113514ea2bc2880a37bad7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "accreditations" ADD CONSTRAINT "FK_d6dda2729dfcf8f89bafb99949f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "accreditations" ADD CONSTRAINT "FK_8112dcac5c0105864030596a84f" FOREIGN KEY ("body_id") REFERENCES "accreditation_bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "accreditation_events" ADD CONSTRAINT "FK_c346133aaf188d150363e2e1005" FOREIGN KEY ("accreditation_id") REFERENCES "accreditations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "accreditation_events" ADD CONSTRAINT "FK_0dbd4b5b425ec7c3bda7ff6d548" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "accreditation_settings" ADD CONSTRAINT "FK_feab93bdd1c23c960dde9b9b1b8" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "attestations" ADD CONSTRAINT "FK_95497a942cbf9f9f8720e6eb99b" FOREIGN KEY ("accreditation_id") REFERENCES "accreditations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await forceRowLevelSecurity(q, TABLES);
    await q.query(`CREATE POLICY bodies_select ON accreditation_bodies FOR SELECT USING (true)`);
    await q.query(`CREATE POLICY bodies_operator_insert ON accreditation_bodies FOR INSERT WITH CHECK (${OPERATOR})`);
    await q.query(`CREATE POLICY bodies_operator_update ON accreditation_bodies FOR UPDATE USING (${OPERATOR}) WITH CHECK (${OPERATOR})`);
    await q.query(`CREATE POLICY accreditations_select ON accreditations FOR SELECT USING (
      organization_id = app_org_id() OR ${OPERATOR}
      OR body_id IN (SELECT b.id FROM accreditation_bodies b WHERE b.organization_id = app_org_id()))`);
    await q.query(`CREATE POLICY accreditations_insert ON accreditations FOR INSERT WITH CHECK (organization_id = app_org_id())`);
    await q.query(
      `CREATE POLICY accreditations_update ON accreditations FOR UPDATE USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`,
    );
    await q.query(`CREATE POLICY accreditation_events_select ON accreditation_events FOR SELECT USING (
      organization_id = app_org_id() OR accreditation_id IN (SELECT a.id FROM accreditations a))`);
    await q.query(`CREATE POLICY accreditation_events_insert ON accreditation_events FOR INSERT WITH CHECK (organization_id = app_org_id())`);
    await q.query(`CREATE POLICY tenant_all ON accreditation_settings USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`);

    const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION accreditation_current(p_ids uuid[]) RETURNS TABLE (id uuid, status text, verified boolean, valid_until date, updated_at timestamptz) ${definer} AS $$
      SELECT a.id,
             CASE WHEN a.status = 'active' AND a.valid_until < current_date THEN 'expired' ELSE a.status END,
             a.verification <> 'declared' AND b.listed,
             a.valid_until, a.updated_at
        FROM accreditations a JOIN accreditation_bodies b ON b.id = a.body_id
       WHERE a.id = ANY (p_ids) $$`);
    await q.query(`CREATE FUNCTION accreditations_due_for_expiry(p_today date) RETURNS TABLE (id uuid, organization_id uuid) ${definer} AS $$
      SELECT a.id, a.organization_id FROM accreditations a
       WHERE a.status IN ('active', 'suspended') AND a.valid_until < p_today ORDER BY a.organization_id, a.id $$`);
    await q.query(`CREATE FUNCTION attestation_accreditation_public(p_attestation uuid) RETURNS TABLE (claim jsonb, status text, status_reason text, verified boolean, valid_until date) ${definer} AS $$
      SELECT t.accreditation, c.status, a.status_reason, c.verified, c.valid_until
        FROM attestations t
        LEFT JOIN accreditations a ON a.id = t.accreditation_id
        LEFT JOIN LATERAL accreditation_current(ARRAY[t.accreditation_id]) c ON true
       WHERE t.id = p_attestation $$`);
    await q.query(`CREATE FUNCTION org_accreditations_public(p_orgs uuid[]) RETURNS TABLE (organization_id uuid, accreditation_id uuid, body_id uuid, body_name text, number text, standard text, status text, verified boolean, valid_until date) ${definer} AS $$
      SELECT a.organization_id, a.id, b.id, b.name, a.number, a.standard,
             CASE WHEN a.status = 'active' AND a.valid_until < current_date THEN 'expired' ELSE a.status END,
             a.verification <> 'declared' AND b.listed, a.valid_until
        FROM accreditations a JOIN accreditation_bodies b ON b.id = a.body_id
       WHERE a.organization_id = ANY (p_orgs) ORDER BY a.organization_id, a.valid_until DESC, a.id $$`);
    for (const f of FUNCTIONS) await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);

    // Accredited = issued under a verified accreditation that is active and valid now.
    await q.query(`CREATE OR REPLACE FUNCTION attestations_public(p_ids uuid[], p_offering uuid) RETURNS TABLE (
        id uuid, serial text, issuer_id uuid, issuer_name text, issuer_accredited boolean, offering_id uuid,
        outcome text, frameworks jsonb, markets text[], valid_from timestamptz, valid_until timestamptz,
        decided_at timestamptz, status text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT a.id, a.serial, a.organization_id, o.name,
             (a.accreditation_id IS NOT NULL AND EXISTS (
               SELECT 1 FROM accreditation_current(ARRAY[a.accreditation_id]) c
                WHERE c.status = 'active' AND c.verified AND c.valid_until >= current_date)),
             a.offering_id, a.outcome, a.frameworks, a.markets, a.valid_from, a.valid_until, a.decided_at,
             CASE WHEN a.status = 'active' AND a.valid_until <= now() THEN 'expired' ELSE a.status END
        FROM attestations a JOIN organizations o ON o.id = a.organization_id
       WHERE app_org_id() IS NOT NULL AND ((p_ids IS NOT NULL AND a.id = ANY (p_ids)) OR (p_offering IS NOT NULL AND a.offering_id = p_offering)) $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION attestations_public(p_ids uuid[], p_offering uuid) RETURNS TABLE (
        id uuid, serial text, issuer_id uuid, issuer_name text, issuer_accredited boolean, offering_id uuid,
        outcome text, frameworks jsonb, markets text[], valid_from timestamptz, valid_until timestamptz,
        decided_at timestamptz, status text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT a.id, a.serial, a.organization_id, o.name,
             (o.accreditation_body IS NOT NULL AND o.accreditation_number IS NOT NULL),
             a.offering_id, a.outcome, a.frameworks, a.markets, a.valid_from, a.valid_until, a.decided_at,
             CASE WHEN a.status = 'active' AND a.valid_until <= now() THEN 'expired' ELSE a.status END
        FROM attestations a JOIN organizations o ON o.id = a.organization_id
       WHERE app_org_id() IS NOT NULL AND ((p_ids IS NOT NULL AND a.id = ANY (p_ids)) OR (p_offering IS NOT NULL AND a.offering_id = p_offering)) $$`);
    for (const f of FUNCTIONS) await q.query(`DROP FUNCTION ${f}`);
    await dropRowLevelSecurity(q, TABLES);
    await q.query(`ALTER TABLE "attestations" DROP CONSTRAINT "FK_95497a942cbf9f9f8720e6eb99b"`);
    await q.query(`DROP INDEX "public"."ix_attestations_accreditation"`);
    await q.query(`ALTER TABLE "attestations" DROP COLUMN "accreditation"`);
    await q.query(`ALTER TABLE "attestations" DROP COLUMN "accreditation_id"`);
    await q.query(`DROP TABLE "accreditation_settings"`);
    await q.query(`DROP TABLE "accreditation_events"`);
    await q.query(`DROP TABLE "accreditations"`);
    await q.query(`DROP TABLE "accreditation_bodies"`);
  }
}
