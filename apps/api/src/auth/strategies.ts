import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AppConfig, type Actor } from '@attesta/core';
import { AuthService, type AccessTokenClaims, type Session } from '@attesta/identity';
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
      secretOrKey: config.JWT_SECRET,
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

  validate(req: { ip: string; body?: { organizationId?: string } }, email: string, password: string): Promise<Session> {
    return this.auth.login({ email, password, ip: req.ip, organizationId: req.body?.organizationId });
  }
}
