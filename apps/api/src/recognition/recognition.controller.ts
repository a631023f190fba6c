import { Controller, Delete, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Body, IdParam, PageQueryDto, Query, type Actor, type Page } from '@attesta/core';
import { MappingCollectionsService, pathwaysCsv, RecognitionPathwaysService, RecognitionRulesService } from '@attesta/recognition';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { BodyLimit } from '../http/body-limit.js';
import {
  ApprovalDto,
  CreateRecognitionRuleDto,
  ExportCrosswalksQueryDto,
  ImportMappingCollectionQueryDto,
  ListRecognitionRulesQueryDto,
  MappingCollectionDto,
  PathwaysQueryDto,
  RecognitionPathwaysDto,
  RecognitionRuleDto,
} from './recognition.dto.js';

const MAPPING_COLLECTION_EXAMPLE = {
  'mapping-collection': {
    uuid: '8a3c2f7e-1b4d-4e6a-9c0d-2e5f7a9b1c3d',
    metadata: { title: 'DSER to ISO/IEC 20000-1', 'last-modified': '2026-11-02T00:00:00.000Z', version: '2026-1', 'oscal-version': '1.2.2' },
    provenance: {
      method: 'human',
      'matching-rationale': 'semantic',
      status: 'complete',
      'mapping-description': 'DSER requirements mapped to ISO/IEC 20000-1:2018.',
    },
    mappings: [
      {
        uuid: '3f1e5d7c-9b2a-4c6e-8d0f-1a3b5c7d9e2f',
        'source-resource': { type: 'catalog', href: 'urn:attesta:framework:attesta-dser@1.0' },
        'target-resource': { type: 'catalog', href: 'urn:attesta:framework:iso-iec-20000-1@2018' },
        maps: [
          {
            uuid: '6b8d0f2a-4c6e-4a1b-9d3f-5e7a9c1b3d5f',
            relationship: 'subset-of',
            sources: [{ type: 'control', 'id-ref': 'DSER-2.1' }],
            targets: [{ type: 'control', 'id-ref': '8.3.3' }],
            'confidence-score': { category: 'high' },
            coverage: { 'generation-method': 'arbitrary', 'target-coverage': 0.4 },
            remarks: 'Defining measurable service levels is part of service level management.',
          },
        ],
        'target-gap-summary': { uuid: '9d1f3b5e-7a9c-4e2b-8f4a-6c8e0a2c4e6a', 'unmapped-controls': [{ 'with-ids': ['8.7.1'] }] },
      },
    ],
  },
};

const MAPPING_COLLECTION_SCHEMA = { type: 'object', required: ['mapping-collection'], properties: { 'mapping-collection': { type: 'object' } } };

@ApiTags('recognition')
@Controller('mapping-collections')
export class MappingCollectionsController {
  constructor(private readonly collections: MappingCollectionsService) {}

  @Get()
  @RequirePermission('read', 'Mapping')
  @ApiOperation({
    summary: 'List mapping collections',
    description: "The organization's own collections (drafts included) and every approved (published) collection.",
  })
  @ApiPageResponse(MappingCollectionDto)
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<Page<MappingCollectionDto>> {
    const page = await this.collections.listCollections(actor, query);
    return { data: page.data.map(MappingCollectionDto.from), nextCursor: page.nextCursor };
  }

