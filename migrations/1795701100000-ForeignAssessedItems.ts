import type { MigrationInterface, QueryRunner } from 'typeorm';

const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
const SIGNATURE = 'foreign_credentials_recognised(uuid[], timestamptz)';

/** A JSON value as a list, as the import reads one: an array as is, nothing as empty, anything else as a list of one. */
const asList = (x: string) =>
  `CASE WHEN ${x} IS NULL OR jsonb_typeof(${x}) = 'null' THEN '[]'::jsonb WHEN jsonb_typeof(${x}) = 'array' THEN ${x} ELSE jsonb_build_array(${x}) END`;
/** A non-empty JSON string, else null. */
const str = (x: string) => `CASE WHEN jsonb_typeof(${x}) = 'string' AND ${x} #>> '{}' <> '' THEN ${x} #>> '{}' END`;

/**
 * What the stored JWS payload of each credential names as assessed, as the import reads it
 * (libs/foreign-credentials `assessedItemsOf`): the products (`modelVersion`), services
 * (`version`) and facilities of the conforming assessments, then the subject's
 * `assessedOffering` and its components (products when hardware, firmware or connectivity,
 * services otherwise), entries naming neither id nor name left out, each once, in that order.
 */
const ASSESSED_ITEMS = `
  WITH payloads AS (
    SELECT id, convert_from(decode(rpad(translate(split_part(jwt, '.', 2), '-_', '+/'), ((length(split_part(jwt, '.', 2)) + 3) / 4) * 4, '='), 'base64'), 'UTF8')::jsonb AS p
      FROM foreign_credentials),
  subjects AS (
    SELECT id, CASE jsonb_typeof(p->'credentialSubject') WHEN 'array' THEN p->'credentialSubject'->0 ELSE p->'credentialSubject' END AS s FROM payloads),
  entries AS (
    SELECT sb.id, a.n AS a_n, g.g, e.n AS e_n, g.kind, e.v->g.item_key AS item, g.version_key
      FROM subjects sb
     CROSS JOIN LATERAL jsonb_array_elements(${asList(`(sb.s->'assessment')`)}) WITH ORDINALITY a(v, n)
     CROSS JOIN LATERAL (VALUES (1, 'product', 'assessedProduct', 'product', 'modelVersion'),
                                (2, 'service', 'assessedService', 'service', 'version'),
                                (3, 'facility', 'assessedFacility', 'facility', NULL)) g(g, kind, list_key, item_key, version_key)
     CROSS JOIN LATERAL jsonb_array_elements(${asList(`(a.v->g.list_key)`)}) WITH ORDINALITY e(v, n)
     WHERE jsonb_typeof(a.v) = 'object' AND a.v->'conformance' = 'true'::jsonb
    UNION ALL
    SELECT sb.id, 2147483647, 4, 0, 'offering', sb.s->'assessedOffering', NULL
      FROM subjects sb WHERE jsonb_typeof(sb.s->'assessedOffering') = 'object'
    UNION ALL
    SELECT sb.id, 2147483647, 5, c.n,
           CASE WHEN ${str(`(c.v->'componentKind')`)} IN ('hardware', 'firmware', 'connectivity') THEN 'product' ELSE 'service' END, c.v, 'version'
      FROM subjects sb
     CROSS JOIN LATERAL jsonb_array_elements(${asList(`(sb.s->'assessedOffering'->'components')`)}) WITH ORDINALITY c(v, n)
     WHERE jsonb_typeof(sb.s->'assessedOffering') = 'object'),
  items AS (
    SELECT DISTINCT ON (id, kind, item_id, name, version) id, a_n, g, e_n, kind, item_id, name, version
      FROM (SELECT id, a_n, g, e_n, kind, ${str(`(item->'id')`)} AS item_id, ${str(`(item->'name')`)} AS name,
                   CASE WHEN version_key IS NULL THEN NULL ELSE ${str(`(item->version_key)`)} END AS version
              FROM entries WHERE jsonb_typeof(item) = 'object') x
     WHERE item_id IS NOT NULL OR name IS NOT NULL
     ORDER BY id, kind, item_id, name, version, a_n, g, e_n)
  SELECT id, jsonb_agg(jsonb_build_object('kind', kind, 'id', item_id, 'name', name, 'version', version) ORDER BY a_n, g, e_n) AS assessed_items
    FROM items GROUP BY id`;

