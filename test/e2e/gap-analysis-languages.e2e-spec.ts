import { OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { fewestStatements } from '../setup/query-count.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

interface GapRowBody {
  frameworkId: string;
  requirementId: string;
  ref: string;
  title: string;
  titleLanguage: string;
  status: string;
}
interface FrameworkGapBody {
  frameworkId: string;
  code: string;
  title: string;
  titleLanguage: string;
  total: number;
}
interface GapAnalysisBody {
  frameworks: FrameworkGapBody[];
  rows: GapRowBody[];
}
interface RequirementViewBody {
  requirement: { id: string; ref: string; title: string; titleLanguage: string; statement: string | null; statementLanguage: string };
  framework: { id: string; code: string; title: string; titleLanguage: string };
  gap: { ref: string; title: string; titleLanguage: string };
}

// Shipped with the built-in baseline (libs/catalog/data/translations/attesta-dser-1.0.json).
const DSER_TITLE = { 'zh-CN': '数字服务出口就绪基线', vi: 'Bộ tiêu chí cơ sở về sẵn sàng xuất khẩu dịch vụ số', th: 'เกณฑ์พื้นฐานความพร้อมส่งออกบริการดิจิทัล' };
const DSER_1_1_TITLE = { 'zh-CN': '服务层级说明', vi: 'Mô tả từng lớp dịch vụ' };

describe('Gap analysis and requirement page in the reader’s language', () => {
  let t: TestApp;
  let http: Client;
  let maker: TestOrg;
  let outsider: TestOrg;
  let outsiderKey: Credentials;
  let ws: TestWorkspace;
  let source: GapAnalysisBody;
  let dser11: GapRowBody;

  const gapAnalysis = async (as: Credentials, acceptLanguage?: string) => {
    const res = await http.call<GapAnalysisBody>('GET', `/v1/workspaces/${ws.id}/gap-analysis`, {
      as,
      headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
    return res.body;
  };
  const requirementPage = (as: Credentials, requirementId: string, acceptLanguage: string) =>
    http.call<RequirementViewBody>('GET', `/v1/workspaces/${ws.id}/requirements/${requirementId}`, { as, headers: { 'accept-language': acceptLanguage } });
  /** The analysis with titles and their languages left out: what must not depend on the language. */
  const withoutTitles = (a: GapAnalysisBody) => ({
    ...a,
    frameworks: a.frameworks.map(({ title: _t, titleLanguage: _l, ...f }) => f),
    rows: a.rows.map(({ title: _t, titleLanguage: _l, ...r }) => r),
  });

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    const w = workspaceFactories(http);
    [maker, outsider] = await Promise.all([w.newOrganization(OrganizationKind.Manufacturer), w.newOrganization(OrganizationKind.Manufacturer)]);
    outsiderKey = (await w.newApiKey(outsider, ['evidence:read', 'workspaces:read', 'reviews:read'])).as;
    // The baseline (translated into zh-CN and vi) and ISO/IEC 27001 (not translated).
    ws = await w.newWorkspace(maker);
    source = await gapAnalysis(maker.owner.as);
    dser11 = source.rows.find((r) => r.ref === 'DSER-1.1')!;
    expect(dser11).toBeDefined();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('answers in the source language without Accept-Language', () => {
    expect(source.frameworks.map((f) => f.titleLanguage)).toEqual(['en', 'en']);
    expect(source.rows.every((r) => r.titleLanguage === 'en')).toBe(true);
    expect(source.frameworks.find((f) => f.code === 'attesta-dser')!.title).not.toBe(DSER_TITLE['zh-CN']);
  });

  for (const locale of ['zh-CN', 'vi'] as const) {
    it(`titles the baseline and its requirements in ${locale}, the untranslated framework in its source, nothing else changed`, async () => {
      const a = await gapAnalysis(maker.owner.as, locale === 'zh-CN' ? 'zh-CN,zh;q=0.9,en;q=0.5' : 'vi-VN,vi;q=0.9');
      const dser = a.frameworks.find((f) => f.code === 'attesta-dser')!;
      expect(dser).toMatchObject({ title: DSER_TITLE[locale], titleLanguage: locale });
      const iso = a.frameworks.find((f) => f.code === 'iso-iec-27001')!;
      expect(iso).toEqual(source.frameworks.find((f) => f.code === 'iso-iec-27001'));
      expect(a.rows.find((r) => r.ref === 'DSER-1.1')).toMatchObject({ title: DSER_1_1_TITLE[locale], titleLanguage: locale });
      expect(a.rows.filter((r) => r.frameworkId === dser.frameworkId).every((r) => r.titleLanguage === locale)).toBe(true);
      const isoRows = a.rows.filter((r) => r.frameworkId === iso.frameworkId);
      expect(isoRows.length).toBeGreaterThan(0);
      expect(isoRows).toEqual(source.rows.filter((r) => r.frameworkId === iso.frameworkId));
      // Same rows in the same order, same counts: only the titles follow the reader.
      expect(withoutTitles(a)).toEqual(withoutTitles(source));
    });
  }

  it('falls back to the source text for a language without a translation (fr), text by text for one with some (th)', async () => {
    expect(await gapAnalysis(maker.owner.as, 'fr-FR,fr;q=0.9')).toEqual(source);
    const th = await gapAnalysis(maker.owner.as, 'th');
    expect(th.frameworks.find((f) => f.code === 'attesta-dser')).toMatchObject({ title: DSER_TITLE.th, titleLanguage: 'th' });
    expect(th.rows).toEqual(source.rows);
  });

  it('keeps the CSV export in the source language whatever the caller reads', async () => {
    const csv = await http.call<string>('GET', `/v1/workspaces/${ws.id}/gap-analysis?format=csv`, {
      as: maker.owner.as,
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(csv.status).toBe(200);
    expect(csv.body).toContain(dser11.title);
    expect(csv.body).not.toContain(DSER_1_1_TITLE['zh-CN']);
  });

  it('reads the requirement page in zh-CN and vi, and in the source for fr', async () => {
    for (const locale of ['zh-CN', 'vi'] as const) {
      const res = await requirementPage(maker.owner.as, dser11.requirementId, locale);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.headers.get('vary')).toMatch(/accept-language/i);
      expect(res.body.requirement).toMatchObject({ ref: 'DSER-1.1', title: DSER_1_1_TITLE[locale], titleLanguage: locale });
      // The shipped translations carry titles only: the statement stays in its source language.
      expect(res.body.requirement.statementLanguage).toBe('en');
      expect(res.body.framework).toMatchObject({ code: 'attesta-dser', title: DSER_TITLE[locale], titleLanguage: locale });
      expect(res.body.gap).toMatchObject({ ref: 'DSER-1.1', title: DSER_1_1_TITLE[locale], titleLanguage: locale });
    }
    const fr = await requirementPage(maker.owner.as, dser11.requirementId, 'fr');
    expect(fr.status).toBe(200);
    expect(fr.body.requirement).toMatchObject({ title: dser11.title, titleLanguage: 'en', statementLanguage: 'en' });
    expect(fr.body.framework).toMatchObject({ title: source.frameworks.find((f) => f.code === 'attesta-dser')!.title, titleLanguage: 'en' });
    expect(fr.body.gap).toMatchObject({ title: dser11.title, titleLanguage: 'en' });
  });

  it('costs the same statements in any language', async () => {
    const statementsOf = (acceptLanguage: string) => fewestStatements(() => gapAnalysis(maker.owner.as, acceptLanguage));
    expect(await statementsOf('zh-CN')).toBe(await statementsOf('en'));
  });

  it('shows another organization’s user and key nothing, in any language', async () => {
    for (const as of [outsider.owner.as, outsiderKey]) {
      expectProblem(await http.call('GET', `/v1/workspaces/${ws.id}/gap-analysis`, { as, headers: { 'accept-language': 'zh-CN' } }), 404);
      expectProblem(await requirementPage(as, dser11.requirementId, 'vi'), 404);
    }
  });

  it('titles the statement of applicability in the reader’s language too (as the gap analysis), the source title where not translated', async () => {
    const rows = async (acceptLanguage?: string, frameworkId?: string) => {
      const res = await http.call<{ data: { requirementId: string; frameworkId: string; ref: string; title: string }[] }>(
        'GET',
        `/v1/workspaces/${ws.id}/applicability?limit=200&frameworkId=${frameworkId ?? dser11.frameworkId}`,
        { as: maker.owner.as, headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} },
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.headers.get('vary')).toMatch(/accept-language/i);
      return res.body.data;
    };
    const source = await rows();
    const chinese = await rows('zh-CN');
    expect(chinese.find((r) => r.ref === 'DSER-1.1')?.title).toBe(DSER_1_1_TITLE['zh-CN']);
    expect(source.find((r) => r.ref === 'DSER-1.1')?.title).toBe(dser11.title);
    // The same rows in the same order, whatever the language.
    expect(chinese.map((r) => r.requirementId)).toEqual(source.map((r) => r.requirementId));
    // ISO/IEC 27001 has no translation: its titles stay as published.
    const other = ws.frameworkIds.find((id) => id !== dser11.frameworkId)!;
    const isoSource = await rows(undefined, other);
    expect(isoSource.length).toBeGreaterThan(0);
    expect((await rows('zh-CN', other)).map((r) => r.title)).toEqual(isoSource.map((r) => r.title));
  });
});
