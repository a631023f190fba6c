import { Controller, Get, Post, Put } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { OscalProfileService } from '@attesta/catalog';
import { ApiProblems, Body, IdParam, Query, type Actor } from '@attesta/core';
import { WorkspaceOscalService } from '@attesta/workspaces';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { ImportedFrameworkDto, ImportOscalQueryDto } from '../catalog/dto/framework.dto.js';
import { BodyLimit } from '../http/body-limit.js';

const PROFILE_EXAMPLE = {
  profile: {
    uuid: '1e2a5a3c-6d0a-4a51-8d5b-6f2f2e1d9c01',
    metadata: { title: 'Tailored basic catalog', 'last-modified': '2026-01-15T00:00:00Z', version: '1.0', 'oscal-version': '1.1.2' },
    imports: [{ href: '#basic-catalog', 'include-controls': [{ 'with-ids': ['s1.1.1', 's2.1.2'] }] }],
    modify: {
      'set-parameters': [{ 'param-id': 's1.1.1-prm_2', values: ['15 minutes'] }],
      alters: [{ 'control-id': 's2.1.2', adds: [{ position: 'ending', props: [{ name: 'priority', value: 'high' }] }] }],
    },
  },
};

export class ParameterValueItemDto {
  @ApiProperty({ example: 's1.1.1-prm_2', description: 'The OSCAL param id' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  paramId: string;

  @ApiProperty({
    type: [String],
    example: ['15 minutes'],
    description: 'The organization-defined values; an empty list removes them. A blank value is refused (400), not dropped',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(/\S/, { each: true, message: 'each value in $property must not be blank (send an empty list to remove the values)' })
  @MaxLength(2000, { each: true })
  values: string[];
}

export class SetParameterValuesDto {
  @ApiProperty({ type: [ParameterValueItemDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ParameterValueItemDto)
  parameters: ParameterValueItemDto[];
}

export class ParameterValueDto {
  @ApiProperty({ format: 'uuid' })
  frameworkId: string;
  @ApiProperty({ example: 's1.1.1-prm_2' })
  paramId: string;
  @ApiProperty({ type: [String], example: ['15 minutes'] })
  values: string[];
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(v: { frameworkId: string; paramId: string; values: string[]; updatedAt: Date }): ParameterValueDto {
    return { frameworkId: v.frameworkId, paramId: v.paramId, values: v.values, updatedAt: v.updatedAt.toISOString() };
  }
}

export class ControlParameterDto {
  @ApiProperty({ example: 'ac-02_odp.01' })
  id: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'prerequisites and criteria' })
  label: string | null;
  @ApiProperty({ type: [String], description: "The catalog's own values" })
  values: string[];
  @ApiPropertyOptional({ type: [String], nullable: true, description: "The workspace's organization-defined values, if set" })
  organizationValues: string[] | null;
}

export class OscalControlViewDto {
  @ApiProperty({ format: 'uuid' })
  requirementId: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: "The control's OSCAL members as imported" })
  structure: Record<string, unknown> | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'a. Define and document the types of accounts allowed ...',
    description: 'The statement with parameters inserted',
  })
  statement: string | null;
  @ApiProperty({ type: [ControlParameterDto] })
  params: ControlParameterDto[];
}

@ApiTags('catalog')
@Controller('frameworks/:frameworkId')
export class OscalProfileController {
  constructor(private readonly profiles: OscalProfileService) {}

