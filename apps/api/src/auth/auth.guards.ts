import { CanActivate, ExecutionContext, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AccessError, AccessErrorCode, buildAbility, type Permission } from '@attesta/access';
import { CoreError, CoreErrorCode, DomainError, type Actor, type MaybePromise } from '@attesta/core';
import { IdentityError, IdentityErrorCode } from '@attesta/identity';
import type { FastifyRequest } from 'fastify';
import passport from 'passport';
import { AUTHENTICATED_KEY, PERMISSION_KEY, PUBLIC_KEY, USER_ONLY_KEY } from './auth.decorators.js';

/**
 * A credential that is wrong is the caller's problem (401); a database or Redis that cannot
 * answer while checking it is ours: 503, logged with the correlation id by the error filter,
 * so users are not signed out by an outage and the outage is not hidden.
 */
export function authenticationUnavailable(cause: unknown): ServiceUnavailableException {
  return new ServiceUnavailableException('Authentication is temporarily unavailable; try again shortly.', { cause });
}

function rethrow(err: unknown, user: unknown, fallback: string): Actor {
  if (err instanceof DomainError) throw err;
  if (err) throw authenticationUnavailable(err);
  if (!user) throw new IdentityError(IdentityErrorCode.InvalidAccessToken, fallback);
  return user as Actor;
}

interface Outcome {
  err: unknown;
  user?: unknown;
  info?: unknown;
}

/**
 * Runs one registered Passport strategy (`jwt` or `api-key`, see strategies.ts) on the request,
 * sessionless: the actor it yields, or the error `rethrow` makes of a failure. This is what
 * @nestjs/passport's AuthGuard does for one strategy, without the guard object around it (its
 * options look-up and its extra promises on every request). When the strategy decides at once (a
 * cached credential), so does this: the actor is returned, or the error thrown, with no promise.
 */
function authenticate(strategy: 'jwt' | 'api-key', req: FastifyRequest, res: unknown, fallback: string): MaybePromise<Actor> {
  let now: Outcome | undefined;
  let later: ((outcome: Outcome) => void) | undefined;
  // Passport calls back once; should a strategy call twice, the first answer stands (a promise
  // settles once, and an answer given at once is kept).
  const finish = (err: unknown, user?: unknown, info?: unknown) => {
    if (later) later({ err, user, info });
    else now ??= { err, user, info };
  };
  // With a callback Passport answers through it; `next` is reached only by a strategy that
  // passes (none here), which yields no actor: refused like a missing credential.
  (passport.authenticate(strategy, { session: false }, finish) as (req: unknown, res: unknown, next: (err?: unknown) => void) => void)(req, res, finish);
  const conclude = (outcome: Outcome): Actor => {
    (req as FastifyRequest & { authInfo?: unknown }).authInfo = outcome.info;
    return rethrow(outcome.err, outcome.user, fallback);
  };
  if (now) return conclude(now);
  return new Promise<Outcome>((resolve) => (later = resolve)).then(conclude);
}

/**
 * Global: every route needs credentials unless marked @Public(). A bearer token is
 * checked by the JWT strategy, an `x-api-key` header by the API-key strategy; then the
 * declared permission is checked against the actor's CASL ability. Routes that declare
 * neither are refused: access is never open by omission.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  /**
   * `true` at once when the credential is decided at once (a cached one: Nest's guard loop then
   * awaits nothing), else a promise of it; a refusal is thrown, or rejects the promise.
   */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const rule = this.ruleOf(context);
    if (rule.public) return true;
    if (!rule.permission && !rule.authenticated) {
      throw new Error(`Route ${context.getClass().name}.${context.getHandler().name} declares no access rule`);
    }

    const http = context.switchToHttp();
    const req = http.getRequest<FastifyRequest & { user?: Actor }>();
    let actor: MaybePromise<Actor>;
    if (req.headers.authorization?.startsWith('Bearer ')) {
      actor = authenticate('jwt', req, http.getResponse(), 'The access token is invalid or expired.');
    } else if (req.headers['x-api-key']) {
      actor = authenticate('api-key', req, http.getResponse(), 'The API key is not valid.');
    } else {
      throw new IdentityError(IdentityErrorCode.InvalidAccessToken, 'Authentication required: send a bearer access token or an x-api-key header.');
    }
    return actor instanceof Promise ? actor.then((a) => this.admit(rule, req, a)) : this.admit(rule, req, actor);
  }

  /** The authenticated actor on the request, then the route's rule for it: only a user, and the declared permission. */
  private admit(rule: RouteRule, req: FastifyRequest & { user?: Actor }, actor: Actor): true {
    req.user = actor;
    if (rule.userOnly && actor.kind !== 'user') {
      throw new AccessError(AccessErrorCode.Forbidden, 'Only a signed-in user can do this; API keys cannot.');
    }
    const { permission } = rule;
    if (permission && !buildAbility(actor).can(permission.action, permission.subject)) {
      throw new AccessError(AccessErrorCode.Forbidden, `Not allowed to ${permission.action} ${permission.subject}.`);
    }
    return true;
  }

  /**
   * A route's access rule from its decorators (the handler's over its class's), read once per
   * handler and class: decorators are applied when the classes are defined and never change after.
   */
  private ruleOf(context: ExecutionContext): RouteRule {
    const handler = context.getHandler();
    const cls = context.getClass();
    let byClass = this.rules.get(handler);
    let rule = byClass?.get(cls);
    if (!rule) {
      const targets = [handler, cls];
      rule = {
        public: !!this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets),
        permission: this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets),
        authenticated: !!this.reflector.getAllAndOverride<boolean>(AUTHENTICATED_KEY, targets),
        userOnly: !!this.reflector.getAllAndOverride<boolean>(USER_ONLY_KEY, targets),
      };
      if (!byClass) this.rules.set(handler, (byClass = new WeakMap()));
      byClass.set(cls, rule);
    }
    return rule;
  }

  private readonly rules = new WeakMap<object, WeakMap<object, RouteRule>>();
}

interface RouteRule {
  public: boolean;
  permission: Permission | undefined;
  authenticated: boolean;
  userOnly: boolean;
}

/**
 * Runs the local (email + password) strategy; errors keep their problem shape. A body without
 * the e-mail or the password is the client's mistake (400 naming the field): Passport would
 * answer it as wrong credentials (401) before the body's DTO is validated.
 */
@Injectable()
export class PasswordLoginGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext): ReturnType<CanActivate['canActivate']> {
    const body = context.switchToHttp().getRequest<{ body?: unknown }>().body;
    const fields = (body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
    const errors = (['email', 'password'] as const)
      .filter((f) => fields[f] === undefined || fields[f] === null || fields[f] === '')
      .map((field) => ({ field, message: 'should not be empty' }));
    if (errors.length) throw new CoreError(CoreErrorCode.ValidationFailed, errors.map((e) => `${e.field} ${e.message}`).join('; '), { errors });
    return super.canActivate(context);
  }

  override handleRequest<T>(err: unknown, user: unknown): T {
    if (err instanceof DomainError) throw err;
    if (err) throw authenticationUnavailable(err);
    if (!user) throw new IdentityError(IdentityErrorCode.InvalidCredentials, 'E-mail and password are required.');
    return user as T;
  }
}
