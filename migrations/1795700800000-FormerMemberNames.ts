import type { MigrationInterface, QueryRunner } from 'typeorm';

const NAMES = (formerMembers: boolean) => `CREATE OR REPLACE FUNCTION user_display_names(p_ids uuid[]) RETURNS TABLE (id uuid, name text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT u.id, u.name FROM users u
       WHERE u.id = ANY (p_ids) AND app_org_id() IS NOT NULL
         AND (EXISTS (
           SELECT 1 FROM memberships m
            WHERE m.user_id = u.id
              AND (m.organization_id = app_org_id()
                   OR EXISTS (SELECT 1 FROM workspace_participants mine
                                JOIN workspace_participants theirs ON theirs.workspace_id = mine.workspace_id
                               WHERE mine.organization_id = app_org_id() AND mine.status = 'accepted'
                                 AND theirs.organization_id = m.organization_id AND theirs.status = 'accepted')))${
                                   formerMembers
                                     ? `
           OR EXISTS (SELECT 1 FROM audit_events e
                       WHERE e.stream_type = 'organization' AND e.stream_id = app_org_id()
                         AND e.subject_type = 'User' AND e.subject_id = u.id::text)`
                                     : ''
                                 }) $$`;

/**
 * The audit log names former members too: a user the organization's own stream has an event
 * about (added, role changed, removed) keeps their name in its log after leaving (found through
 * `ix_audit_events_stream_subject`). Before, removing an admin turned every event they caused
 * into an unnamed actor, just when the remaining owners need to see what they did.
 */
export class FormerMemberNames1795700800000 implements MigrationInterface {
  name = 'FormerMemberNames1795700800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(NAMES(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(NAMES(false));
  }
}
