import { AccreditationsService } from '@attesta/accreditation';
import { Controller, Delete, Get, Header, HttpCode, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiPageResponse, ApiProblems, Body, etagOf, IdParam, IfMatch, PageQueryDto, Query, type Actor, type Page } from '@attesta/core';
import type { Locale } from '@attesta/i18n';
import type { FastifyReply } from 'fastify';
import { OrganizationsService } from '@attesta/identity';
import { WorkspacesService } from '@attesta/workspaces';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { ACCEPT_LANGUAGE_HEADER, RequestLocale } from '../http/accept-language.decorator.js';
import { ApiETag } from '../http/etagged.js';
import { Idempotent } from '../http/idempotency.js';
import {
  ApplicabilityQueryDto,
  ApplicabilityRowDto,
  CreateWorkspaceDto,
  DirectoryQueryDto,
  InviteParticipantDto,
  OrganizationProfileDto,
  ParticipantDto,
  RespondDto,
  SetApplicabilityDto,
  UpdatedCountDto,
  UpdateWorkspaceDto,
  WorkspaceDto,
} from './dto/workspace.dto.js';

@ApiTags('workspaces')
@Controller('workspaces')
export class WorkspacesController {
  constructor(private readonly workspaces: WorkspacesService) {}

  @Post()
  @RequirePermission('create', 'Workspace')
  @Idempotent()
  @ApiOperation({
    summary: 'Open an assessment workspace',
    description: 'One offering × target frameworks × target markets (ISO 3166-1 alpha-2). Manufacturers only.',
  })
  @ApiCreatedResponse({ type: WorkspaceDto })
  @ApiProblems(400)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateWorkspaceDto): Promise<WorkspaceDto> {
    return WorkspaceDto.from(await this.workspaces.create(actor, body));
  }

  @Get()
  @RequirePermission('read', 'Workspace')
  @ApiOperation({ summary: 'Workspaces you take part in or are invited to' })
  @ApiPageResponse(WorkspaceDto)
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() page: PageQueryDto): Promise<Page<WorkspaceDto>> {
    const p = await this.workspaces.list(actor, page);
    return { data: p.data.map(WorkspaceDto.from), nextCursor: p.nextCursor };
  }

  @Get(':workspaceId')
  @RequirePermission('read', 'Workspace')
  @ApiOperation({ summary: "One workspace, with your organization's role in it", description: 'The ETag is its version (what If-Match on an update names).' })
  @ApiOkResponse({ type: WorkspaceDto })
  @ApiETag()
  @ApiProblems(400, 404)
  async get(@CurrentActor() actor: Actor, @IdParam('workspaceId') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<WorkspaceDto> {
    const workspace = WorkspaceDto.from(await this.workspaces.get(actor, id));
    void reply.header('etag', etagOf(workspace.version));
    return workspace;
  }

  @Patch(':workspaceId')
  @RequirePermission('update', 'Workspace')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Update a workspace', description: 'Owner only. Send the version you read as If-Match.' })
  @ApiOkResponse({ type: WorkspaceDto })
  @ApiProblems(400, 404, 412, 428)
  async update(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') id: string,
    @IfMatch() version: number,
    @Body() body: UpdateWorkspaceDto,
  ): Promise<WorkspaceDto> {
    return WorkspaceDto.from(await this.workspaces.update(actor, id, version, body));
  }

  @Get(':workspaceId/participants')
  @RequirePermission('read', 'Participant')
  @ApiOperation({ summary: 'Participants of a workspace' })
  @ApiPageResponse(ParticipantDto)
  @ApiProblems(400, 404)
  async participants(@CurrentActor() actor: Actor, @IdParam('workspaceId') id: string, @Query() page: PageQueryDto): Promise<Page<ParticipantDto>> {
    const p = await this.workspaces.listParticipants(actor, id, page);
    return { data: p.data.map(ParticipantDto.from), nextCursor: p.nextCursor };
  }

  @Post(':workspaceId/participants')
  @RequirePermission('create', 'Participant')
  @ApiOperation({
    summary: 'Invite an organization',
    description:
      'Owner only. Contributors are scoped to the components they provide; an assessor organization can never also own or contribute, nor assess an offering with a component it provides ' +
      '(409 `workspaces.impartiality_conflict`, with `componentIds`). An organization takes part once: a second invitation while one is pending or accepted is 409 `workspaces.already_participant`.',
  })
  @ApiCreatedResponse({ type: ParticipantDto })
  @ApiProblems(400, 404, 409, 422)
  async invite(@CurrentActor() actor: Actor, @IdParam('workspaceId') id: string, @Body() body: InviteParticipantDto): Promise<ParticipantDto> {
    return ParticipantDto.from(await this.workspaces.inviteParticipant(actor, id, body));
  }

  @Delete(':workspaceId/participants/:participantId')
  @RequirePermission('delete', 'Participant')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a participant', description: 'Owner only.' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 404, 409)
  async remove(@CurrentActor() actor: Actor, @IdParam('workspaceId') id: string, @IdParam('participantId') participantId: string): Promise<void> {
    await this.workspaces.removeParticipant(actor, id, participantId);
  }

  @Post(':workspaceId/invitation')
  @RequirePermission('update', 'Participant', { userOnly: true })
  @HttpCode(200)
  @ApiOperation({ summary: "Accept or decline your organization's invitation", description: 'Owners and admins of the invited organization.' })
  @ApiOkResponse({ type: ParticipantDto })
  @ApiProblems(400, 404)
  async respond(@CurrentActor() actor: Actor, @IdParam('workspaceId') id: string, @Body() body: RespondDto): Promise<ParticipantDto> {
    return ParticipantDto.from(await this.workspaces.respond(actor, id, body.answer === 'accept'));
  }

  @Get(':workspaceId/applicability')
  @RequirePermission('read', 'Applicability')
  @ApiOperation({
    summary: 'Statement of applicability',
    description: 'Every control of the target frameworks, in reading order, with its applicability (applicable until stated otherwise). Not for observers.',
  })
  @ApiHeader(ACCEPT_LANGUAGE_HEADER)
  @Header('Vary', 'Accept-Language')
  @ApiPageResponse(ApplicabilityRowDto)
  @ApiProblems(400, 404)
  async applicability(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') id: string,
    @Query() q: ApplicabilityQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<Page<ApplicabilityRowDto>> {
    const p = await this.workspaces.applicability(actor, id, q, locale);
    return { data: p.data.map(ApplicabilityRowDto.from), nextCursor: p.nextCursor };
  }

  @Put(':workspaceId/applicability')
  @RequirePermission('update', 'Applicability')
  @ApiOperation({
    summary: 'Bulk edit the statement of applicability',
    description: 'Owner only. All items are checked first; all are written or none. A requirement that does not apply needs a justification.',
  })
  @ApiOkResponse({ type: UpdatedCountDto })
  @ApiProblems(400, 404)
  setApplicability(@CurrentActor() actor: Actor, @IdParam('workspaceId') id: string, @Body() body: SetApplicabilityDto): Promise<UpdatedCountDto> {
    return this.workspaces.setApplicability(actor, id, body.items);
  }
}

@ApiTags('organization')
@Controller('organizations')
export class DirectoryController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly accreditations: AccreditationsService,
  ) {}

  @Get('directory')
  @RequirePermission('read', 'Organization')
  @ApiOperation({
    summary: 'Find organizations to work with',
    description:
      'Public profiles only: name, kind, the accreditation declared at sign-up (text, not verified) and the accreditation records, each marked verified or not.',
  })
  @ApiPageResponse(OrganizationProfileDto)
  @ApiProblems(400)
  async directory(@CurrentActor() actor: Actor, @Query() q: DirectoryQueryDto): Promise<Page<OrganizationProfileDto>> {
    const page = await this.organizations.directory(actor, q);
    const records = await this.accreditations.publicProfiles(page.data.map((o) => o.id));
    return { data: page.data.map((o) => ({ ...o, accreditations: records.get(o.id) ?? [] })), nextCursor: page.nextCursor };
  }
}
