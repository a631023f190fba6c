import { OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, type TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

interface FrameworkBody {
  id: string;
  code: string;
  title: string;
  titleLanguage: string;
  sourceLanguage: string;
  languages: string[];
  description: string | null;
  descriptionLanguage: string | null;
}
interface RequirementBody {
  id: string;
  ref: string;
  title: string;
  titleLanguage: string;
  statement: string | null;
  statementLanguage: string | null;
}
interface PageBody<T> {
  data: T[];
  nextCursor: string | null;
}

const CRITERIA = {
  code: 'acme-remote-om',
  title: 'ACME tender criteria for remote O&M services',
  version: '2026.1',
  description: 'What ACME asks of remote operation and maintenance services.',
  translations: {
    'zh-CN': { title: 'ACME 远程运维服务招标准则', description: 'ACME 对远程运维服务的要求。' },
    vi: { title: 'Tiêu chí mời thầu dịch vụ vận hành và bảo trì từ xa của ACME' },
  },
  requirements: [
    { ref: 'BUY-1', title: 'Remote operations', translations: { 'zh-CN': { title: '远程运维' }, vi: { title: 'Vận hành từ xa' } } },
    {
      ref: 'BUY-1.1',
      parentRef: 'BUY-1',
      title: 'Remote access is logged',
      statement: 'Every remote session is logged with technician, time and actions.',
      translations: {
        'zh-CN': { title: '远程访问有日志记录', statement: '每次远程会话均记录技术人员、时间和操作。' },
        vi: { title: 'Ghi nhật ký truy cập từ xa' },
      },
    },
    { ref: 'BUY-1.2', parentRef: 'BUY-1', title: 'Technicians are trained', statement: 'Remote technicians hold a current training record.' },
  ],
};

describe('Catalog translations (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let a: TestOrg;
  let b: TestOrg;
  let aKey: Credentials;
  let bKey: Credentials;
  let framework: FrameworkBody;

  const lang = (as: Credentials, acceptLanguage?: string): { as: Credentials; headers: Record<string, string> } => ({
    as,
    headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  });
  const requirements = async (id: string, as: Credentials, acceptLanguage?: string) => {
    const res = await http.call<PageBody<RequirementBody>>('GET', `/v1/frameworks/${id}/requirements?limit=200`, lang(as, acceptLanguage));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return new Map(res.body.data.map((r) => [r.ref, r]));
  };

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    const f = factories(http);
    a = await f.newOrganization(OrganizationKind.Procurer);
    b = await f.newOrganization(OrganizationKind.Manufacturer);
    aKey = (await f.newApiKey(a, ['catalog:read', 'catalog:write'])).as;
    bKey = (await f.newApiKey(b, ['catalog:read', 'catalog:write'])).as;
    const created = await http.post<FrameworkBody>('/v1/frameworks', CRITERIA, a.owner.as);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    framework = created.body;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('imports a framework with translations and reads it in the caller’s language, the source text kept', async () => {
    expect(framework).toMatchObject({ title: CRITERIA.title, titleLanguage: 'en', sourceLanguage: 'en', languages: ['en', 'vi', 'zh-CN'] });

    const zh = await http.call<FrameworkBody>('GET', `/v1/frameworks/${framework.id}`, lang(a.owner.as, 'zh-CN,zh;q=0.9,en;q=0.5'));
    expect(zh.status).toBe(200);
    expect(zh.headers.get('vary')).toMatch(/accept-language/i);
    expect(zh.body).toMatchObject({
      title: 'ACME 远程运维服务招标准则',
      titleLanguage: 'zh-CN',
      description: 'ACME 对远程运维服务的要求。',
      descriptionLanguage: 'zh-CN',
    });
    const zhReqs = await requirements(framework.id, a.owner.as, 'zh-Hans-CN');
    expect(zhReqs.get('BUY-1.1')).toMatchObject({
      title: '远程访问有日志记录',
      titleLanguage: 'zh-CN',
      statement: '每次远程会话均记录技术人员、时间和操作。',
      statementLanguage: 'zh-CN',
    });
    // Not translated: the source text, saying it is English.
    expect(zhReqs.get('BUY-1.2')).toMatchObject({ title: 'Technicians are trained', titleLanguage: 'en', statementLanguage: 'en' });

    // Vietnamese: a translated title, the statement left in its source language; the description falls back too.
    const vi = await http.call<FrameworkBody>('GET', `/v1/frameworks/${framework.id}`, lang(aKey, 'vi-VN'));
    expect(vi.body).toMatchObject({ titleLanguage: 'vi', description: CRITERIA.description, descriptionLanguage: 'en' });
    const viReqs = await requirements(framework.id, aKey, 'vi');
    expect(viReqs.get('BUY-1.1')).toMatchObject({
      title: 'Ghi nhật ký truy cập từ xa',
      titleLanguage: 'vi',
      statement: CRITERIA.requirements[1]!.statement,
      statementLanguage: 'en',
    });
    const one = await http.call<RequirementBody>('GET', `/v1/frameworks/${framework.id}/requirements/${viReqs.get('BUY-1')!.id}`, lang(aKey, 'vi'));
    expect(one.body).toMatchObject({ title: 'Vận hành từ xa', titleLanguage: 'vi' });

    // A language we do not speak, or none: the source text.
    for (const header of ['fr-FR, de;q=0.8', undefined]) {
      const res = await http.call<FrameworkBody>('GET', `/v1/frameworks/${framework.id}`, lang(a.owner.as, header));
      expect(res.body).toMatchObject({ title: CRITERIA.title, titleLanguage: 'en' });
      expect((await requirements(framework.id, a.owner.as, header)).get('BUY-1.1')).toMatchObject({ title: 'Remote access is logged', titleLanguage: 'en' });
    }
    // Thai has no translation: the source text, in a list as well.
    const list = await http.call<PageBody<FrameworkBody>>('GET', '/v1/frameworks?source=custom&limit=200', lang(a.owner.as, 'th'));
    expect(list.body.data.find((x) => x.id === framework.id)).toMatchObject({ title: CRITERIA.title, titleLanguage: 'en' });
  });

  it('refuses translations in a locale it does not speak, or of a field that is not translatable, storing nothing', async () => {
    const bad = expectProblem(
      await http.post(
        '/v1/frameworks',
        {
          ...CRITERIA,
          code: 'acme-bad-translations',
          translations: { fr: { title: 'Critères' } },
          requirements: [{ ref: 'X-1', title: 'One', translations: { vi: { guidance: 'không' } } }],
        },
        a.owner.as,
      ),
      422,
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['translations.fr', 'requirements.0.translations.vi.guidance']));
    const list = await http.get<PageBody<FrameworkBody>>('/v1/frameworks?source=custom&limit=200', a.owner.as);
    expect(list.body.data.some((x) => x.code === 'acme-bad-translations')).toBe(false);
  });

  it('adds a language to an existing framework version (PUT), leaving the source texts as they are', async () => {
    const put = await http.call<FrameworkBody>('PUT', `/v1/frameworks/${framework.id}/translations/th`, {
      as: aKey,
      body: { title: 'เกณฑ์การประกวดราคาบริการปฏิบัติการและบำรุงรักษาระยะไกลของ ACME', requirements: [{ ref: 'BUY-1.2', title: 'ช่างเทคนิคผ่านการฝึกอบรม' }] },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ titleLanguage: 'th', languages: ['en', 'th', 'vi', 'zh-CN'] });
    expect((await requirements(framework.id, a.owner.as, 'th')).get('BUY-1.2')).toMatchObject({ title: 'ช่างเทคนิคผ่านการฝึกอบรม', titleLanguage: 'th' });
    // Replacing one text of a language keeps the others of it.
    const again = await http.call<FrameworkBody>('PUT', `/v1/frameworks/${framework.id}/translations/zh-CN`, {
      as: a.owner.as,
      body: { requirements: [{ ref: 'BUY-1.2', title: '技术人员经过培训' }] },
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.title).toBe('ACME 远程运维服务招标准则');
    const zhReqs = await requirements(framework.id, a.owner.as, 'zh-CN');
    expect(zhReqs.get('BUY-1.2')!.title).toBe('技术人员经过培训');
    expect(zhReqs.get('BUY-1.1')!.title).toBe('远程访问有日志记录');
    // The source (what manifests and exports cite) is unchanged.
    const en = await requirements(framework.id, a.owner.as, 'en');
    expect(en.get('BUY-1.2')).toMatchObject({ title: 'Technicians are trained', titleLanguage: 'en' });
    const oscal = await http.get<{ catalog: { metadata: { title: string } } }>(`/v1/frameworks/${framework.id}/export/oscal`, a.owner.as);
    expect(oscal.body.catalog.metadata.title).toBe(CRITERIA.title);

    const unknownRef = expectProblem(
      await http.call('PUT', `/v1/frameworks/${framework.id}/translations/vi`, { as: a.owner.as, body: { requirements: [{ ref: 'NOPE-9', title: 'Không' }] } }),
      422,
    );
    expect(unknownRef.errors).toEqual([expect.objectContaining({ field: 'requirements.0.ref' })]);
    expectProblem(await http.call('PUT', `/v1/frameworks/${framework.id}/translations/fr`, { as: a.owner.as, body: { title: 'Critères' } }), 400);
  });

  it('keeps translations to their framework’s organization: another organization’s user and API key get 404, a built-in framework 403', async () => {
    const body = { title: 'Bị chiếm', requirements: [{ ref: 'BUY-1.1', title: 'Bị chiếm' }] };
    for (const as of [b.owner.as, bKey]) {
      expectProblem(await http.call('PUT', `/v1/frameworks/${framework.id}/translations/vi`, { as, body }), 404);
      expectProblem(await http.call('GET', `/v1/frameworks/${framework.id}`, lang(as, 'vi')), 404);
      expectProblem(await http.call('GET', `/v1/frameworks/${framework.id}/requirements`, lang(as, 'vi')), 404);
    }
    const vi = await http.call<FrameworkBody>('GET', `/v1/frameworks/${framework.id}`, lang(a.owner.as, 'vi'));
    expect(vi.body.title).toBe(CRITERIA.translations.vi.title);

    // A member without catalog rights, or a read-only key: 403.
    const readKey = (await factories(http).newApiKey(a, ['catalog:read'])).as;
    expectProblem(await http.call('PUT', `/v1/frameworks/${framework.id}/translations/vi`, { as: readKey, body }), 403);

    const builtIns = await http.get<PageBody<FrameworkBody>>('/v1/frameworks?source=built_in&limit=200', b.owner.as);
    const dser = builtIns.body.data.find((x) => x.code === 'attesta-dser')!;
    expectProblem(await http.call('PUT', `/v1/frameworks/${dser.id}/translations/vi`, { as: bKey, body: { title: 'Của tôi' } }), 403);
  });

  it('reads the built-in baseline in Chinese and Vietnamese from the shipped translations', async () => {
    const list = await http.call<PageBody<FrameworkBody>>('GET', '/v1/frameworks?source=built_in&limit=200', lang(b.owner.as, 'zh-CN'));
    const dser = list.body.data.find((x) => x.code === 'attesta-dser')!;
    expect(dser).toMatchObject({ title: '数字服务出口就绪基线', titleLanguage: 'zh-CN', sourceLanguage: 'en' });
    expect(dser.languages).toEqual(expect.arrayContaining(['en', 'zh-CN', 'vi']));
    const vi = await requirements(dser.id, bKey, 'vi');
    expect(vi.get('DSER-3')).toMatchObject({ title: 'Nhật ký kiểm tra', titleLanguage: 'vi', statementLanguage: 'en' });
    expect([...vi.values()].every((r) => r.titleLanguage === 'vi')).toBe(true);
  });
});
