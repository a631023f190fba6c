import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AppConfig, CoreError, CoreErrorCode, isUuid, type Actor } from '@attesta/core';
import { AuthService, jwtKey, type AccessTokenClaims, type Session } from '@attesta/identity';
import { Strategy as LocalStrategyBase } from 'passport-local';
import { HeaderAPIKeyStrategy } from 'passport-headerapikey';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';

/** `Authorization: Bearer <access JWT>`: a user acting for the token's organization. */
@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject (passport-jwt hands it to jsonwebtoken, which takes one; its types say string | Buffer).
      secretOrKey: jwtKey(config.JWT_SECRET) as unknown as Buffer,
      algorithms: ['HS256'],
      audience: 'attesta-api',
      issuer: config.PUBLIC_BASE_URL,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Promise<Actor> {
    return this.auth.actorFromAccessToken(claims);
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