  @Post('import/oscal-profile')
  @RequirePermission('create', 'Framework')
  @BodyLimit('CATALOG_IMPORT_MAX_BYTES')
  @ApiOperation({
    summary: 'Tailor a catalog with an OSCAL profile',
    description:
      'Resolves an OSCAL profile against this framework (an imported catalog or any visible framework): `include-all` / `include-controls` / `exclude-controls`, ' +
      '`set-parameters`, `alters` (adds and removes). The resolved catalog is stored as a new `imported` framework of the acting organization; its OSCAL export is the resolved catalog. ' +
      'A profile naming a control, parameter or part the catalog lacks, or repeating an id, is a 422 whose `errors[]` name the profile JSON paths; nothing is stored.',
  })
  @ApiConsumes('application/json')
  @ApiBody({
    description: 'An OSCAL profile document (`{ "profile": { ... } }`)',
    schema: { type: 'object', required: ['profile'], properties: { profile: { type: 'object' } } },
    examples: { tailored: { value: PROFILE_EXAMPLE } },
  })
  @ApiCreatedResponse({ type: ImportedFrameworkDto })
  @ApiProblems(400, 404, 409, 413, 422)
  async importProfile(
    @CurrentActor() actor: Actor,
    @IdParam('frameworkId') frameworkId: string,
    @Body() body: unknown,
    @Query() query: ImportOscalQueryDto,
  ): Promise<ImportedFrameworkDto> {
    return ImportedFrameworkDto.from(await this.profiles.importProfile(actor, frameworkId, body, query));
  }
}

@ApiTags('workspaces')
@Controller('workspaces/:workspaceId/frameworks/:frameworkId')
export class WorkspaceOscalController {
  constructor(private readonly oscal: WorkspaceOscalService) {}

  @Get('oscal/parameters')
  @RequirePermission('read', 'Applicability')
  @ApiOperation({
    summary: "The workspace's organization-defined parameter values for a target framework",
    description: 'Part of the statement of applicability: the values set for the framework’s OSCAL parameters (ODPs).',
  })
  @ApiOkResponse({ type: [ParameterValueDto] })
  @ApiProblems(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') workspaceId: string,
    @IdParam('frameworkId') frameworkId: string,
  ): Promise<ParameterValueDto[]> {
    return (await this.oscal.listParameterValues(actor, workspaceId, frameworkId)).map(ParameterValueDto.from);
  }

  @Put('oscal/parameters')
  @RequirePermission('update', 'Applicability')
  @ApiOperation({
    summary: 'Set organization-defined parameter values',
    description:
      'The workspace owner sets values for parameters of a target framework imported from OSCAL; an empty `values` removes them. All or nothing: ' +
      'a `paramId` the framework does not define is a 422 naming `parameters.<i>.paramId`. The values show in rendered statements and as the params’ `values` in the workspace’s OSCAL catalog.',
  })
  @ApiOkResponse({ type: [ParameterValueDto], description: "All of the workspace's values for the framework after the change" })
  @ApiProblems(400, 403, 404, 422)
  async set(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') workspaceId: string,
    @IdParam('frameworkId') frameworkId: string,
    @Body() body: SetParameterValuesDto,
  ): Promise<ParameterValueDto[]> {
    return (await this.oscal.setParameterValues(actor, workspaceId, frameworkId, body.parameters)).map(ParameterValueDto.from);
  }

  @Get('requirements/:requirementId/oscal')
  @RequirePermission('read', 'Applicability')
  @ApiOperation({
    summary: 'One control as OSCAL, with its statement rendered for the workspace',
    description:
      "The control's OSCAL members as imported and its statement with parameters inserted: the workspace's values first, else the catalog's values, choices or label.",
  })
  @ApiOkResponse({ type: OscalControlViewDto })
  @ApiProblems(400, 404)
  async control(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') workspaceId: string,
    @IdParam('frameworkId') frameworkId: string,
    @IdParam('requirementId') requirementId: string,
  ): Promise<OscalControlViewDto> {
    return this.oscal.controlView(actor, workspaceId, frameworkId, requirementId);
  }

  @Get('oscal/catalog')
  @RequirePermission('read', 'Applicability')
  @ApiOperation({
    summary: "A target framework as an OSCAL catalog with the workspace's parameter values",
    description:
      'OSCAL 1.1.2 catalog, a derived document (its own uuid, a `source` link to the imported one) whose params carry the workspace’s organization-defined values.',
  })
  @ApiOkResponse({ description: 'OSCAL catalog JSON', schema: { type: 'object', required: ['catalog'], properties: { catalog: { type: 'object' } } } })
  @ApiProblems(400, 404)
  async catalog(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') workspaceId: string,
    @IdParam('frameworkId') frameworkId: string,
  ): Promise<{ catalog: Record<string, unknown> }> {
    return this.oscal.catalog(actor, workspaceId, frameworkId);
  }
}
