import { Controller, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Body, type Actor, type UserActor } from '@attesta/core';
import { AuthService, OrganizationsService, PASSWORD_POLICY, type Session, UserPreferencesService } from '@attesta/identity';
import type { Locale } from '@attesta/i18n';
import { Authenticated, ClientIp, CurrentActor, Public } from '../auth/auth.decorators.js';
import { PasswordLoginGuard } from '../auth/auth.guards.js';
import { AcceptLanguage } from '../http/accept-language.decorator.js';
import { AnonymousRateLimit } from '../http/rate-limit.guard.js';
import { ChangePasswordDto, LoginDto, RefreshDto, SessionDto, SignupDto, SwitchOrganizationDto } from './dto/auth.dto.js';
import { MeDto, OrganizationDto, SignupResponseDto } from './dto/organization.dto.js';
import { UpdateMeDto } from './dto/me.dto.js';
import { ConfirmSignupDto, SignupRequestedDto } from './dto/signup.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly organizations: OrganizationsService,
    private readonly preferences: UserPreferencesService,
  ) {}

  @Post('signup')
  @Public()
  @AnonymousRateLimit('signup')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Sign up a new organization with its first owner',
    description:
      'Step one of two: mails the address a link that confirms the sign-up (valid for SIGNUP_CONFIRMATION_TTL_HOURS); nothing is created yet. ' +
      'An address that already has an account gets a "you already have an account" mail instead, and the answer is the same 202, so a sign-up does not tell whether an account exists. ' +
      `Password policy: ${PASSWORD_POLICY} Limited per client IP (RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR): over the budget the answer is 429 with \`Retry-After\`. ` +
      'The mail is written in the language of this request (`Accept-Language`; English when it names none of en, zh-CN, vi, th, ms, id), or, for an existing account, in the language that account chose.',
  })
  @ApiAcceptedResponse({ type: SignupRequestedDto, description: 'Mailed; the same answer whether or not the address has an account' })
  @ApiProblems(400, 422)
  signup(@Body() body: SignupDto, @AcceptLanguage() locale: Locale | null): Promise<SignupRequestedDto> {
    return this.organizations.requestSignup(body, locale);
  }

  @Post('signup/confirm')
  @Public()
  @AnonymousRateLimit('invitation')
  @ApiOperation({
    summary: 'Confirm a sign-up with the token from its e-mail',
    description:
      'Step two: creates the organization and its owner from the confirmed sign-up and signs the owner in. The link works once (410 when used or expired). ' +
      'Limited per client IP (RATE_LIMIT_INVITATION_PER_IP_PER_MINUTE).',
  })
  @ApiCreatedResponse({ type: SignupResponseDto })
  @ApiProblems(400, 404, 409, 410)
  async confirmSignup(@Body() body: ConfirmSignupDto): Promise<SignupResponseDto> {
    const { organization, session } = await this.organizations.confirmSignup(body);
    return { organization: OrganizationDto.from(organization), session };
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(PasswordLoginGuard)
  @ApiOperation({
    summary: 'Sign in with e-mail and password',
    description: 'Failed attempts are limited per account and per client IP; over the limit the answer is 429 with `Retry-After`.',
  })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(400, 401, 404, 429)
  login(@CurrentActor() session: unknown): Session {
    // The local strategy has signed in already; its "user" is the session.
    return session as Session;
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange a refresh token for a new session',
    description: 'Refresh tokens are single use. Presenting a used one again revokes every token of its session (reuse detection).',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(400, 401)
  refresh(@Body() body: RefreshDto): Promise<Session> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'End a session', description: 'Revokes the refresh token and every token rotated from the same sign-in.' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiProblems(400, 401)
  async logout(@Body() body: RefreshDto): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  @Post('password')
  @Authenticated({ userOnly: true })
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change your password',
    description:
      'Ends every session of the account. The current password is checked as at sign-in, from the same per-account and per-IP budgets ' +
      `(wrong: 401 naming \`currentPassword\`; too many attempts: 429). Policy: ${PASSWORD_POLICY}`,
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblems(400, 401, 429)
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto, @ClientIp() ip: string): Promise<void> {
    await this.auth.changePassword(actor as UserActor, body.currentPassword, body.newPassword, ip);
  }

  @Post('switch-organization')
  @Authenticated({ userOnly: true })
  @HttpCode(200)
  @ApiOperation({ summary: 'Act for another organization you belong to', description: 'Returns a new session for that organization.' })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(400, 404)
  switchOrganization(@CurrentActor() actor: Actor, @Body() body: SwitchOrganizationDto): Promise<Session> {
    return this.auth.switchOrganization(actor as UserActor, body.organizationId);
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({
    summary: 'Who is calling',
    description: 'The actor of this request, for users the organizations they can switch to and the language they chose (`locale`, null until chosen).',
  })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentActor() actor: Actor): Promise<MeDto> {
    if (actor.kind === 'user') {
      const mine = await this.organizations.mine(actor);
      const preferences = await this.preferences.get(actor);
      return {
        kind: 'user',
        id: actor.userId,
        organizationId: actor.organizationId,
        role: actor.role,
        organizations: mine.map((m) => ({ organization: OrganizationDto.from(m.organization), role: m.role })),
        locale: preferences.locale,
      };
    }
    if (actor.kind === 'api_key') {
      return { kind: 'api_key', id: actor.apiKeyId, organizationId: actor.organizationId, scopes: [...actor.scopes], organizations: [], locale: null };
    }
    throw new Error('system actors do not call the API');
  }

  @Patch('me')
  @Authenticated({ userOnly: true })
  @ApiOperation({
    summary: 'Change your own settings',
    description:
      'Sets the language of the portal and of the mail Attesta sends you (`locale`: en, zh-CN, vi, th, ms or id; null clears the choice). ' +
      'Changes the signed-in user only, whichever organization they act for; API keys cannot call it (403). Returns the same answer as `GET /v1/auth/me`.',
  })
  @ApiBody({ type: UpdateMeDto, examples: { choose: { value: { locale: 'vi' } }, clear: { value: { locale: null } } } })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(400)
  async updateMe(@CurrentActor() actor: Actor, @Body() body: UpdateMeDto): Promise<MeDto> {
    await this.preferences.update(actor as UserActor, { locale: body.locale });
    return this.me(actor);
  }
}
