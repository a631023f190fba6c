import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Body, IdParam, type Actor } from '@attesta/core';
import { FrameworkVersionsService } from '@attesta/framework-versions';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import {
  ChangeImpactReportDto,
  CreateVersionMappingDto,
  FrameworkVersionRefDto,
  MoveWorkspaceDto,
  RetireFrameworkDto,
  UpdateFrameworkMetadataDto,
  VersionMappingDto,
  WorkspaceFrameworkMoveDto,
} from './dto/framework-versions.dto.js';

@ApiTags('framework-versions')
@Controller()
export class FrameworkVersionsController {
  constructor(private readonly versions: FrameworkVersionsService) {}

  @Post('framework-version-mappings')
  @RequirePermission('create', 'Framework')
  @ApiOperation({
    summary: 'Map an old framework version to a new one',
    description:
      'The new version is imported beside the old one first (POST /v1/frameworks or /v1/frameworks/import/oscal, same code, new version): a new version of another code is refused (422 naming toFrameworkId). Relationships use the OSCAL 1.2 mapping vocabulary; refs that do not exist in the named versions and relationships outside the vocabulary are refused (422 naming entries.N.field); nothing is stored then.',
  })
  @ApiCreatedResponse({ type: VersionMappingDto })
  @ApiProblems(400, 404, 409, 422)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateVersionMappingDto): Promise<VersionMappingDto> {
    return VersionMappingDto.from(await this.versions.createMapping(actor, body));
  }

  @Post('framework-version-mappings/import/oscal')
  @RequirePermission('create', 'Framework')
  @ApiOperation({
    summary: 'Map an old framework version to a new one from an OSCAL 1.2 mapping collection',
    description:
      'One `mapping` whose source and target resources name the two versions (`urn:attesta:framework:<code>@<version>`, as mapping-collection exports write them); each `map` becomes an entry (relationship, remarks as rationale). Checked like a plain version mapping; nothing is stored on any error.',
  })
  @ApiBody({
    schema: {
      type: 'object',
      description: 'An OSCAL 1.2 document with a `mapping-collection` root',
      example: { 'mapping-collection': { uuid: '…', metadata: {}, provenance: {}, mappings: [] } },
    },
  })
  @ApiCreatedResponse({ type: VersionMappingDto })
  @ApiProblems(400, 404, 409, 422)
  async importOscal(@CurrentActor() actor: Actor, @Body() body: unknown): Promise<VersionMappingDto> {
    return VersionMappingDto.from(await this.versions.importOscalMapping(actor, body));
  }

  @Get('framework-version-mappings/:versionMappingId')
  @RequirePermission('read', 'Framework')
  @ApiOperation({ summary: 'A version mapping', description: 'With the requirements added, removed and changed between the two versions.' })
  @ApiOkResponse({ type: VersionMappingDto })
  @ApiProblems(400, 404)
  async get(@CurrentActor() actor: Actor, @IdParam('versionMappingId') id: string): Promise<VersionMappingDto> {
    return VersionMappingDto.from(await this.versions.getMapping(actor, id));
  }

  @Get('framework-version-mappings/:versionMappingId/impact')
  @RequirePermission('read', 'Framework')
  @ApiOperation({
    summary: 'Change-impact report',
    description:
      'For every workspace of your organization on the old version: the requirements added, removed and changed, the evidence that would no longer cover anything, the attestations that cite the old version, and what a move would carry.',
  })
  @ApiOkResponse({ type: ChangeImpactReportDto })
  @ApiProblems(400, 404)
  async impact(@CurrentActor() actor: Actor, @IdParam('versionMappingId') id: string): Promise<ChangeImpactReportDto> {
    return ChangeImpactReportDto.from(await this.versions.impact(actor, id));
  }

  @Post('workspaces/:workspaceId/framework-moves')
  @RequirePermission('update', 'Workspace')
  @ApiOperation({
    summary: 'Move a workspace to a new framework version',
    description:
      "The workspace owner's choice. Across equal/equivalent requirements the statement of applicability, organization-defined parameter values and evidence links are carried to the new version and the verdict history is recorded with the move; the old version's links and verdicts stay, and attestations keep citing the version they were issued for. One transaction.",
  })
  @ApiCreatedResponse({ type: WorkspaceFrameworkMoveDto })
  @ApiProblems(400, 403, 404, 409)
  async move(@CurrentActor() actor: Actor, @IdParam('workspaceId') workspaceId: string, @Body() body: MoveWorkspaceDto): Promise<WorkspaceFrameworkMoveDto> {
    return WorkspaceFrameworkMoveDto.from(await this.versions.move(actor, workspaceId, body));
  }

  @Get('workspaces/:workspaceId/framework-moves')
  @RequirePermission('read', 'Workspace')
  @ApiOperation({ summary: "A workspace's framework-version moves", description: 'With what each carried, including the verdict history per requirement.' })
  @ApiOkResponse({ type: [WorkspaceFrameworkMoveDto] })
  @ApiProblems(400, 404)
  async moves(@CurrentActor() actor: Actor, @IdParam('workspaceId') workspaceId: string): Promise<WorkspaceFrameworkMoveDto[]> {
    return (await this.versions.listMoves(actor, workspaceId)).map(WorkspaceFrameworkMoveDto.from);
  }

  @Patch('frameworks/:frameworkId')
  @RequirePermission('update', 'Framework')
  @ApiOperation({
    summary: "Edit a framework's metadata",
    description: 'Title, publisher, description, note of your own framework (built-ins change with releases: 403).',
  })
  @ApiOkResponse({ type: FrameworkVersionRefDto })
  @ApiProblems(400, 403, 404, 422)
  async update(@CurrentActor() actor: Actor, @IdParam('frameworkId') id: string, @Body() body: UpdateFrameworkMetadataDto): Promise<FrameworkVersionRefDto> {
    return FrameworkVersionRefDto.from(await this.versions.updateMetadata(actor, id, body));
  }

  @Post('frameworks/:frameworkId/retire')
  @HttpCode(200)
  @RequirePermission('update', 'Framework')
  @ApiOperation({
    summary: 'Retire a framework',
    description: 'It stays readable and cited (attestations, workspaces still on it); no version mapping may lead to it and no workspace may move to it.',
  })
  @ApiOkResponse({ type: FrameworkVersionRefDto })
  @ApiProblems(400, 403, 404)
  async retire(@CurrentActor() actor: Actor, @IdParam('frameworkId') id: string, @Body() body: RetireFrameworkDto): Promise<FrameworkVersionRefDto> {
    return FrameworkVersionRefDto.from(await this.versions.retire(actor, id, body?.reason ?? null));
  }

  @Delete('frameworks/:frameworkId')
  @HttpCode(204)
  @RequirePermission('delete', 'Framework')
  @ApiOperation({
    summary: 'Delete a framework nothing cites',
    description:
      'Refused with 409 (and what cites it) while a workspace, attestation, evidence link, crosswalk or version mapping cites it: retire it instead.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 403, 404, 409)
  async remove(@CurrentActor() actor: Actor, @IdParam('frameworkId') id: string): Promise<void> {
    await this.versions.remove(actor, id);
  }
}