/** The read model's function, with or without the assessed items. */
const RECOGNISED = (withItems: boolean) => `CREATE FUNCTION ${SIGNATURE.replace('(uuid[], timestamptz)', '(p_orgs uuid[], p_at timestamptz)')}
      RETURNS TABLE (id uuid, organization_id uuid, credential_id text, issuer_did text, issuer_name text, trust_body_id uuid, trust_body_name text,
                     frameworks jsonb, markets text[], subject_name text, valid_from timestamptz, valid_until timestamptz, checked_at timestamptz${withItems ? ', assessed_items jsonb' : ''}) ${definer} AS $$
      SELECT c.id, c.organization_id, c.credential_id, c.issuer_did, c.issuer_name, c.trust_body_id, c.trust_body_name,
             c.frameworks, c.markets, c.subject_name, c.valid_from, c.valid_until, c.checked_at${withItems ? ', c.assessed_items' : ''}
        FROM foreign_credentials c
        JOIN accreditation_bodies b ON b.id = c.trust_body_id AND b.listed AND c.issuer_did = ANY(b.dids)
       WHERE c.organization_id = ANY(p_orgs) AND c.status = 'recognised'
         AND (c.valid_from IS NULL OR c.valid_from <= p_at) AND (c.valid_until IS NULL OR c.valid_until > p_at)
       ORDER BY c.organization_id, c.id $$`;

/** Credentials naming a product, service or offering: they count only for an offering they cover. */
const NAMING = `EXISTS (SELECT 1 FROM jsonb_array_elements(fc.assessed_items) x WHERE x->>'kind' <> 'facility')`;

/**
 * A foreign credential counts for a bid only when what it assessed covers the bid's offering
 * (docs/foreign-credentials.md): before, a recognised credential met "T or a recognised
 * equivalent in M" for any offering of its holder. What each credential names as assessed is
 * kept (`assessed_items`, read here from the stored JWS payload as the import reads it) and the
 * read model `foreign_credentials_recognised` returns it (its result type changes: dropped and
 * created, with its grants kept). Open bids that met a requirement through a credential naming
 * what it assessed are judged again on their next read (a report without its basis is stale).
 */
export class ForeignAssessedItems1795701100000 implements MigrationInterface {
  name = 'ForeignAssessedItems1795701100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE foreign_credentials ADD COLUMN assessed_items jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`UPDATE foreign_credentials f SET assessed_items = x.assessed_items FROM (${ASSESSED_ITEMS}) x WHERE x.id = f.id`);
    await redefine(q, RECOGNISED(true));
    await q.query(
      `UPDATE bids b SET compliance = b.compliance - 'basis'
        WHERE b.status = 'submitted' AND b.compliance ? 'basis'
          AND EXISTS (SELECT 1 FROM jsonb_array_elements(${asList(`(b.compliance->'requirements')`)}) r
                        JOIN foreign_credentials fc ON fc.id::text = r->'path'->'foreignCredential'->>'id'
                       WHERE ${NAMING})`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Such credentials count for every offering of their holder again: the holders' open bids are judged again.
    await q.query(
      `UPDATE bids b SET compliance = b.compliance - 'basis'
        WHERE b.status = 'submitted' AND b.compliance ? 'basis'
          AND b.organization_id IN (SELECT fc.organization_id FROM foreign_credentials fc WHERE ${NAMING})`,
    );
    await redefine(q, RECOGNISED(false));
    await q.query(`ALTER TABLE foreign_credentials DROP COLUMN assessed_items`);
  }
}

/**
 * Drops the function and creates it as given, with the grants it had: not to PUBLIC (as created
 * first), to the roles it was granted to (the app role, by the migration runner), so a running
 * app keeps calling it between this migration and the runner's grants.
 */
async function redefine(q: QueryRunner, create: string): Promise<void> {
  const grantees = (await q.query(
    `SELECT DISTINCT quote_ident(r.rolname) AS role
       FROM pg_proc p CROSS JOIN LATERAL aclexplode(p.proacl) a JOIN pg_roles r ON r.oid = a.grantee
      WHERE p.oid = '${SIGNATURE}'::regprocedure AND a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner`,
  )) as { role: string }[];
  await q.query(`DROP FUNCTION ${SIGNATURE}`);
  await q.query(create);
  await q.query(`REVOKE EXECUTE ON FUNCTION ${SIGNATURE} FROM PUBLIC`);
  for (const g of grantees) await q.query(`GRANT EXECUTE ON FUNCTION ${SIGNATURE} TO ${g.role}`);
}
