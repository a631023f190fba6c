import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = ['user_display_names(uuid[])'];
const INVOKER = ['evidence_titles(uuid[])', 'requirement_refs(uuid[])', 'finding_titles(uuid[])'];

/**
 * The audit log reads as sentences with names. An event stores ids; its readers need the
 * names behind them in the same statement as the page of events:
 *
 * - `user_display_names(ids)` (SECURITY DEFINER): the display names of people the caller's
 *   organization works with — its own members, and the members of organizations taking part
 *   (accepted) in a workspace the caller's organization takes part in. Nobody else's.
 * - `evidence_titles(ids)`, `requirement_refs(ids)`, `finding_titles(ids)`: plain reads under
 *   the caller's row-level security (a reader who may not see the evidence item gets no title).
 */
export class AuditDisplayNames1795693000000 implements MigrationInterface {
  name = 'AuditDisplayNames1795693000000';

  async up(q: QueryRunner): Promise<void> {
    const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
    const invoker = `LANGUAGE sql STABLE SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION user_display_names(p_ids uuid[]) RETURNS TABLE (id uuid, name text) ${definer} AS $$
      SELECT u.id, u.name FROM users u
       WHERE u.id = ANY (p_ids) AND app_org_id() IS NOT NULL
         AND EXISTS (
           SELECT 1 FROM memberships m
            WHERE m.user_id = u.id
              AND (m.organization_id = app_org_id()
                   OR EXISTS (SELECT 1 FROM workspace_participants mine
                                JOIN workspace_participants theirs ON theirs.workspace_id = mine.workspace_id
                               WHERE mine.organization_id = app_org_id() AND mine.status = 'accepted'
                                 AND theirs.organization_id = m.organization_id AND theirs.status = 'accepted'))) $$`);
    await q.query(`CREATE FUNCTION evidence_titles(p_ids uuid[]) RETURNS TABLE (id uuid, title text) ${invoker} AS $$
      SELECT e.id, e.title FROM evidence e WHERE e.id = ANY (p_ids) $$`);
    await q.query(`CREATE FUNCTION requirement_refs(p_ids uuid[]) RETURNS TABLE (id uuid, ref text, title text) ${invoker} AS $$
      SELECT r.id, r.ref, r.title FROM requirements r WHERE r.id = ANY (p_ids) $$`);
    await q.query(`CREATE FUNCTION finding_titles(p_ids uuid[]) RETURNS TABLE (id uuid, title text) ${invoker} AS $$
      SELECT f.id, f.title FROM findings f WHERE f.id = ANY (p_ids) $$`);
    for (const f of DEFINER) await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of [...DEFINER, ...INVOKER]) await q.query(`DROP FUNCTION IF EXISTS ${f}`);
  }
}
