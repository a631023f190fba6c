import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { CoreError, CoreErrorCode, isUuid, type Actor, type MaybePromise } from '@attesta/core';
import { AuthService, type Session } from '@attesta/identity';
import type { IncomingMessage } from 'node:http';
import { Strategy as LocalStrategyBase } from 'passport-local';
import passport from 'passport';
import { Strategy as PassportStrategyBase } from 'passport-strategy';

/**
 * A Passport strategy for one credential carried in a request header: `extract` reads it (nothing
 * else is read: no body or query parameter, so credentials never travel in URLs), `verify` turns it
 * into the actor or throws. A missing credential fails (401); a rejected one is the error `verify`
 * threw (a DomainError: 401, anything else: 503, see AccessGuard). A credential `verify` answers at
 * once (a cached one) succeeds at once, so Passport's callback runs before `authenticate` returns.
 * Registered with Passport under `name` when Nest makes it.
 */
export abstract class HeaderCredentialStrategy extends PassportStrategyBase {
  protected constructor(
    readonly name: string,
    private readonly extract: (req: IncomingMessage) => string | undefined,
    private readonly challenge: string,
  ) {
    super();
    passport.use(name, this);
  }

  protected abstract verify(credential: string): MaybePromise<Actor>;

  override authenticate(req: IncomingMessage): void {
    const credential = this.extract(req);
    if (!credential) return this.fail(this.challenge, 401);
    let verified: MaybePromise<Actor>;
    try {
      verified = this.verify(credential);
    } catch (e) {
      return this.error(e as Error);
    }
    if (!(verified instanceof Promise)) return this.success(verified);
    verified.then(
      (actor) => this.success(actor),
      (e: unknown) => this.error(e as Error),
    );
  }
}

/**
 * `Authorization: Bearer <access JWT>`: a user acting for the token's organization. The token is
 * verified by AuthService (jsonwebtoken through @nestjs/jwt: HS256, audience, issuer, expiry; a
 * verified token's claims are kept until it expires), then its session and membership are checked.
 */
@Injectable()
export class JwtStrategy extends HeaderCredentialStrategy {
  constructor(private readonly auth: AuthService) {
    super('jwt', (req) => /^Bearer +(\S+)$/.exec(req.headers.authorization ?? '')?.[1], 'Bearer');
  }

  protected verify(token: string): MaybePromise<Actor> {
    return this.auth.actorFromAccessToken(this.auth.verifyAccessToken(token));
  }
}

/** `x-api-key: atk_<prefix>.<secret>`: a machine client of one organization. */
@Injectable()
export class ApiKeyStrategy extends HeaderCredentialStrategy {
  constructor(private readonly auth: AuthService) {
    super('api-key', (req) => headerValue(req.headers['x-api-key']), 'ApiKey');
  }

  protected verify(apiKey: string): MaybePromise<Actor> {
    return this.auth.actorFromApiKey(apiKey);
  }
}

/** A header as one string: repeated headers Node did not join come as a list, joined as Node joins. */
function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
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
