import { MemberRole, OrganizationKind } from '@attesta/core';
import { AuditService } from '@attesta/audit';
import { RecognitionPathwaysService } from '@attesta/recognition';
import { ReviewReadsService } from '@attesta/reviews';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { seedDemoIfEmpty } from '../../scripts/seed/demo-seed.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/** The demo seed follows the product's rules: what it issues passes the same checks a user's would. */
describe('Demo seed', () => {
  let t: TestApp;
  let dbUrl: string;
  const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => adminQuery<T>(dbUrl, q, p);

  beforeAll(async () => {
    t = await createTestApp();
    dbUrl = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('seeds once: one attestation per decision, each claiming exactly its scope; the surveillance one supersedes the first; a compliant bid relies on it', async () => {
    expect((await seedDemoIfEmpty(t.app)).created).toBe(true);
    const attestations = await sql<{
      id: string;
      serial: string;
      decision_id: string;
      status: string;
      superseded_by_id: string | null;
      markets: string[];
      framework_ids: string[];
      scope_markets: string[];
      scope_framework_ids: string[];
    }>(
      `SELECT a.id, a.serial, a.decision_id, a.status, a.superseded_by_id, a.markets, ARRAY(SELECT f->>'id' FROM jsonb_array_elements(a.frameworks) f ORDER BY 1) AS framework_ids,
              d.scope_markets, ARRAY(SELECT x::text FROM unnest(d.scope_framework_ids) x ORDER BY 1) AS scope_framework_ids
         FROM attestations a JOIN decisions d ON d.id = a.decision_id ORDER BY a.issued_at`,
    );
    expect(attestations.map((a) => a.status)).toEqual(['superseded', 'active']);
    expect(new Set(attestations.map((a) => a.decision_id)).size).toBe(2);
    const [first, current] = attestations;
    expect(first!.superseded_by_id).toBe(current!.id);
    // The surveillance decision is conformant with one condition, due in 60 days and resting on a finding.
    const [conditional] = await sql<{ outcome: string; condition_details: { text: string; dueDate: string; findingId: string }[] }>(
      'SELECT d.outcome, d.condition_details FROM decisions d WHERE d.id = $1',
      [current!.decision_id],
    );
    expect(conditional!.outcome).toBe('conformant_with_conditions');
    expect(conditional!.condition_details).toEqual([
      expect.objectContaining({ dueDate: new Date(Date.now() + 60 * 86400_000).toISOString().slice(0, 10), findingId: expect.any(String) }),
    ]);
    for (const a of attestations) {
      expect([...a.markets].sort()).toEqual([...a.scope_markets].sort());
      expect(a.framework_ids).toEqual(a.scope_framework_ids);
    }
    // The surveillance attestation states the competence summary of CloudOps' roster frozen with its submission (counts only).
    const [cred] = await sql<{ credential: string }>('SELECT credential FROM attestations WHERE id = $1', [current!.id]);
    const competence = (
      JSON.parse(Buffer.from(cred!.credential.split('.')[1]!, 'base64url').toString('utf8')) as {
        credentialSubject: { competenceSummary?: { people: number; certifiedPeople: number; byMarket: { market: string }[] } };
      }
    ).credentialSubject.competenceSummary;
    expect(competence).toMatchObject({ people: 5, certifiedPeople: 4 });
    expect(competence!.byMarket.map((m) => m.market)).toEqual(expect.arrayContaining(['MY', 'TH', 'VN']));
    expect(cred!.credential).not.toContain('Nguyen');
    const bids = await sql<{ overall: string; attestation_ids: string[]; path: string | null }>(
      `SELECT overall, attestation_ids, compliance->'requirements'->0->'path'->>'kind' AS path FROM bids ORDER BY submitted_at`,
    );
    // The second tender asks for ISO/IEC 20000-1 or a recognised equivalent in TH: met through the approved mapping.
    expect(bids).toEqual([
      { overall: 'compliant', attestation_ids: [current!.id], path: null },
      { overall: 'compliant', attestation_ids: [current!.id], path: 'mapping' },
      // The service-level tender (docs/service-levels.md): answered from PredictCare's profile.
      { overall: 'compliant', attestation_ids: [current!.id], path: null },
    ]);
    const [sl] = await sql<{ result: string; at_risk: boolean; margin: string }>(
      `SELECT report->>'result' AS result, (report->>'atRisk')::boolean AS at_risk,
              report->'criteria'->0->'groups'->0->'requirements'->0->>'margin' AS margin FROM bid_service_levels`,
    );
    // Availability 99.9 % against ≥ 99.5 %: +0.4 pp; the measured outage 40 days ago puts the bid at risk.
    expect(sl).toEqual({ result: 'met', at_risk: true, margin: '0.4' });
    expect(await sql('SELECT 1 FROM service_level_findings')).toHaveLength(1);
    const [manufacturer] = await sql<{ user_id: string; organization_id: string }>(
      `SELECT m.user_id, m.organization_id FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE o.kind = 'manufacturer' AND m.role = 'owner' LIMIT 1`,
    );
    const [ws] = await sql<{ id: string }>('SELECT id FROM workspaces LIMIT 1');
    const pathways = await t.app.get(RecognitionPathwaysService).pathways(
      {
        kind: 'user',
        userId: manufacturer!.user_id,
        organizationId: manufacturer!.organization_id,
        organizationKind: OrganizationKind.Manufacturer,
        role: MemberRole.Owner,
      },
      ws!.id,
      'TH',
    );
    const iso = pathways.frameworks.find((f) => f.framework.code === 'iso-iec-20000-1');
    expect(iso).toMatchObject({ outcome: 'accept_with_residual_gaps', path: 'mapping', rule: { illustrative: true } });
    expect(iso!.residualGaps.length).toBeGreaterThan(0);
    // Every audit stream, the demo workspace's included, ends in a signed checkpoint at its head.
    const heads = await sql<{ stream_type: string; head: string; sealed: string | null }>(
      `SELECT e.stream_type, max(e.seq)::text AS head, (SELECT max(c.seq)::text FROM audit_checkpoints c WHERE c.stream_id = e.stream_id) AS sealed
         FROM audit_events e GROUP BY e.stream_type, e.stream_id`,
    );
    expect(heads.some((h) => h.stream_type === 'workspace')).toBe(true);
    for (const h of heads) expect(h.sealed).toBe(h.head);
    // The built-in baseline reads in Chinese and Vietnamese (shipped content); the demo's 2.0 draft carries them as its own translations.
    const translations = await sql<{ version: string; locale: string; framework_title: string; requirements: number; total: number }>(
      `SELECT f.version, t.locale, t.title AS framework_title,
              (SELECT count(*)::int FROM requirement_translations rt WHERE rt.framework_id = f.id AND rt.locale = t.locale AND rt.title IS NOT NULL) AS requirements,
              (SELECT count(*)::int FROM requirements r WHERE r.framework_id = f.id) AS total
         FROM frameworks f JOIN framework_translations t ON t.framework_id = f.id
        WHERE f.code = 'attesta-dser' AND t.locale IN ('zh-CN', 'vi') ORDER BY f.version, t.locale`,
    );
    expect(translations.map((r) => `${r.version} ${r.locale}`)).toEqual(['1.0 vi', '1.0 zh-CN', '2.0-draft vi', '2.0-draft zh-CN']);
    expect(translations.find((r) => r.version === '1.0' && r.locale === 'zh-CN')!.framework_title).toBe('数字服务出口就绪基线');
    for (const r of translations) expect(r.requirements, `${r.version} ${r.locale}`).toBe(r.total);
    // The current attestation names the baseline in both languages.
    const named = JSON.parse(Buffer.from(cred!.credential.split('.')[1]!, 'base64url').toString('utf8')) as {
      description: { '@language': string; '@value': string }[];
    };
    expect(named.description.find((d) => d['@language'] === 'vi')!['@value']).toContain('Bộ tiêu chí cơ sở về sẵn sàng xuất khẩu dịch vụ số 1.0');
    // Some demo people read the portal (and their mail) in their own language.
    const locales = await sql<{ email: string; locale: string | null }>(`SELECT email, locale FROM users WHERE email LIKE '%.demo' ORDER BY email`);
    expect(Object.fromEntries(locales.map((u) => [u.email, u.locale]))).toMatchObject({
      'quang@hpm.demo': 'vi',
      'mai@adcs.demo': 'vi',
      'hoa@boa.demo': 'zh-CN',
      'dara@mekong.demo': 'th',
      'lan@hpm.demo': null,
    });
    // The manufacturer's owner has work waiting of every kind (the Singapore readiness workspace), most urgent first.
    const owner = {
      kind: 'user' as const,
      userId: manufacturer!.user_id,
      organizationId: manufacturer!.organization_id,
      organizationKind: OrganizationKind.Manufacturer,
      role: MemberRole.Owner,
    };
    const actions = await t.app.get(ReviewReadsService).actionItems(owner, {});
    // Also the surveillance decision's condition: its needs-information verdict and the minor finding it rests on.
    expect(actions.verdicts.map((v) => v.outcome)).toEqual(['not_satisfied', 'needs_information', 'needs_information']);
    expect(actions.findings.map((f) => [f.title, f.overdue])).toEqual([
      ['No valid SLA for the Singapore service', true],
      ['Escalation contact missing from the incident response plan', false],
      ['No escalation contact for Thai customers in the incident response plan', false],
    ]);
    expect(new Set(actions.evidence.map((e) => e.freshness))).toEqual(new Set(['expired', 'expiring']));
    // The main workspace's audit log tells a varied story, its people and objects by name.
    const [main] = await sql<{ id: string }>(`SELECT id FROM workspaces WHERE name LIKE '%ASEAN export readiness' LIMIT 1`);
    const stream = { type: 'workspace' as const, id: main!.id };
    const events = (await t.app.get(AuditService).list(owner, stream, { limit: 200, order: 'asc' })).data;
    expect(new Set(events.map((e) => e.action)).size).toBeGreaterThanOrEqual(12);
    expect(events.find((e) => e.action === 'evidence.version_uploaded')!.names).toMatchObject({ actor: 'Wei Tan', organization: 'CloudOps Analytics Pte Ltd' });
    expect(events.find((e) => e.action === 'finding.raised')!.names.finding).toBe('Remote technician training records about to expire');
    // A second run leaves the database alone.
    expect((await seedDemoIfEmpty(t.app)).created).toBe(false);
    expect(await sql('SELECT id FROM attestations')).toHaveLength(2);
  }, 180_000);
});
