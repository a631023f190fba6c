import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import { Actor, Db, type FieldIssue, keysetPage, newId, Page, scopeOf, isUniqueViolation } from '@attesta/core';
import { isLocale, LOCALES } from '@attesta/i18n';
import { orgStream } from '@attesta/identity';
import { Brackets, EntityManager, In } from 'typeorm';
import { CatalogError, CatalogErrorCode } from './catalog.errors.js';
import { assignIds, insertMappings, insertRequirements, type MappingInsertRow, type RequirementRow } from './catalog.sql.js';
import { FrameworkEntity } from './entities/framework.entity.js';
import { MappingEntity } from './entities/mapping.entity.js';
import { RequirementEntity } from './entities/requirement.entity.js';
import {
  exportOscalCatalog,
  MappingRelation,
  MappingRow,
  OscalCatalogDocument,
  parseMappingsCsv,
  parseMappingsJson,
  parseOscalCatalog,
  splitFrameworkKey,
  toMappingsCsv,
  toMappingsJson,
  type MappingsJsonDocument,
} from './oscal/index.js';
import { orderRequirementTree, type RequirementInput } from './requirement-tree.js';
import { oscalCatalogDocument, storeOscalStructure } from './oscal-fidelity.store.js';
import { extractOscalStructure } from './oscal/oscal-structure.js';
import type { Locale } from '@attesta/i18n';
import {
  checkTranslations,
  frameworkTranslationLocales,
  frameworkTranslationsIn,
  pickText,
  requirementTranslationsIn,
  throwIfIssues,
  translationRows,
  upsertTranslations,
  type FrameworkLocaleTranslations,
  type FrameworkTextTranslation,
  type RequirementTextTranslation,
  type TranslationsByLocale,
} from './catalog-translations.js';

export interface PageInput {
  limit?: number;
  cursor?: string;
}

export interface CreateFrameworkInput {
  code: string;
  title: string;
  version: string;
  publisher?: string | null;
  description?: string | null;
  /** The language the texts are written in (one of the portal's locales); `en` when omitted. */
  sourceLanguage?: string;
  /** The framework's title (and description) in other languages, keyed by locale. */
  translations?: TranslationsByLocale<FrameworkTextTranslation>;
  requirements: (RequirementInput & { translations?: TranslationsByLocale<RequirementTextTranslation> })[];
}

/** A framework as a reader sees it: title and description in the asked language where translated, and which language each is in. */
export type LocalizedFramework = FrameworkEntity & {
  titleLanguage: string;
  descriptionLanguage: string | null;
  /** The source language first, then every language a translation exists in. */
  languages: string[];
};

/** A requirement as a reader sees it (see LocalizedFramework). */
export type LocalizedRequirement = RequirementEntity & { titleLanguage: string; statementLanguage: string | null };

export interface ImportOscalOptions {
  /** Replaces the code derived from the catalog title. */
  code?: string;
  /** Replaces the catalog's metadata version. */
  version?: string;
}

export interface ImportedFramework {
  framework: FrameworkEntity;
  counts: { groups: number; controls: number; requirements: number };
}

export interface CreateMappingInput {
  sourceRequirementId: string;
  targetRequirementId: string;
  relation: MappingRelation;
  rationale?: string | null;
}

/** A mapping with both ends resolved, as clients read it. */
export interface MappingView {
  mapping: MappingEntity;
  source: RequirementEntity & { framework: FrameworkEntity };
  target: RequirementEntity & { framework: FrameworkEntity };
}

export interface MappingImportResult {
  /** Rows in the document. */
  rows: number;
  /** Rows that created or changed a mapping of the organization. */
  written: number;
}

/** `code@version`, how crosswalk files name frameworks. */
export function frameworkKeyOf(f: Pick<FrameworkEntity, 'code' | 'version'>): string {
  return `${f.code}@${f.version}`;
}

/**
 * Frameworks, their requirement trees and crosswalks. Reads see the built-ins and the
 * acting organization's own; writes create the acting organization's own only. Every
 * query runs in `Db.tx` under row-level security, and every `where` names the scope too.
 */