  @Post()
  @RequirePermission('create', 'Mapping')
  @BodyLimit('CATALOG_IMPORT_MAX_BYTES')
  @ApiOperation({
    summary: 'Import an OSCAL 1.2 mapping collection',
    description:
      'An OSCAL 1.2 `mapping-collection` (Control Mapping model) as a new draft collection of the organization, versioned by `code` + `metadata.version`. ' +
      'Mapped resources name framework versions as `urn:attesta:framework:<code>@<version>`; every `id-ref` and gap-summary id must be a requirement of the named version. ' +
      'Relationships: equivalent-to, equal-to, subset-of, superset-of, intersects-with, no-relationship. One source and one target item per map. ' +
      'Anything wrong → 422 with `errors[]` naming the JSON path; nothing is stored. Owners and admins; API keys with `catalog:write`.',
  })
  @ApiBody({ schema: MAPPING_COLLECTION_SCHEMA, examples: { collection: { summary: 'A collection', value: MAPPING_COLLECTION_EXAMPLE } } })
  @ApiCreatedResponse({ type: MappingCollectionDto })
  @ApiProblems(400, 409, 413, 422)
  async import(@CurrentActor() actor: Actor, @Body() body: unknown, @Query() query: ImportMappingCollectionQueryDto): Promise<MappingCollectionDto> {
    return MappingCollectionDto.from(await this.collections.importCollection(actor, body, query));
  }

  @Get(':mappingCollectionId')
  @RequirePermission('read', 'Mapping')
  @ApiOperation({ summary: 'Get a mapping collection', description: 'Its owner, version, approval and provenance (the maps are in its OSCAL export).' })
  @ApiOkResponse({ type: MappingCollectionDto })
  @ApiProblems(400, 404)
  async get(@CurrentActor() actor: Actor, @IdParam('mappingCollectionId') id: string): Promise<MappingCollectionDto> {
    return MappingCollectionDto.from(await this.collections.getCollection(actor, id));
  }

  @Get(':mappingCollectionId/oscal')
  @RequirePermission('read', 'Mapping')
  @ApiOperation({
    summary: 'Export a mapping collection as OSCAL 1.2',
    description:
      'The collection as an OSCAL 1.2 `mapping-collection`: it imports back unchanged (uuids, relationships, rationale, confidence, coverage, qualifiers, gap summaries).',
  })
  @ApiOkResponse({
    description: 'The OSCAL document',
    content: { 'application/json': { schema: MAPPING_COLLECTION_SCHEMA, example: MAPPING_COLLECTION_EXAMPLE } },
  })
  @ApiProblems(400, 404)
  async export(@CurrentActor() actor: Actor, @IdParam('mappingCollectionId') id: string): Promise<unknown> {
    return this.collections.exportCollection(actor, id);
  }

  @Post(':mappingCollectionId/approval')
  @HttpCode(200)
  @RequirePermission('create', 'Mapping')
  @ApiOperation({
    summary: 'Approve a mapping collection, or withdraw the approval',
    description:
      'Only the owner organization (owners and admins; API keys with `catalog:write`). An approved collection counts for recognition rules and pathways and is readable by every organization; ' +
      'withdrawing the approval stops it counting. 403 for another organization’s published collection, 409 when nothing changes.',
  })
  @ApiOkResponse({ type: MappingCollectionDto })
  @ApiProblems(400, 403, 404, 409)
  async approve(@CurrentActor() actor: Actor, @IdParam('mappingCollectionId') id: string, @Body() body: ApprovalDto): Promise<MappingCollectionDto> {
    return MappingCollectionDto.from(await this.collections.setApproval(actor, id, body.approved));
  }
}

@ApiTags('recognition')
@Controller('frameworks')
export class CrosswalkCollectionsController {
  constructor(private readonly collections: MappingCollectionsService) {}

  @Get(':frameworkId/mapping-collection')
  @RequirePermission('read', 'Mapping')
  @ApiOperation({
    summary: 'Crosswalks of a framework as an OSCAL 1.2 mapping collection',
    description:
      'The built-in crosswalks from or to the framework (`include=all`: with the organization’s own CSV/JSON crosswalks) as one OSCAL 1.2 `mapping-collection`, one `mapping` per framework pair, ' +
      'relations in the OSCAL vocabulary (equal → equal-to, subset → subset-of, superset → superset-of, intersects → intersects-with), rationale in each map’s `remarks`. Imports with POST /v1/mapping-collections.',
  })
  @ApiOkResponse({ description: 'The OSCAL document', content: { 'application/json': { schema: MAPPING_COLLECTION_SCHEMA } } })
  @ApiProblems(400, 404)
  async exportCrosswalks(@CurrentActor() actor: Actor, @IdParam('frameworkId') id: string, @Query() query: ExportCrosswalksQueryDto): Promise<unknown> {
    return this.collections.exportCrosswalks(actor, id, { includeOwn: query.include === 'all' });
  }
}

