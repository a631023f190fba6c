import { Controller, Get, Header, Param, Post, Put, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { LOCALES, type Locale } from '@attesta/i18n';
import { CatalogService } from '@attesta/catalog';
import { ApiPageResponse, ApiProblems, Body, IdParam, PageQueryDto, Query, type Actor, type Page } from '@attesta/core';
import type { FastifyReply } from 'fastify';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { BodyLimit } from '../http/body-limit.js';
import {
  CreateFrameworkDto,
  FrameworkDto,
  FrameworkTranslationDto,
  ImportedFrameworkDto,
  ImportOscalQueryDto,
  ListFrameworksQueryDto,
  PutFrameworkTranslationsDto,
  RequirementDto,
  RequirementTranslationDto,
} from './dto/framework.dto.js';
import { ACCEPT_LANGUAGE_HEADER, RequestLocale } from '../http/accept-language.decorator.js';
import { ParseLocalePipe } from './parse-locale.pipe.js';

import {
  CreateMappingDto,
  ExportMappingsQueryDto,
  MappingDto,
  MappingImportResultDto,
  MappingImportRowDto,
  MappingsDocumentDto,
  MappingsImportDocumentDto,
} from './dto/mapping.dto.js';

function mapPage<T, U>(page: Page<T>, fn: (t: T) => U): Page<U> {
  return { data: page.data.map(fn), nextCursor: page.nextCursor };
}

const OSCAL_CATALOG_EXAMPLE = {
  catalog: {
    uuid: '74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724',
    metadata: { title: 'Buyer criteria for remote O&M', 'last-modified': '2026-01-15T00:00:00Z', version: '1.0', 'oscal-version': '1.1.2' },
    groups: [
      {
        id: 'ops',
        title: 'Remote operations',
        controls: [
          { id: 'ops-1', title: 'Remote access is logged', parts: [{ id: 'ops-1_smt', name: 'statement', prose: 'Every remote session is logged.' }] },
        ],
      },
    ],
  },
};

const MAPPINGS_CSV_EXAMPLE =
  'source_framework,source_ref,target_framework,target_ref,relation,rationale\n' +
  'attesta-dser@1.0,DSER-3.1,iso-iec-27001@2022,A.8.15,intersects,Both require logs of remote access\n';

@ApiTags('catalog')
@ApiExtraModels(FrameworkTranslationDto, RequirementTranslationDto, MappingsDocumentDto)
@Controller('frameworks')
export class FrameworksController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @RequirePermission('read', 'Framework')
  @ApiOperation({
    summary: 'List frameworks',
    description: "The built-in frameworks (shared by every organization) and the acting organization's own imported and custom ones.",
  })
  @ApiHeader(ACCEPT_LANGUAGE_HEADER)
  @Header('Vary', 'Accept-Language')
  @ApiPageResponse(FrameworkDto)
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() query: ListFrameworksQueryDto, @RequestLocale() locale: Locale): Promise<Page<FrameworkDto>> {
    return mapPage(await this.catalog.listFrameworks(actor, query, { source: query.source }, locale), FrameworkDto.from);
  }

  @Post()
  @RequirePermission('create', 'Framework')
  @BodyLimit('CATALOG_IMPORT_MAX_BYTES')
  @ApiOperation({
    summary: 'Create a custom framework',
    description:
      "A framework of the acting organization (`source: custom`), e.g. a buyer's tender criteria, with its requirement tree given as a flat list with `parentRef`. " +
      'Titles and statements may carry `translations` keyed by locale (framework and each requirement); the source texts, in `sourceLanguage`, are what manifests and exports cite. ' +
      'Owners and admins; API keys with `catalog:write`. Code + version must be new for the organization. The body may be up to `CATALOG_IMPORT_MAX_BYTES`.',
  })
  @ApiCreatedResponse({ type: FrameworkDto })
  @ApiProblems(400, 409, 413)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateFrameworkDto): Promise<FrameworkDto> {
    return FrameworkDto.from(await this.catalog.createFramework(actor, body));
  }

  @Post('import/oscal')
  @RequirePermission('create', 'Framework')
  @BodyLimit('CATALOG_IMPORT_MAX_BYTES')
  @ApiOperation({
    summary: 'Import an OSCAL catalog',
    description:
      'Imports an OSCAL 1.x catalog or resolved profile (JSON, up to `CATALOG_IMPORT_MAX_BYTES`, 32 MiB by default) as an `imported` framework of the acting organization: ' +
      'groups become the requirement tree, controls and enhancements become requirements with their statement text (parameters rendered). ' +
      'All or nothing: invalid JSON is a 400, a document that is not an OSCAL catalog or breaks its structure a 422 whose `errors[]` name the JSON paths, ' +
      'a body over the limit a 413; in each case nothing is stored.',
  })
  @ApiConsumes('application/json')
  @ApiBody({
    description: 'An OSCAL catalog document (`{ "catalog": { ... } }`)',
    schema: { type: 'object', required: ['catalog'], properties: { catalog: { type: 'object' } } },
    examples: { small: { value: OSCAL_CATALOG_EXAMPLE } },
  })
  @ApiCreatedResponse({ type: ImportedFrameworkDto })
  @ApiProblems(400, 409, 413, 415, 422)
  async importOscal(@CurrentActor() actor: Actor, @Body() body: unknown, @Query() query: ImportOscalQueryDto): Promise<ImportedFrameworkDto> {
    return ImportedFrameworkDto.from(await this.catalog.importOscal(actor, body, query));
  }

  @Get(':frameworkId')
  @RequirePermission('read', 'Framework')
  @ApiOperation({
    summary: 'One framework',
    description: "Title and description in the caller's language where translated (`titleLanguage`, `descriptionLanguage`).",
  })
  @ApiHeader(ACCEPT_LANGUAGE_HEADER)
  @Header('Vary', 'Accept-Language')
  @ApiOkResponse({ type: FrameworkDto })
  @ApiProblems(400, 404)
  async get(@CurrentActor() actor: Actor, @IdParam('frameworkId') id: string, @RequestLocale() locale: Locale): Promise<FrameworkDto> {
    return FrameworkDto.from(await this.catalog.getFramework(actor, id, locale));
  }

  @Put(':frameworkId/translations/:locale')
  @RequirePermission('create', 'Framework')
  @BodyLimit('CATALOG_IMPORT_MAX_BYTES')
  @ApiOperation({
    summary: "Add or replace one language's translations of a framework",
    description:
      "The framework's title (and description) and requirements' titles and statements, by ref, in one of the portal's languages. Texts given replace the stored ones of that language; " +
      'texts not given stay; the source texts never change. Own frameworks only: built-in ones are translated by the content shipped with Attesta (403); ' +
      "another organization's framework is not found (404). Unknown refs or invalid texts are a 422 naming the fields, and nothing is stored. " +
      'Owners and admins; API keys with `catalog:write`. Answers the framework in the translated language.',
  })
  @ApiBody({
    type: PutFrameworkTranslationsDto,
    examples: {
      chinese: {
        value: {
          title: 'ACME 远程运维服务招标准则',
          requirements: [{ ref: 'BUY-1.1', title: '远程访问有日志记录', statement: '每次远程会话均记录技术人员、时间和操作。' }],
        },
      },
    },
  })
  @ApiParam({ name: 'locale', enum: LOCALES, example: 'zh-CN' })
  @ApiOkResponse({ type: FrameworkDto })
  @ApiProblems(400, 403, 404, 413, 422)
  async putTranslations(
    @CurrentActor() actor: Actor,
    @IdParam('frameworkId') id: string,
    @Param('locale', ParseLocalePipe) locale: Locale,
    @Body() body: PutFrameworkTranslationsDto,
  ): Promise<FrameworkDto> {
    return FrameworkDto.from(await this.catalog.putTranslations(actor, id, locale, body));
  }

  @Get(':frameworkId/requirements')
  @RequirePermission('read', 'Framework')
  @ApiOperation({
    summary: 'List the requirements of a framework',
    description:
      'The whole tree in reading order (each parent before its children; `parentId` and `depth` rebuild the tree), cursor-paginated: one query per page. ' +
      "Titles and statements in the caller's language where translated (`titleLanguage`, `statementLanguage`).",
  })
  @ApiHeader(ACCEPT_LANGUAGE_HEADER)
  @Header('Vary', 'Accept-Language')
  @ApiPageResponse(RequirementDto)
  @ApiProblems(400, 404)
  async listRequirements(
    @CurrentActor() actor: Actor,
    @IdParam('frameworkId') id: string,
    @Query() page: PageQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<Page<RequirementDto>> {
    return mapPage(await this.catalog.listRequirements(actor, id, page, locale), RequirementDto.from);
  }

  @Get(':frameworkId/requirements/:requirementId')
  @RequirePermission('read', 'Framework')
  @ApiOperation({ summary: 'One requirement of a framework' })
  @ApiHeader(ACCEPT_LANGUAGE_HEADER)
  @Header('Vary', 'Accept-Language')
  @ApiOkResponse({ type: RequirementDto })
  @ApiProblems(400, 404)
  async getRequirement(
    @CurrentActor() actor: Actor,
    @IdParam('frameworkId') frameworkId: string,
    @IdParam('requirementId') requirementId: string,
    @RequestLocale() locale: Locale,
  ): Promise<RequirementDto> {
    return RequirementDto.from(await this.catalog.getRequirement(actor, frameworkId, requirementId, locale));
  }

  @Get(':frameworkId/export/oscal')
  @RequirePermission('read', 'Framework')
  @ApiOperation({
    summary: 'Export a framework as an OSCAL catalog',
    description:
      'An OSCAL 1.1.2 catalog (JSON) that validates against the NIST catalog schema. An imported catalog comes back lossless: groups, controls, params, parts, props, links and back-matter as imported, ' +
      'as a derived document (its own name-based uuid, the source metadata with `last-modified` and `oscal-version` updated and a `source` link to the imported uuid); see docs/oscal.md.',
  })
  @ApiOkResponse({
    description: 'OSCAL catalog JSON',
    schema: { type: 'object', required: ['catalog'], properties: { catalog: { type: 'object' } } },
    example: OSCAL_CATALOG_EXAMPLE,
  })
  @ApiProblems(400, 404)
  exportOscal(@CurrentActor() actor: Actor, @IdParam('frameworkId') id: string): Promise<unknown> {
    return this.catalog.exportOscal(actor, id);
  }

  @Get(':frameworkId/mappings')
  @RequirePermission('read', 'Mapping')
  @ApiOperation({
    summary: 'List the crosswalk mappings of a framework',
    description: "Mappings from or to any requirement of the framework: built-in ones and the organization's own.",
  })
  @ApiPageResponse(MappingDto)
  @ApiProblems(400, 404)
  async listMappings(@CurrentActor() actor: Actor, @IdParam('frameworkId') id: string, @Query() page: PageQueryDto): Promise<Page<MappingDto>> {
    return mapPage(await this.catalog.listMappings(actor, id, page), MappingDto.from);
  }

  @Get(':frameworkId/mappings/export')
  @RequirePermission('read', 'Mapping')
  @ApiOperation({
    summary: 'Export the crosswalk mappings of a framework',
    description:
      'Every mapping from or to the framework, as CSV (`format=csv`) or JSON (`{ "mappings": [...] }`), frameworks named `code@version`; the files import back with POST /v1/mappings/import.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description: 'The crosswalk',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(MappingsDocumentDto) } },
      'text/csv': { schema: { type: 'string' }, example: MAPPINGS_CSV_EXAMPLE },
    },
  })
  @ApiProblems(400, 404)
  async exportMappings(
    @CurrentActor() actor: Actor,
    @IdParam('frameworkId') id: string,
    @Query() query: ExportMappingsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const file = await this.catalog.exportMappings(actor, id, query.format ?? 'json');
    reply.header('content-type', file.contentType);
    return file.body;
  }
}