@Injectable()
export class CatalogService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** Frameworks in the reader's `locale` (source texts when omitted); three queries per page. */
  async listFrameworks(actor: Actor, page: PageInput, filter: { source?: FrameworkEntity['source'] } = {}, locale?: Locale): Promise<Page<LocalizedFramework>> {
    assertCan(actor, 'read', 'Framework');
    return this.db.tx(scopeOf(actor), async (em) => {
      const qb = em
        .getRepository(FrameworkEntity)
        .createQueryBuilder('f')
        .where('(f.organizationId IS NULL OR f.organizationId = :org)', { org: actor.organizationId });
      if (filter.source) qb.andWhere('f.source = :source', { source: filter.source });
      const result = await keysetPage(qb, { ...page, keys: [{ column: 'f.id', read: (f) => f.id }] });
      return { data: await this.localizeFrameworks(em, result.data, locale), nextCursor: result.nextCursor };
    });
  }

  async getFramework(actor: Actor, frameworkId: string, locale?: Locale): Promise<LocalizedFramework> {
    assertCan(actor, 'read', 'Framework');
    return this.db.tx(scopeOf(actor), async (em) => (await this.localizeFrameworks(em, [await this.findFramework(em, actor, frameworkId)], locale))[0]!);
  }

  /** The tree in reading order (pre-order), keyset-paginated: one query per page (and one for its translations). */
  async listRequirements(actor: Actor, frameworkId: string, page: PageInput, locale?: Locale): Promise<Page<LocalizedRequirement>> {
    assertCan(actor, 'read', 'Framework');
    return this.db.tx(scopeOf(actor), async (em) => {
      const framework = await this.findFramework(em, actor, frameworkId);
      const qb = em.getRepository(RequirementEntity).createQueryBuilder('r').where('r.frameworkId = :frameworkId', { frameworkId });
      const result = await keysetPage(qb, {
        ...page,
        keys: [
          { column: 'r.sortOrder', read: (r) => r.sortOrder },
          { column: 'r.id', read: (r) => r.id },
        ],
      });
      return { data: await this.localizeRequirements(em, framework, result.data, locale), nextCursor: result.nextCursor };
    });
  }

  async getRequirement(actor: Actor, frameworkId: string, requirementId: string, locale?: Locale): Promise<LocalizedRequirement> {
    assertCan(actor, 'read', 'Framework');
    return this.db.tx(scopeOf(actor), async (em) => {
      const framework = await this.findFramework(em, actor, frameworkId);
      const r = await em.getRepository(RequirementEntity).findOneBy({ id: requirementId, frameworkId: framework.id });
      if (!r) throw new CatalogError(CatalogErrorCode.RequirementNotFound, 'No such requirement in this framework.');
      return (await this.localizeRequirements(em, framework, [r], locale))[0]!;
    });
  }

  /**
   * Adds or replaces one language's translations of an own framework: its title and description and
   * requirements named by ref. Texts not given stay as stored; the source texts never change. Built-in
   * frameworks are translated by the content shipped with Attesta, another organization's are not visible.
   */
  async putTranslations(actor: Actor, frameworkId: string, locale: Locale, input: FrameworkLocaleTranslations): Promise<LocalizedFramework> {
    assertCan(actor, 'create', 'Framework');
    const issues: FieldIssue[] = [];
    if (input.title !== undefined && input.title !== null)
      checkTranslations('body', { [locale]: { title: input.title, description: input.description } }, 'framework', issues);
    else if (input.description != null) issues.push({ field: 'title', message: 'is required with a description' });
    (input.requirements ?? []).forEach((r, i) => {
      const { ref: _ref, ...texts } = r;
      checkTranslations(`requirements.${i}`, { [locale]: texts }, 'requirement', issues);
    });
    throwIfIssues(issues.map((x) => ({ ...x, field: x.field.replace(`.${locale}`, '').replace(/^body\./, '') })));
    return this.db.tx(scopeOf(actor), async (em) => {
      const framework = await this.findFramework(em, actor, frameworkId);
      if (framework.organizationId !== actor.organizationId) {
        throw new CatalogError(
          CatalogErrorCode.FrameworkNotOwn,
          'Built-in frameworks are translated by the content shipped with Attesta; only own frameworks take translations.',
        );
      }
      const refs = [...new Set((input.requirements ?? []).map((r) => r.ref))];
      const found = refs.length
        ? await em.getRepository(RequirementEntity).find({ select: { id: true, ref: true }, where: { frameworkId: framework.id, ref: In(refs) } })
        : [];
      const idOf = new Map(found.map((r) => [r.ref, r.id]));
      const unknown = (input.requirements ?? []).flatMap((r, i) =>
        idOf.has(r.ref) ? [] : [{ field: `requirements.${i}.ref`, message: `is not a requirement of ${frameworkKeyOf(framework)} (${r.ref})` }],
      );
      throwIfIssues(unknown);
      const rows = translationRows(
        framework.id,
        input.title ? { [locale]: { title: input.title, description: input.description ?? null } } : undefined,
        (input.requirements ?? []).map((r) => ({
          id: idOf.get(r.ref)!,
          translations: { [locale]: { title: r.title ?? null, statement: r.statement ?? null } },
        })),
      );
      await upsertTranslations(em, rows.frameworks, rows.requirements);
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'framework.translated',
        subjectType: 'Framework',
        subjectId: framework.id,
        payload: { code: framework.code, version: framework.version, locale, framework: rows.frameworks.length > 0, requirements: rows.requirements.length },
      });
      return (await this.localizeFrameworks(em, [framework], locale))[0]!;
    });
  }

  /** A framework written by the organization itself (`source: custom`). */
  async createFramework(actor: Actor, input: CreateFrameworkInput): Promise<LocalizedFramework> {
    assertCan(actor, 'create', 'Framework');
    const ordered = orderRequirementTree(input.requirements);
    const issues: FieldIssue[] = [];
    if (input.sourceLanguage !== undefined && !isLocale(input.sourceLanguage)) {
      issues.push({ field: 'sourceLanguage', message: `is not a supported locale (${LOCALES.join(', ')})` });
    }
    checkTranslations('translations', input.translations, 'framework', issues);
    input.requirements.forEach((r, i) => checkTranslations(`requirements.${i}.translations`, r.translations, 'requirement', issues));
    throwIfIssues(issues);
    const translationsOf = new Map(input.requirements.map((r) => [r.ref, r.translations]));
    return this.db.tx(scopeOf(actor), async (em) => {
      const framework = await this.insertFramework(em, actor, {
        code: input.code,
        title: input.title,
        version: input.version,
        publisher: input.publisher ?? null,
        description: input.description ?? null,
        source: 'custom',
        oscalUuid: null,
        requirementCount: ordered.length,
        sourceLanguage: input.sourceLanguage ?? 'en',
      });
      const { ids, parentIds } = assignIds(ordered);
      await insertRequirements(
        em,
        ordered.map((r, i) => ({
          id: ids[i]!,
          frameworkId: framework.id,
          parentId: parentIds[i]!,
          kind: r.kind,
          ref: r.ref,
          title: r.title,
          statement: r.statement ?? null,
          guidance: r.guidance ?? null,
          expectedEvidenceTypes: [...new Set(r.expectedEvidenceTypes ?? [])],
          componentKinds: [...new Set(r.componentKinds ?? [])],
          sortOrder: i,
          depth: r.depth,
          oscalId: null,
        })),
      );
      const translations = translationRows(
        framework.id,
        input.translations,
        ordered.map((r, i) => ({ id: ids[i]!, translations: translationsOf.get(r.ref) })),
      );
      await upsertTranslations(em, translations.frameworks, translations.requirements);
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'framework.created',
        subjectType: 'Framework',
        subjectId: framework.id,
        payload: { code: framework.code, version: framework.version, requirements: ordered.length, translations: translations.frameworks.map((t) => t.locale) },
      });
      return (await this.localizeFrameworks(em, [framework], undefined))[0]!;
    });
  }

  /**
   * An OSCAL catalog (or resolved profile) as an `imported` framework of the acting
   * organization. The document is checked completely before anything is written, and
   * everything is written in one transaction: a refused or failed import changes nothing.
   */
  async importOscal(actor: Actor, document: unknown, options: ImportOscalOptions = {}): Promise<ImportedFramework> {
    assertCan(actor, 'create', 'Framework');
    const parsed = parseOscalCatalog(document);
    // Lossless OSCAL: the members the tree does not hold, checked (ids, references) before anything is written.
    const structure = extractOscalStructure(document, parsed);
    const { framework: info, requirements } = parsed;
    return this.db.tx(scopeOf(actor), async (em) => {
      const framework = await this.insertFramework(em, actor, {
        code: options.code ?? info.code,
        title: info.title,
        version: options.version ?? info.version,
        publisher: info.publisher,
        description: info.remarks,
        source: 'imported',
        oscalUuid: info.oscalUuid,
        requirementCount: requirements.length,
        sourceLanguage: 'en',
      });
      const { ids, parentIds } = assignIds(requirements);
      const rows: RequirementRow[] = requirements.map((r, i) => ({
        id: ids[i]!,
        frameworkId: framework.id,
        parentId: parentIds[i]!,
        kind: r.kind,
        ref: r.ref,
        title: r.title,
        statement: r.statement,
        guidance: r.guidance,
        expectedEvidenceTypes: [],
        componentKinds: [],
        sortOrder: i,
        depth: r.depth,
        oscalId: r.oscalId,
      }));
      await insertRequirements(em, rows);
      await storeOscalStructure(em, framework.id, structure, ids);
      const counts = { ...parsed.counts, requirements: requirements.length };
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'framework.imported',
        subjectType: 'Framework',
        subjectId: framework.id,
        payload: { code: framework.code, version: framework.version, format: 'oscal-catalog', oscalUuid: info.oscalUuid, ...counts },
      });
      return { framework, counts };
    });
  }

  /** The framework as an OSCAL 1.1.2 catalog (validates against the NIST schema). */
  async exportOscal(actor: Actor, frameworkId: string): Promise<OscalCatalogDocument> {
    assertCan(actor, 'read', 'Framework');
    return this.db.tx(scopeOf(actor), async (em) => {
      const framework = await this.findFramework(em, actor, frameworkId);
      // An imported catalog comes back as imported (see docs/oscal.md), as a derived document.
      const lossless = await oscalCatalogDocument(em, framework.id);
      if (lossless) return lossless as unknown as OscalCatalogDocument;
      const requirements = await em.getRepository(RequirementEntity).find({ where: { frameworkId: framework.id }, order: { sortOrder: 'ASC', id: 'ASC' } });
      const refOf = new Map(requirements.map((r) => [r.id, r.ref]));
      return exportOscalCatalog(
        { ...framework, lastModified: framework.createdAt, remarks: framework.description },
        requirements.map((r) => ({ ...r, parentRef: r.parentId ? (refOf.get(r.parentId) ?? null) : null })),
      );
    });
  }

  /** Mappings from or to a requirement of the framework. */
  async listMappings(actor: Actor, frameworkId: string, page: PageInput): Promise<Page<MappingView>> {
    assertCan(actor, 'read', 'Mapping');
    return this.db.tx(scopeOf(actor), async (em) => {
      await this.findFramework(em, actor, frameworkId);
      const qb = this.mappingQuery(em, actor).andWhere(
        new Brackets((w) => w.where('s.frameworkId = :frameworkId', { frameworkId }).orWhere('t.frameworkId = :frameworkId', { frameworkId })),
      );
      const result = await keysetPage(qb, { ...page, keys: [{ column: 'm.id', read: (m) => m.id }] });
      return { data: result.data.map(toView), nextCursor: result.nextCursor };
    });
  }

  async getMapping(actor: Actor, mappingId: string): Promise<MappingView> {
    assertCan(actor, 'read', 'Mapping');
    return this.db.tx(scopeOf(actor), (em) => this.findMapping(em, actor, mappingId));
  }

  async createMapping(actor: Actor, input: CreateMappingInput): Promise<MappingView> {
    assertCan(actor, 'create', 'Mapping');
    if (input.sourceRequirementId === input.targetRequirementId) {
      throw new CatalogError(CatalogErrorCode.InvalidMapping, 'A requirement cannot be mapped to itself.', {
        errors: [{ field: 'targetRequirementId', message: 'must differ from sourceRequirementId' }],
      });
    }
    return this.db.tx(scopeOf(actor), async (em) => {
      const found = await this.visibleRequirements(em, actor, [input.sourceRequirementId, input.targetRequirementId]);
      for (const [field, id] of [
        ['sourceRequirementId', input.sourceRequirementId],
        ['targetRequirementId', input.targetRequirementId],
      ] as const) {
        if (!found.has(id))
          throw new CatalogError(CatalogErrorCode.RequirementNotFound, `No such requirement: ${field}.`, {
            errors: [{ field, message: 'names no visible requirement' }],
          });
      }
      const id = newId();
      const inserted = await insertMappings(em, [
        {
          id,
          sourceRequirementId: input.sourceRequirementId,
          targetRequirementId: input.targetRequirementId,
          relation: input.relation,
          rationale: input.rationale ?? null,
          organizationId: actor.organizationId,
          createdAt: new Date().toISOString(),
        },
      ]);
      if (inserted === 0) throw new CatalogError(CatalogErrorCode.MappingExists, 'The organization already maps these two requirements.');
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'mapping.created',
        subjectType: 'Mapping',
        subjectId: id,
        payload: { sourceRequirementId: input.sourceRequirementId, targetRequirementId: input.targetRequirementId, relation: input.relation },
      });
      return this.findMapping(em, actor, id);
    });
  }

  /** A crosswalk CSV (`MAPPING_CSV_COLUMNS`); see `importMappings`. */
  async importMappingsCsv(actor: Actor, text: string): Promise<MappingImportResult> {
    assertCan(actor, 'create', 'Mapping');
    return this.importMappings(actor, parseMappingsCsv(text), 'csv');
  }

  /** A crosswalk JSON document (`{ mappings: [...] }`); see `importMappings`. */
  async importMappingsJson(actor: Actor, document: unknown): Promise<MappingImportResult> {
    assertCan(actor, 'create', 'Mapping');
    return this.importMappings(actor, parseMappingsJson(document), 'json');
  }

  /** A crosswalk upload: CSV text (a string body) or a JSON document (`{ mappings: [...] }`). */
  async importMappingsDocument(actor: Actor, body: unknown): Promise<MappingImportResult> {
    return typeof body === 'string' ? this.importMappingsCsv(actor, body) : this.importMappingsJson(actor, body);
  }

  /** Every mapping from or to the framework as a crosswalk file. */
  async exportMappings(actor: Actor, frameworkId: string, format: 'csv' | 'json'): Promise<{ contentType: string; body: string | MappingsJsonDocument }> {
    return format === 'csv'
      ? { contentType: 'text/csv; charset=utf-8', body: await this.exportMappingsCsv(actor, frameworkId) }
      : { contentType: 'application/json; charset=utf-8', body: await this.exportMappingsJson(actor, frameworkId) };
  }

  /** Every mapping from or to the framework, as crosswalk CSV. */
  async exportMappingsCsv(actor: Actor, frameworkId: string): Promise<string> {
    return toMappingsCsv(await this.mappingRowsOf(actor, frameworkId));
  }

  async exportMappingsJson(actor: Actor, frameworkId: string): Promise<MappingsJsonDocument> {
    return toMappingsJson(await this.mappingRowsOf(actor, frameworkId));
  }

  // ---------------------------------------------------------------------------------

  /**
   * Rows name frameworks as `code@version` (or `code` when only one version is visible)
   * and requirements by ref. Every row must resolve, or nothing is written. Rows the
   * organization already has are updated (relation, rationale); built-in mappings stay.
   */
  private async importMappings(actor: Actor, rows: MappingRow[], format: 'csv' | 'json'): Promise<MappingImportResult> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const keys = [...new Set(rows.flatMap((r) => [r.sourceFramework, r.targetFramework]))];
      const codes = [...new Set(keys.map((k) => splitFrameworkKey(k).code))];
      const frameworks = await em
        .getRepository(FrameworkEntity)
        .createQueryBuilder('f')
        .where('f.code IN (:...codes)', { codes: codes.length ? codes : [''] })
        .andWhere('(f.organizationId IS NULL OR f.organizationId = :org)', { org: actor.organizationId })
        .getMany();
      const frameworkOf = new Map<string, FrameworkEntity>();
      for (const key of keys) {
        const { code, version } = splitFrameworkKey(key);
        const candidates = frameworks.filter((f) => f.code === code && (version === null || f.version === version));
        // The organization's own framework wins over a built-in of the same name.
        const own = candidates.filter((f) => f.organizationId !== null);
        const pick = own.length === 1 ? own[0] : own.length === 0 && candidates.length === 1 ? candidates[0] : undefined;
        if (pick) frameworkOf.set(key, pick);
      }
      const frameworkIds = [...new Set([...frameworkOf.values()].map((f) => f.id))];
      const refs = [...new Set(rows.flatMap((r) => [r.sourceRef, r.targetRef]))];
      const requirements = frameworkIds.length
        ? await em
            .getRepository(RequirementEntity)
            .find({ select: { id: true, frameworkId: true, ref: true }, where: { frameworkId: In(frameworkIds), ref: In(refs) } })
        : [];
      const requirementOf = new Map(requirements.map((r) => [`${r.frameworkId}\n${r.ref}`, r.id]));

      const issues: { field: string; message: string }[] = [];
      const now = new Date().toISOString();
      const resolved: MappingInsertRow[] = [];
      const column = (side: 'source' | 'target', what: 'framework' | 'ref') =>
        format === 'csv' ? `${side}_${what}` : `${side}${what === 'ref' ? 'Ref' : 'Framework'}`;
      rows.forEach((row, i) => {
        const ends = (['source', 'target'] as const).map((side) => {
          const key = side === 'source' ? row.sourceFramework : row.targetFramework;
          const ref = side === 'source' ? row.sourceRef : row.targetRef;
          const framework = frameworkOf.get(key);
          if (!framework) {
            issues.push({ field: `rows.${i}.${column(side, 'framework')}`, message: `names no single visible framework (${key})` });
            return null;
          }
          const id = requirementOf.get(`${framework.id}\n${ref}`);
          if (!id) issues.push({ field: `rows.${i}.${column(side, 'ref')}`, message: `is not a requirement of ${frameworkKeyOf(framework)} (${ref})` });
          return id ?? null;
        });
        if (ends[0] && ends[1]) {
          resolved.push({
            id: newId(),
            sourceRequirementId: ends[0],
            targetRequirementId: ends[1],
            relation: row.relation,
            rationale: row.rationale,
            organizationId: actor.organizationId,
            createdAt: now,
          });
        }
      });
      if (issues.length) {
        throw new CatalogError(CatalogErrorCode.UnresolvedMappings, `${issues.length} reference(s) in the crosswalk do not resolve; nothing was imported.`, {
          errors: issues.slice(0, 50),
        });
      }
      const unique = [...new Map(resolved.map((r) => [`${r.sourceRequirementId}\n${r.targetRequirementId}`, r])).values()];
      const written = await insertMappings(em, unique, { upsert: true });
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'mappings.imported',
        subjectType: 'Mapping',
        subjectId: null,
        payload: { format, rows: rows.length, written, frameworks: [...new Set([...frameworkOf.values()].map(frameworkKeyOf))] },
      });
      return { rows: rows.length, written };
    });
  }

  private async mappingRowsOf(actor: Actor, frameworkId: string): Promise<MappingRow[]> {
    assertCan(actor, 'read', 'Mapping');
    return this.db.tx(scopeOf(actor), async (em) => {
      await this.findFramework(em, actor, frameworkId);
      const all = await this.mappingQuery(em, actor)
        .andWhere(new Brackets((w) => w.where('s.frameworkId = :frameworkId', { frameworkId }).orWhere('t.frameworkId = :frameworkId', { frameworkId })))
        .orderBy('sf.code')
        .addOrderBy('s.sortOrder')
        .addOrderBy('tf.code')
        .addOrderBy('t.sortOrder')
        .addOrderBy('m.id')
        .getMany();
      return all.map((m) => ({
        sourceFramework: frameworkKeyOf(m.source!.framework!),
        sourceRef: m.source!.ref,
        targetFramework: frameworkKeyOf(m.target!.framework!),
        targetRef: m.target!.ref,
        relation: m.relation,
        rationale: m.rationale,
      }));
    });
  }

  private mappingQuery(em: EntityManager, actor: Actor) {
    return em
      .getRepository(MappingEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.source', 's')
      .innerJoinAndSelect('s.framework', 'sf')
      .innerJoinAndSelect('m.target', 't')
      .innerJoinAndSelect('t.framework', 'tf')
      .where('(m.organizationId IS NULL OR m.organizationId = :org)', { org: actor.organizationId });
  }

  private async findMapping(em: EntityManager, actor: Actor, mappingId: string): Promise<MappingView> {
    const m = await this.mappingQuery(em, actor).andWhere('m.id = :mappingId', { mappingId }).getOne();
    if (!m) throw new CatalogError(CatalogErrorCode.MappingNotFound, 'No such mapping.');
    return toView(m);
  }

  private async visibleRequirements(em: EntityManager, actor: Actor, ids: string[]): Promise<Set<string>> {
    const rows = await em
      .getRepository(RequirementEntity)
      .createQueryBuilder('r')
      .innerJoin('r.framework', 'f')
      .select('r.id', 'id')
      .where('r.id IN (:...ids)', { ids })
      .andWhere('(f.organizationId IS NULL OR f.organizationId = :org)', { org: actor.organizationId })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  private async localizeFrameworks(em: EntityManager, frameworks: FrameworkEntity[], locale: Locale | undefined): Promise<LocalizedFramework[]> {
    const ids = frameworks.map((f) => f.id);
    const [locales, translated] = await Promise.all([
      frameworkTranslationLocales(em, ids),
      locale ? frameworkTranslationsIn(em, ids, locale) : Promise.resolve(new Map<string, { title: string; description: string | null }>()),
    ]);
    return frameworks.map((f) => {
      const t = translated.get(f.id);
      const title = locale ? pickText(f.title, f.sourceLanguage, locale, t?.title) : { text: f.title, language: f.sourceLanguage };
      const description =
        f.description === null
          ? null
          : locale
            ? pickText(f.description, f.sourceLanguage, locale, t?.description)
            : { text: f.description, language: f.sourceLanguage };
      return {
        ...f,
        title: title.text,
        titleLanguage: title.language,
        description: description?.text ?? null,
        descriptionLanguage: description?.language ?? null,
        languages: [...new Set([f.sourceLanguage, ...(locales.get(f.id) ?? [])])],
      };
    });
  }

  private async localizeRequirements(
    em: EntityManager,
    framework: FrameworkEntity,
    requirements: RequirementEntity[],
    locale: Locale | undefined,
  ): Promise<LocalizedRequirement[]> {
    const translated =
      locale && locale !== framework.sourceLanguage
        ? await requirementTranslationsIn(
            em,
            requirements.map((r) => r.id),
            locale,
          )
        : new Map();
    const source = framework.sourceLanguage;
    return requirements.map((r) => {
      const t = translated.get(r.id) as { title: string | null; statement: string | null } | undefined;
      const title = locale ? pickText(r.title, source, locale, t?.title) : { text: r.title, language: source };
      const statement = r.statement === null ? null : locale ? pickText(r.statement, source, locale, t?.statement) : { text: r.statement, language: source };
      return { ...r, title: title.text, titleLanguage: title.language, statement: statement?.text ?? null, statementLanguage: statement?.language ?? null };
    });
  }

  private async findFramework(em: EntityManager, actor: Actor, frameworkId: string): Promise<FrameworkEntity> {
    const f = await em
      .getRepository(FrameworkEntity)
      .createQueryBuilder('f')
      .where('f.id = :frameworkId', { frameworkId })
      .andWhere('(f.organizationId IS NULL OR f.organizationId = :org)', { org: actor.organizationId })
      .getOne();
    if (!f) throw new CatalogError(CatalogErrorCode.FrameworkNotFound, 'No such framework.');
    return f;
  }

  private async insertFramework(
    em: EntityManager,
    actor: Actor,
    input: Pick<FrameworkEntity, 'code' | 'title' | 'version' | 'publisher' | 'description' | 'source' | 'oscalUuid' | 'requirementCount' | 'sourceLanguage'>,
  ): Promise<FrameworkEntity> {
    const framework = em
      .getRepository(FrameworkEntity)
      .create({ ...input, id: newId(), organizationId: actor.organizationId, note: null, createdAt: new Date() });
    // Checked first, so a duplicate is a clean 409; the unique index still guards a race.
    const exists = await em
      .getRepository(FrameworkEntity)
      .createQueryBuilder('f')
      .where('f.code = :code AND f.version = :version AND f.organizationId = :org', { code: input.code, version: input.version, org: actor.organizationId })
      .getExists();
    if (exists) {
      throw new CatalogError(CatalogErrorCode.FrameworkExists, `The organization already has ${input.code}@${input.version}; choose another code or version.`, {
        errors: [{ field: 'code', message: 'is taken for this version' }],
      });
    }
    try {
      await em.getRepository(FrameworkEntity).insert(framework);
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw new CatalogError(CatalogErrorCode.FrameworkExists, `The organization already has ${input.code}@${input.version}.`, {
          errors: [{ field: 'code', message: 'is taken for this version' }],
        });
      }
      throw e;
    }
    return framework;
  }
}

function toView(m: MappingEntity): MappingView {
  return { mapping: m, source: m.source as MappingView['source'], target: m.target as MappingView['target'] };
}
