import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * Seeds, as the superuser (row-level security does not apply), two workspaces of one owner
 * organization for the evidence benchmarks and the plan checks:
 *  - `big`: `evidenceRows` evidence items spread over `components` components; a contributor
 *    organization provides the first component, which holds one item in `contributorEvery`
 *    (a small supplier in a large workspace: its first page is spread thin over the workspace);
 *  - `gap`: a framework of `controls` controls (NIST SP 800-53 MODERATE has 287) and a second
 *    one crosswalked to it, `links` links from live evidence (one version each) to them.
 * A third framework of `otherControls` controls, crosswalked to the first, is in no workspace:
 * the gap analysis has no reason to read it or its mappings.
 */
export interface EvidenceSeedOptions {
  evidenceRows: number;
  components?: number;
  controls?: number;
  otherControls?: number;
  links?: number;
  contributorEvery?: number;
  /** Every item gets a current version (as uploaded evidence has), not only the analysed workspace's. */
  versionsEverywhere?: boolean;
}

export interface EvidenceSeed {
  ownerOrg: string;
  contributorOrg: string;
  bigWorkspace: string;
  gapWorkspace: string;
  contributorComponents: string[];
}

export async function seedEvidence(adminDatabaseUrl: string, o: EvidenceSeedOptions): Promise<EvidenceSeed> {
  const components = o.components ?? 20;
  const controls = o.controls ?? 287;
  const otherControls = o.otherControls ?? 1200;
  const links = o.links ?? 5000;
  const every = o.contributorEvery ?? 1000;
  const c = new pg.Client({ connectionString: adminDatabaseUrl });
  await c.connect();
  try {
    const [ownerOrg, contributorOrg, offering, bigWorkspace, gapWorkspace] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const [fw, fwMapped, fwOther] = [randomUUID(), randomUUID(), randomUUID()];
    await c.query('BEGIN');
    await c.query(
      `INSERT INTO organizations (id, name, kind, created_at) VALUES ($1, 'Bench owner', 'manufacturer', now()), ($2, 'Bench supplier', 'supplier', now())`,
      [ownerOrg, contributorOrg],
    );
    await c.query(`INSERT INTO offerings (id, organization_id, name, created_at, updated_at) VALUES ($1, $2, 'Bench offering', now(), now())`, [
      offering,
      ownerOrg,
    ]);
    const componentIds: string[] = (
      await c.query<{ id: string }>(
        `INSERT INTO offering_components (id, offering_id, organization_id, name, kind, version, created_at)
         SELECT gen_random_uuid(), $1, $2, 'component ' || g, 'software', '1', now() FROM generate_series(1, $3) g RETURNING id`,
        [offering, ownerOrg, components],
      )
    ).rows.map((r) => r.id);
    for (const ws of [bigWorkspace, gapWorkspace]) {
      await c.query(
        `INSERT INTO workspaces (id, organization_id, offering_id, name, target_markets, created_at, updated_at) VALUES ($1, $2, $3, 'Bench', '{}', now(), now())`,
        [ws, ownerOrg, offering],
      );
      await c.query(
        `INSERT INTO workspace_participants (id, workspace_id, organization_id, role, status, component_ids, invited_by_organization_id, created_at)
         VALUES (gen_random_uuid(), $1, $2, 'owner', 'accepted', '{}', $2, now()),
                (gen_random_uuid(), $1, $3, 'contributor', 'accepted', $4::uuid[], $2, now())`,
        [ws, ownerOrg, contributorOrg, [componentIds[0]]],
      );
    }
    const framework = async (id: string, code: string, n: number) => {
      await c.query(`INSERT INTO frameworks (id, code, title, version, source, created_at) VALUES ($1, $2, $2, '1', 'custom', now())`, [id, code]);
      await c.query(
        `INSERT INTO requirements (id, framework_id, kind, ref, title, sort_order, depth)
         SELECT gen_random_uuid(), $1, 'control', $2 || '-' || g, 'Control ' || g, g, 1 FROM generate_series(1, $3) g`,
        [id, code, n],
      );
    };
    await framework(fw, `bench-moderate-${fw.slice(0, 8)}`, controls);
    await framework(fwMapped, `bench-mapped-${fw.slice(0, 8)}`, Math.ceil(controls / 3));
    await framework(fwOther, `bench-other-${fw.slice(0, 8)}`, otherControls);
    // Crosswalks: the mapped framework covers the first third equally; the other framework maps onto every control.
    await c.query(
      `INSERT INTO requirement_mappings (id, source_requirement_id, target_requirement_id, relation, created_at)
       SELECT gen_random_uuid(), s.id, t.id, 'equal', now() FROM requirements s JOIN requirements t ON t.framework_id = $2 AND t.sort_order = s.sort_order
        WHERE s.framework_id = $1`,
      [fwMapped, fw],
    );
    await c.query(
      `INSERT INTO requirement_mappings (id, source_requirement_id, target_requirement_id, relation, created_at)
       SELECT gen_random_uuid(), s.id, t.id, CASE j WHEN 0 THEN 'equal' ELSE 'intersects' END, now()
         FROM requirements s CROSS JOIN generate_series(0, 1) j
         JOIN requirements t ON t.framework_id = $2 AND t.sort_order = 1 + (s.sort_order + j) % $3
        WHERE s.framework_id = $1`,
      [fwOther, fw, controls],
    );
    await c.query(`INSERT INTO workspace_frameworks (workspace_id, framework_id, created_at) VALUES ($1, $2, now()), ($1, $3, now())`, [
      gapWorkspace,
      fw,
      fwMapped,
    ]);

    const evidence = (ws: string, n: number) =>
      c.query(
        `INSERT INTO evidence (id, workspace_id, organization_id, component_id, type, title, confidentiality, effective_date, valid_until, created_by, created_at, updated_at)
         SELECT gen_random_uuid(), $1, CASE WHEN g % $7 = 0 THEN $5::uuid ELSE $4::uuid END,
                CASE WHEN g % $7 = 0 THEN ($2::uuid[])[1] ELSE ($2::uuid[])[2 + g % ($3 - 1)] END, 'policy', 'Evidence ' || g, 'internal',
                current_date - 30, CASE g % 7 WHEN 0 THEN current_date - 1 WHEN 1 THEN current_date + 10 WHEN 2 THEN NULL ELSE current_date + 400 END,
                'bench', now(), now()
           FROM generate_series(1, $6) g`,
        [ws, componentIds, components, ownerOrg, contributorOrg, n, every],
      );
    await evidence(bigWorkspace, o.evidenceRows);
    const gapItems = Math.ceil(links / 2);
    await evidence(gapWorkspace, gapItems);
    await c.query(
      `INSERT INTO evidence_versions (id, evidence_id, workspace_id, number, storage_key, filename, media_type, size, sha256, uploaded_by, uploaded_by_organization_id, created_at)
       SELECT gen_random_uuid(), e.id, e.workspace_id, 1, 'bench/' || e.id, 'e.pdf', 'application/pdf', 1, repeat('0', 64), 'bench', e.organization_id, now()
         FROM evidence e WHERE e.workspace_id = $1 OR $2`,
      [gapWorkspace, o.versionsEverywhere ?? false],
    );
    await c.query(`UPDATE evidence e SET current_version_id = v.id FROM evidence_versions v WHERE v.evidence_id = e.id`);
    // Two links per item, onto controls of the workspace's frameworks (both), round robin.
    await c.query(
      `WITH reqs AS (SELECT id, row_number() OVER (ORDER BY framework_id, sort_order) AS k, count(*) OVER () AS n FROM requirements WHERE framework_id IN ($2, $3)),
            items AS (SELECT id, organization_id, row_number() OVER (ORDER BY id) AS k FROM evidence WHERE workspace_id = $1)
       INSERT INTO evidence_links (id, workspace_id, evidence_id, requirement_id, created_by, organization_id, created_at)
       SELECT gen_random_uuid(), $1, i.id, r.id, 'bench', i.organization_id, now()
         FROM items i CROSS JOIN generate_series(0, 1) j JOIN reqs r ON r.k = 1 + ((i.k * 2 + j * 7) % r.n)
        LIMIT $4
       ON CONFLICT DO NOTHING`,
      [gapWorkspace, fw, fwMapped, links],
    );
    await c.query('COMMIT');
    await c.query('ANALYZE');
    return { ownerOrg, contributorOrg, bigWorkspace, gapWorkspace, contributorComponents: [componentIds[0]!] };
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await c.end();
  }
}
