import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `actor_person(actor)`: the person an actor id stands for, for separation of duties. An API
 * key acts for the user who created it (`api_keys.created_by`, when that is a user and not the
 * organization); any other id (a user, a key created by a key, a system actor) stands for itself.
 * Impartiality (who uploaded evidence may not judge or decide on it) and four-eyes (the one who
 * recorded a decision may not confirm it) compare persons, so that one person cannot pass both
 * by acting once with a session and once with a key, or with two keys. SECURITY DEFINER: the key
 * may belong to another organization of the same person (a vendor's key behind its uploads,
 * compared in the assessor's review); it answers only the creating user's id.
 */
export class ActorPerson1795700000000 implements MigrationInterface {
  name = 'ActorPerson1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION actor_person(p_actor text) RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT COALESCE(
        CASE WHEN p_actor ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
             THEN (SELECT k.created_by::text FROM api_keys k WHERE k.id = p_actor::uuid AND k.created_by <> k.organization_id) END,
        p_actor) $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION actor_person(text) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION actor_person(text)`);
  }
}