@ApiTags('recognition')
@Controller('recognition-rules')
export class RecognitionRulesController {
  constructor(private readonly rules: RecognitionRulesService) {}

  @Get()
  @RequirePermission('read', 'Mapping')
  @ApiOperation({
    summary: 'List recognition rules',
    description: 'Every rule (they are public statements of what a market accepts), optionally of one market.',
  })
  @ApiPageResponse(RecognitionRuleDto)
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() query: ListRecognitionRulesQueryDto): Promise<Page<RecognitionRuleDto>> {
    const page = await this.rules.list(actor, { market: query.market }, query);
    return { data: page.data.map(RecognitionRuleDto.from), nextCursor: page.nextCursor };
  }

  @Post()
  @RequirePermission('create', 'Mapping')
  @ApiOperation({
    summary: 'Create a recognition rule',
    description:
      '"Market M accepts attestations against S, issued by a body accredited under one of these arrangements, as meeting T through this mapping collection, with these residual requirements." ' +
      'The organization’s own rule (a procurer’s rules apply to its tenders and to workspaces it takes part in). The collection must map S to T; it counts only while approved. Owners and admins; API keys with `catalog:write`.',
  })
  @ApiCreatedResponse({ type: RecognitionRuleDto })
  @ApiProblems(400, 422)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateRecognitionRuleDto): Promise<RecognitionRuleDto> {
    return RecognitionRuleDto.from(await this.rules.create(actor, body));
  }

  @Get(':recognitionRuleId')
  @RequirePermission('read', 'Mapping')
  @ApiOperation({ summary: 'Get a recognition rule', description: 'One rule.' })
  @ApiOkResponse({ type: RecognitionRuleDto })
  @ApiProblems(400, 404)
  async get(@CurrentActor() actor: Actor, @IdParam('recognitionRuleId') id: string): Promise<RecognitionRuleDto> {
    return RecognitionRuleDto.from(await this.rules.get(actor, id));
  }

  @Delete(':recognitionRuleId')
  @HttpCode(204)
  @RequirePermission('create', 'Mapping')
  @ApiOperation({ summary: 'Delete a recognition rule', description: 'Only its owner (403 for another organization’s rule).' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 403, 404)
  async remove(@CurrentActor() actor: Actor, @IdParam('recognitionRuleId') id: string): Promise<void> {
    await this.rules.remove(actor, id);
  }
}

@ApiTags('recognition')
@Controller('workspaces/:workspaceId/recognition-pathways')
export class RecognitionPathwaysController {
  constructor(private readonly pathways: RecognitionPathwaysService) {}

  @Get()
  @RequirePermission('read', 'GapAnalysis')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: 'Recognition pathways for a target market',
    description:
      'Per target framework of the workspace and per framework a rule of the market recognises: accept (directly, or via an approved mapping with nothing left), accept with residual gaps ' +
      '(the unmapped and partly mapped requirements, with the evidence that closes them) or reassess, from approved mapping collections, recognition rules (the operator’s and those of the workspace’s observers, the parties relying on the offering; never the supplier side’s or the assessor’s own) and the offering’s attestations. `?format=csv` for a spreadsheet.',
  })
  @ApiOkResponse({ type: RecognitionPathwaysDto })
  @ApiProblems(400, 403, 404)
  async get(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Query() q: PathwaysQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RecognitionPathwaysDto | string> {
    const result = await this.pathways.pathways(actor, ws, q.market);
    if (q.format === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition(`recognition-pathways-${ws}-${result.market}.csv`));
      return pathwaysCsv(result);
    }
    return result;
  }
}