@ApiTags('catalog')
@ApiExtraModels(MappingsImportDocumentDto, MappingImportRowDto)
@Controller('mappings')
export class MappingsController {
  constructor(private readonly catalog: CatalogService) {}

  @Post()
  @RequirePermission('create', 'Mapping')
  @ApiOperation({
    summary: 'Create a crosswalk mapping',
    description:
      'Maps two requirements the organization can see (built-in or its own) for the acting organization. Owners and admins; API keys with `catalog:write`.',
  })
  @ApiCreatedResponse({ type: MappingDto })
  @ApiProblems(400, 404, 409)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateMappingDto): Promise<MappingDto> {
    return MappingDto.from(await this.catalog.createMapping(actor, body));
  }

  @Post('import')
  @RequirePermission('create', 'Mapping')
  @BodyLimit('CATALOG_IMPORT_MAX_BYTES')
  @ApiOperation({
    summary: 'Import crosswalk mappings (CSV or JSON)',
    description:
      '`text/csv` with the header `source_framework,source_ref,target_framework,target_ref,relation,rationale`, or `application/json` as `{ "mappings": [{ sourceFramework, sourceRef, targetFramework, targetRef, relation, rationale }] }`. ' +
      "Frameworks are named `code@version` (the organization's own framework wins over a built-in of the same name). All rows must resolve or nothing is stored (422, `errors[]` name row and column); " +
      'mappings the organization already has take the new relation and rationale.',
  })
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({
    description: 'The crosswalk: CSV text (`text/csv`) or a JSON document (`application/json`)',
    schema: {
      oneOf: [
        { type: 'string', description: 'CSV (text/csv)' },
        { $ref: getSchemaPath(MappingsImportDocumentDto) },
        { type: 'array', items: { $ref: getSchemaPath(MappingImportRowDto) }, description: 'The rows alone' },
      ],
    },
    examples: {
      csv: { summary: 'CSV', value: MAPPINGS_CSV_EXAMPLE },
      json: {
        summary: 'JSON',
        value: {
          mappings: [
            {
              sourceFramework: 'attesta-dser@1.0',
              sourceRef: 'DSER-3.1',
              targetFramework: 'iso-iec-27001@2022',
              targetRef: 'A.8.15',
              relation: 'intersects',
              rationale: 'Both require logs of remote access',
            },
          ],
        },
      },
    },
  })
  @ApiCreatedResponse({ type: MappingImportResultDto })
  @ApiProblems(400, 413, 415, 422)
  async import(@CurrentActor() actor: Actor, @Body() body: unknown): Promise<MappingImportResultDto> {
    return MappingImportResultDto.from(await this.catalog.importMappingsDocument(actor, body));
  }

  @Get(':mappingId')
  @RequirePermission('read', 'Mapping')
  @ApiOperation({ summary: 'One crosswalk mapping' })
  @ApiOkResponse({ type: MappingDto })
  @ApiProblems(400, 404)
  async get(@CurrentActor() actor: Actor, @IdParam('mappingId') id: string): Promise<MappingDto> {
    return MappingDto.from(await this.catalog.getMapping(actor, id));
  }
}
