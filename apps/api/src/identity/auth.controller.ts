import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, type Actor, type UserActor } from '@attesta/core';
import { AuthService, OrganizationsService, PASSWORD_POLICY, type Session } from '@attesta/identity';
import { Authenticated, CurrentActor, Public } from '../auth/auth.decorators.js';
import { PasswordLoginGuard } from '../auth/auth.guards.js';
import { AnonymousRateLimit } from '../http/rate-limit.interceptor.js';
import { ChangePasswordDto, LoginDto, RefreshDto, SessionDto, SignupDto, SwitchOrganizationDto } from './dto/auth.dto.js';
import { MeDto, OrganizationDto, SignupResponseDto } from './dto/organization.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Post('signup')
  @Public()
  @AnonymousRateLimit('signup')
  @ApiOperation({
    summary: 'Sign up a new organization with its first owner',
    description: `Creates the organization and its owner and signs the owner in. Password policy: ${PASSWORD_POLICY} Limited per client IP (RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR): over the budget the answer is 429 with \`Retry-After\`.`,
  })
  @ApiCreatedResponse({ type: SignupResponseDto })
  @ApiProblems(400, 409)
  async signup(@Body() body: SignupDto): Promise<SignupResponseDto> {
    const { organization, session } = await this.organizations.signup(body);
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
  @ApiOperation({ summary: 'Change your password', description: `Ends every session of the account. Policy: ${PASSWORD_POLICY}` })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblems(400)
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor as UserActor, body.currentPassword, body.newPassword);
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
  @ApiOperation({ summary: 'Who is calling', description: 'The actor of this request and, for users, the organizations they can switch to.' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentActor() actor: Actor): Promise<MeDto> {
    if (actor.kind === 'user') {
      const mine = await this.organizations.mine(actor);
      return {
        kind: 'user',
        id: actor.userId,
        organizationId: actor.organizationId,
        role: actor.role,
        organizations: mine.map((m) => ({ organization: OrganizationDto.from(m.organization), role: m.role })),
      };
    }
    if (actor.kind === 'api_key') {
      return { kind: 'api_key', id: actor.apiKeyId, organizationId: actor.organizationId, scopes: [...actor.scopes], organizations: [] };
    }
    throw new Error('system actors do not call the API');
  }
}
