import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { CoreError, CoreErrorCode, isUuid, type Actor } from '@attesta/core';
import { AuthService, type Session } from '@attesta/identity';
import type { IncomingMessage } from 'node:http';
import { Strategy as LocalStrategyBase } from 'passport-local';
import { HeaderAPIKeyStrategy } from 'passport-headerapikey';
import { Strategy as PassportStrategyBase } from 'passport-strategy';

type Verified = (err: unknown, user?: unknown, info?: unknown) => void;

/**
 * Passport's strategy for `Authorization: Bearer <token>`: hands the token to the verify callback
 * and nothing else (no body or query parameter is read; tokens never travel in URLs).
 */
export class BearerTokenStrategy extends PassportStrategyBase {
  constructor(private readonly verify: (token: string, done: Verified) => void) {
    super();
  }

  override authenticate(req: IncomingMessage): void {
    const token = /^Bearer +(\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return this.fail('Bearer', 401);
    this.verify(token, (err, user, info) => (err ? this.error(err as Error) : user ? this.success(user, info) : this.fail(info, 401)));
  }
}

/**
 * `Authorization: Bearer <access JWT>`: a user acting for the token's organization. The token is
 * verified by AuthService (jsonwebtoken through @nestjs/jwt: HS256, audience, issuer, expiry; a
 * verified token's claims are kept until it expires), then its session and membership are checked.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(BearerTokenStrategy, 'jwt') {
  constructor(private readonly auth: AuthService) {
    super();
  }

  validate(token: string): Promise<Actor> {
    return this.auth.actorFromAccessToken(this.auth.verifyAccessToken(token));
  }
}

/** `x-api-key: atk_<prefix>.<secret>`: a machine client of one organization. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(HeaderAPIKeyStrategy, 'api-key') {
  constructor(private readonly auth: AuthService) {
    super({ header: 'x-api-key', prefix: '' }, false);
  }

  validate(apiKey: string): Promise<Actor> {
    return this.auth.actorFromApiKey(apiKey);
  }
}

/** Email + password sign-in; the "user" it yields is the new session. */
@Injectable()
export class LocalStrategy extends PassportStrategy(LocalStrategyBase, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: { ip: string; body?: { organizationId?: unknown } }, email: unknown, password: unknown): Promise<Session> {
    // The strategy runs before the body's DTO is validated and hands over whatever the JSON holds
    // (a number, a list): the wrong type is the client's (400 naming the field), not an outage.
    const organizationId = req.body?.organizationId;
    const errors = [
      ...(typeof email === 'string' ? [] : [{ field: 'email', message: 'must be a string' }]),
      ...(typeof password === 'string' ? [] : [{ field: 'password', message: 'must be a string' }]),
      ...(organizationId === undefined || (typeof organizationId === 'string' && isUuid(organizationId))
        ? []
        : [{ field: 'organizationId', message: 'must be a UUID' }]),
    ];
    if (errors.length) throw new CoreError(CoreErrorCode.ValidationFailed, errors.map((e) => `${e.field} ${e.message}`).join('; '), { errors });
    return this.auth.login({ email: email as string, password: password as string, ip: req.ip, organizationId: organizationId as string | undefined });
  }
}
