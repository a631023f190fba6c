import { CanActivate, Controller, HttpCode, Injectable, Post, Req, Res, UseGuards, type ExecutionContext } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, OmitType } from '@nestjs/swagger';
import { AccessError, AccessErrorCode } from '@attesta/access';
import { ApiProblems, AppConfig, Body, type Actor, type UserActor } from '@attesta/core';
import { AuthService, IdentityError, IdentityErrorCode, type Session } from '@attesta/identity';
import type {} from '@fastify/cookie'; // types of req.cookies and reply.setCookie
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, CurrentActor, Public } from '../auth/auth.decorators.js';
import { PasswordLoginGuard } from '../auth/auth.guards.js';
import { LoginDto, SessionDto, SwitchOrganizationDto } from './dto/auth.dto.js';

/** The refresh token of a portal session: httpOnly, so scripts (and injected scripts) never see it. */
export const WEB_SESSION_COOKIE = 'attesta_session';
/**
 * A script-readable marker that a portal session cookie exists (it holds no secret, only
 * `1`): the portal renews a session on load only when it is there, so an anonymous visit
 * (the public verification page opened from a QR code) makes no refresh call.
 */
export const WEB_SIGNED_IN_COOKIE = 'attesta_signed_in';
const COOKIE_PATH = '/v1/auth/web';
export const WEB_CLIENT_HEADER = 'x-attesta-web';

export class WebSessionDto extends OmitType(SessionDto, ['refreshToken'] as const) {}

/**
 * Cross-site requests cannot send this custom header without a CORS preflight, which the
 * API never grants: together with SameSite=Strict it keeps other sites from using the cookie.
 */
@Injectable()
class WebClientGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    if (req.headers[WEB_CLIENT_HEADER] !== '1') {
      throw new AccessError(AccessErrorCode.Forbidden, `Portal session routes need the header ${WEB_CLIENT_HEADER}: 1.`);
    }
    return true;
  }
}

const clientHeader = ApiHeader({
  name: WEB_CLIENT_HEADER,
  required: true,
  description: 'Must be `1` (anti-CSRF: cross-site pages cannot send it).',
  schema: { type: 'string', enum: ['1'] },
});

/**
 * Sessions of the web portal. The same sessions as `/v1/auth/*`, but the refresh token
 * travels only in an httpOnly, SameSite=Strict cookie scoped to these routes; the access
 * token is returned in the body and kept in the page's memory.
 */
@ApiTags('auth')
@Controller('auth/web')
@UseGuards(WebClientGuard)
export class WebSessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(PasswordLoginGuard)
  @clientHeader
  @ApiOperation({
    summary: 'Sign in to the portal',
    description: 'Like `POST /v1/auth/login`, but the refresh token is set as an httpOnly cookie instead of returned.',
  })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({
    type: WebSessionDto,
    headers: { 'Set-Cookie': { description: `${WEB_SESSION_COOKIE}=…; HttpOnly; Secure; SameSite=Strict; Path=${COOKIE_PATH}`, schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401, 403, 404, 429)
  login(@CurrentActor() session: unknown, @Res({ passthrough: true }) reply: FastifyReply): WebSessionDto {
    // The local strategy has signed in already; its "user" is the session.
    return this.issue(session as Session, reply);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @clientHeader
  @ApiOperation({
    summary: 'Renew the portal session',
    description: 'Rotates the refresh cookie and returns a new access token. A reused cookie revokes the whole session.',
  })
  @ApiOkResponse({ type: WebSessionDto })
  @ApiProblems(401, 403)
  async refresh(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<WebSessionDto> {
    const presented = req.cookies[WEB_SESSION_COOKIE];
    if (!presented) throw new IdentityError(IdentityErrorCode.InvalidRefreshToken, 'There is no portal session; sign in.');
    try {
      return this.issue(await this.auth.refresh(presented), reply);
    } catch (e) {
      this.clear(reply);
      throw e;
    }
  }

  @Post('switch-organization')
  @Authenticated({ userOnly: true })
  @HttpCode(200)
  @clientHeader
  @ApiOperation({
    summary: 'Act for another organization in the portal',
    description: 'Ends the current portal session and starts one for the chosen organization.',
  })
  @ApiOkResponse({ type: WebSessionDto })
  @ApiProblems(400, 403, 404)
  async switchOrganization(
    @CurrentActor() actor: Actor,
    @Body() body: SwitchOrganizationDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebSessionDto> {
    const session = await this.auth.switchOrganization(actor as UserActor, body.organizationId);
    await this.endQuietly(req.cookies[WEB_SESSION_COOKIE]);
    return this.issue(session, reply);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @clientHeader
  @ApiOperation({ summary: 'Sign out of the portal', description: 'Revokes the session of the refresh cookie and clears it. Signing out twice is harmless.' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiProblems(403)
  async logout(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.endQuietly(req.cookies[WEB_SESSION_COOKIE]);
    this.clear(reply);
  }

  private issue(session: Session, reply: FastifyReply): WebSessionDto {
    const { refreshToken, ...rest } = session;
    const maxAge = this.config.REFRESH_TOKEN_TTL_SECONDS;
    reply.setCookie(WEB_SESSION_COOKIE, refreshToken, { ...this.cookie(), maxAge });
    reply.setCookie(WEB_SIGNED_IN_COOKIE, '1', { ...this.markerCookie(), maxAge });
    return rest;
  }

  private clear(reply: FastifyReply): void {
    reply.clearCookie(WEB_SESSION_COOKIE, this.cookie());
    reply.clearCookie(WEB_SIGNED_IN_COOKIE, this.markerCookie());
  }

  private markerCookie() {
    return { httpOnly: false, secure: this.config.SESSION_COOKIE_SECURE, sameSite: 'strict' as const, path: '/' };
  }

  private cookie() {
    return { httpOnly: true, secure: this.config.SESSION_COOKIE_SECURE, sameSite: 'strict' as const, path: COOKIE_PATH };
  }

  /** An unknown, expired or already revoked token is simply gone: nothing to end. */
  private async endQuietly(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.auth.logout(token).catch((e: unknown) => {
      if (!(e instanceof IdentityError)) throw e;
    });
  }
}
