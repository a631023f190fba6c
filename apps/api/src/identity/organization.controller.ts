import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Body, IdParam, PageQueryDto, Query, type Actor, type Page } from '@attesta/core';
import { ApiKeysService, InvitationsService, MembersService, OrganizationsService, type Session } from '@attesta/identity';
import { Authenticated, ClientIp, CurrentActor, Public, RequirePermission } from '../auth/auth.decorators.js';
import { AnonymousRateLimit } from '../http/rate-limit.guard.js';
import { SessionDto } from './dto/auth.dto.js';
import {
  AcceptInvitationDto,
  ApiKeyDto,
  ApiKeyScopeDto,
  ChangeRoleDto,
  CreateApiKeyDto,
  CreatedApiKeyDto,
  CreatedInvitationDto,
  CreateInvitationDto,
  InvitationDto,
  MemberDto,
} from './dto/members.dto.js';
import { OrganizationDto, UpdateOrganizationDto } from './dto/organization.dto.js';
import type { Locale } from '@attesta/i18n';
import { AcceptLanguage } from '../http/accept-language.decorator.js';

function mapPage<T, U>(page: Page<T>, fn: (t: T) => U): Page<U> {
  return { data: page.data.map(fn), nextCursor: page.nextCursor };
}

@ApiTags('organization')
@Controller('organization')
export class OrganizationController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  @Get()
  @RequirePermission('read', 'Organization')
  @ApiOperation({ summary: 'The acting organization' })
  @ApiOkResponse({ type: OrganizationDto })
  async get(@CurrentActor() actor: Actor): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.organizations.current(actor));
  }

  @Patch()
  @RequirePermission('update', 'Organization', { userOnly: true })
  @ApiOperation({ summary: 'Update the acting organization', description: 'Owners and admins. Accreditation fields are for assessor organizations only.' })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiProblems(400)
  async update(@CurrentActor() actor: Actor, @Body() body: UpdateOrganizationDto): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.organizations.update(actor, body));
  }

  @Get('members')
  @RequirePermission('read', 'Member')
  @ApiOperation({ summary: 'List members' })
  @ApiPageResponse(MemberDto)
  @ApiProblems(400)
  async listMembers(@CurrentActor() actor: Actor, @Query() page: PageQueryDto): Promise<Page<MemberDto>> {
    return mapPage(await this.members.list(actor, page), MemberDto.from);
  }

  @Get('members/:membershipId')
  @RequirePermission('read', 'Member')
  @ApiOperation({ summary: 'One member' })
  @ApiOkResponse({ type: MemberDto })
  @ApiProblems(400, 404)
  async getMember(@CurrentActor() actor: Actor, @IdParam('membershipId') id: string): Promise<MemberDto> {
    return MemberDto.from(await this.members.get(actor, id));
  }

  @Patch('members/:membershipId')
  @RequirePermission('update', 'Member', { userOnly: true })
  @ApiOperation({ summary: "Change a member's role", description: 'Only owners grant or take away the owner role; the last owner stays.' })
  @ApiOkResponse({ type: MemberDto })
  @ApiProblems(400, 404, 409)
  async changeRole(@CurrentActor() actor: Actor, @IdParam('membershipId') id: string, @Body() body: ChangeRoleDto): Promise<MemberDto> {
    return MemberDto.from(await this.members.changeRole(actor, id, body.role));
  }

  @Delete('members/:membershipId')
  @RequirePermission('delete', 'Member', { userOnly: true })
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a member',
    description:
      'Their sessions in this organization end at once and for good (invited again, they sign in anew), and invitations still pending for their address are revoked.',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 404, 409)
  async removeMember(@CurrentActor() actor: Actor, @IdParam('membershipId') id: string): Promise<void> {
    await this.members.remove(actor, id);
  }

  @Post('invitations')
  @RequirePermission('create', 'Invitation', { userOnly: true })
  @ApiOperation({
    summary: 'Invite someone by e-mail',
    description:
      "E-mails (through the outbox) a single-use link that expires to the invited address. The link and its token reach the invitee only: they are not in this answer, so an inviter cannot accept in the invitee's name. " +
      'The mail is written in the language the invitee chose, if the address has an account that chose one; otherwise in the language on the inviter’s profile, else in the language of this request (`Accept-Language`), else English. ' +
      'A new invitation to an address replaces one still pending for it (revoked), and accepting one spends any other.',
  })
  @ApiCreatedResponse({ type: CreatedInvitationDto })
  @ApiProblems(400, 409)
  async invite(@CurrentActor() actor: Actor, @Body() body: CreateInvitationDto, @AcceptLanguage() locale: Locale | null): Promise<CreatedInvitationDto> {
    const created = await this.invitations.create(actor, body, locale);
    return { invitation: InvitationDto.from(created.invitation) };
  }

  @Get('invitations')
  @RequirePermission('read', 'Invitation')
  @ApiOperation({ summary: 'List invitations' })
  @ApiPageResponse(InvitationDto)
  @ApiProblems(400)
  async listInvitations(@CurrentActor() actor: Actor, @Query() page: PageQueryDto): Promise<Page<InvitationDto>> {
    return mapPage(await this.invitations.list(actor, page), InvitationDto.from);
  }

  @Delete('invitations/:invitationId')
  @RequirePermission('delete', 'Invitation', { userOnly: true })
  @ApiOperation({ summary: 'Revoke a pending invitation' })
  @ApiOkResponse({ type: InvitationDto })
  @ApiProblems(400, 404, 410)
  async revokeInvitation(@CurrentActor() actor: Actor, @IdParam('invitationId') id: string): Promise<InvitationDto> {
    return InvitationDto.from(await this.invitations.revoke(actor, id));
  }

  @Post('api-keys')
  @RequirePermission('create', 'ApiKey', { userOnly: true })
  @ApiOperation({ summary: 'Create an API key', description: 'The full key is in this response only; it is stored as a hash.' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiProblems(400)
  async createApiKey(@CurrentActor() actor: Actor, @Body() body: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    const created = await this.apiKeys.create(actor, body);
    return { apiKey: ApiKeyDto.from(created.apiKey), key: created.key };
  }

  @Get('api-keys/scopes')
  @Authenticated()
  @ApiOperation({ summary: 'Scopes an API key can carry', description: 'The catalogue, with what each scope grants. Keys never manage members or keys.' })
  @ApiOkResponse({ type: [ApiKeyScopeDto] })
  apiKeyScopes(): ApiKeyScopeDto[] {
    return ApiKeyScopeDto.all();
  }

  @Get('api-keys')
  @RequirePermission('read', 'ApiKey', { userOnly: true })
  @ApiOperation({ summary: 'List API keys' })
  @ApiPageResponse(ApiKeyDto)
  @ApiProblems(400)
  async listApiKeys(@CurrentActor() actor: Actor, @Query() page: PageQueryDto): Promise<Page<ApiKeyDto>> {
    return mapPage(await this.apiKeys.list(actor, page), ApiKeyDto.from);
  }

  @Get('api-keys/:apiKeyId')
  @RequirePermission('read', 'ApiKey', { userOnly: true })
  @ApiOperation({ summary: 'One API key' })
  @ApiOkResponse({ type: ApiKeyDto })
  @ApiProblems(400, 404)
  async getApiKey(@CurrentActor() actor: Actor, @IdParam('apiKeyId') id: string): Promise<ApiKeyDto> {
    return ApiKeyDto.from(await this.apiKeys.get(actor, id));
  }

  @Delete('api-keys/:apiKeyId')
  @RequirePermission('delete', 'ApiKey', { userOnly: true })
  @ApiOperation({ summary: 'Revoke an API key', description: 'It stops working at once. Revoking twice is harmless.' })
  @ApiOkResponse({ type: ApiKeyDto })
  @ApiProblems(400, 404)
  async revokeApiKey(@CurrentActor() actor: Actor, @IdParam('apiKeyId') id: string): Promise<ApiKeyDto> {
    return ApiKeyDto.from(await this.apiKeys.revoke(actor, id));
  }
}

@ApiTags('invitations')
@Controller('invitations')
export class InvitationAcceptanceController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('accept')
  @Public()
  @AnonymousRateLimit('invitation')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept an invitation',
    description:
      'New people choose a name and password; existing accounts confirm with their password. Returns a session for the inviting organization. Attempts count against the same per-account and per-IP budgets as sign-in (429 with `Retry-After` when spent), and the answers do not reveal whether an account exists for the invited e-mail. Every request, whatever its outcome, also counts against a per-IP budget (RATE_LIMIT_INVITATION_PER_IP_PER_MINUTE). An invitation is single use: of concurrent acceptances one succeeds, the others answer 410 like any later one.',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(400, 401, 404, 409, 410, 429)
  accept(@Body() body: AcceptInvitationDto, @ClientIp() ip: string): Promise<Session> {
    return this.invitations.accept({ ...body, ip });
  }
}
