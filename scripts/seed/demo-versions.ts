import type { INestApplication } from '@nestjs/common';
import { CatalogService, frameworksWithCodes, type Requirement } from '@attesta/catalog';
import { Db, scopeOf, type UserActor } from '@attesta/core';
import { FrameworkVersionsService } from '@attesta/framework-versions';

/**
 * Standards are still drafts: the manufacturer imports "DSER 2.0 (draft)" beside the built-in
 * baseline — one requirement's text changed, one removed, one added — and maps 1.x to it. The
 * change-impact report (GET /v1/framework-version-mappings/{id}/impact) then names those three
 * for the demo workspace, with its evidence that would no longer cover anything and the
 * attestation that keeps citing 1.x. The workspace stays on 1.x until its owner moves it
 * (POST /v1/workspaces/{id}/framework-moves).
 *
 * The draft carries the baseline's Chinese and Vietnamese titles (the built-in content ships
 * them) as its own translations, with its new requirement translated too (docs/i18n.md).
 */
export async function seedDemoVersions(app: INestApplication, owners: { manufacturer: UserActor }): Promise<void> {
  const { manufacturer } = owners;
  const catalog = app.get(CatalogService);
  const db = app.get(Db);
  const [baseline] = await db.tx(scopeOf(manufacturer), (em) => frameworksWithCodes(em, ['attesta-dser']));
  if (!baseline) return;
  const nodes: Requirement[] = [];
  let cursor: string | undefined;
  do {
    const page = await catalog.listRequirements(manufacturer, baseline.id, { limit: 200, cursor });
    nodes.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  // The baseline's titles as the built-in content translates them (a title left untranslated reads in English).
  const translated = new Map<string, Partial<Record<'zh-CN' | 'vi', string>>>();
  for (const locale of ['zh-CN', 'vi'] as const) {
    let page: string | undefined;
    do {
      const result = await catalog.listRequirements(manufacturer, baseline.id, { limit: 200, cursor: page }, locale);
      for (const r of result.data) if (r.titleLanguage === locale) translated.set(r.ref, { ...translated.get(r.ref), [locale]: r.title });
      page = result.nextCursor ?? undefined;
    } while (page);
  }
  const baselineTitles = {
    'zh-CN': await catalog.getFramework(manufacturer, baseline.id, 'zh-CN'),
    vi: await catalog.getFramework(manufacturer, baseline.id, 'vi'),
  };
  const titlesOf = (ref: string) => Object.fromEntries(Object.entries(translated.get(ref) ?? {}).map(([locale, title]) => [locale, { title }]));
  const controls = nodes.filter((r) => r.kind === 'control');
  if (controls.length < 3) return;
  const changed = controls[1]!;
  const removed = controls[controls.length - 1]!;
  const refOf = new Map(nodes.map((r) => [r.id, r.ref]));
  const next = await catalog.createFramework(manufacturer, {
    code: baseline.code,
    title: `${baseline.title} (2.0 draft)`,
    version: '2.0-draft',
    publisher: baseline.publisher,
    description: 'Draft for consultation (illustrative): retention period added, one requirement folded into others, SBOM added.',
    translations: {
      'zh-CN': { title: `${baselineTitles['zh-CN'].title}（2.0 征求意见稿）` },
      vi: { title: `${baselineTitles.vi.title} (bản dự thảo 2.0)` },
    },
    requirements: [
      ...nodes
        .filter((r) => r.id !== removed.id)
        .map((r) => ({
          ref: r.ref,
          title: r.title,
          kind: r.kind,
          parentRef: r.parentId ? refOf.get(r.parentId)! : null,
          statement: r.id === changed.id ? `${r.statement ?? r.title} Records are kept for at least five years.` : r.statement,
          guidance: r.guidance,
          expectedEvidenceTypes: r.expectedEvidenceTypes,
          componentKinds: r.componentKinds,
          translations: titlesOf(r.ref),
        })),
      {
        ref: 'DSER-SBOM',
        title: 'Software bill of materials',
        kind: 'control' as const,
        parentRef: changed.parentId ? refOf.get(changed.parentId)! : null,
        statement: 'The supplier keeps a software bill of materials for every service layer and shares it with the buyer on request.',
        expectedEvidenceTypes: ['service_description'],
        translations: {
          'zh-CN': { title: '软件物料清单', statement: '供应商为每个服务层保存软件物料清单，并应采购方要求提供。' },
          vi: {
            title: 'Danh mục thành phần phần mềm (SBOM)',
            statement: 'Nhà cung cấp lưu giữ danh mục thành phần phần mềm cho từng lớp dịch vụ và cung cấp cho bên mua khi được yêu cầu.',
          },
        },
      },
    ],
  });
  await app.get(FrameworkVersionsService).createMapping(manufacturer, {
    fromFrameworkId: baseline.id,
    toFrameworkId: next.id,
    entries: [
      { sourceRef: changed.ref, targetRef: changed.ref, relationship: 'subset-of', rationale: 'The draft adds a five-year retention period.' },
      { sourceRef: removed.ref, relationship: 'no-relationship', rationale: 'Folded into other requirements in the draft.' },
    ],
  });
}
