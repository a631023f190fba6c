import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditService } from '@attesta/audit';
import {
  Actor,
  AppConfig,
  Db,
  insertable,
  isUuid,
  type MaybePromise,
  MemberRole,
  newId,
  OrganizationKind,
  scopeOf,
  systemScope,
  thenMaybe,
  UserActor,
} from '@attesta/core';
import { EntityManager } from 'typeorm';
import { MembershipEntity } from './entities/membership.entity.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';
import { AuthCache, type CachedApiKey, type CachedMembership } from './auth-cache.js';
import { API_KEY_FOR_AUTH_SQL, apiKeyFromRow, userForLogin } from './identity.lookups.js';
import { LoginThrottle } from './login-throttle.service.js';
import { SessionRevocations } from './session-revocations.js';
import { assertPasswordAcceptable, DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from './password-policy.js';
import { newSecret, sameHash, sha256Hex } from './secrets.js';
import { VerifiedTokens } from './verified-tokens.js';

export interface Session {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  userId: string;
  organizationId: string;
  role: MemberRole;
}

export interface AccessTokenClaims {
  sub: string;
  org: string;
  typ: 'access';
  /** The session (refresh-token family) the token belongs to; checked against revocations. */
  sid: string;
  iat: number;
  exp: number;
}

export const API_KEY_PATTERN = /^(atk_[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

/** Sign-in, sessions (access JWT + rotating refresh tokens), and credential checks. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly db: Db,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly revocations: SessionRevocations,
    private readonly cache: AuthCache,
  ) {}

  async login(input: { email: string; password: string; organizationId?: string; ip: string }): Promise<Session> {
    const email = input.email.trim().toLowerCase();
    const user = await this.db.tx(systemScope('sign-in: user by email, before anyone is known'), (em) => userForLogin(em, email));
    if (!(await this.checkPassword(email, user?.passwordHash ?? null, input.password, input.ip)) || !user) {
      throw new IdentityError(IdentityErrorCode.InvalidCredentials, 'E-mail or password is wrong.');
    }
    const membership = await this.membershipFor(user.id, input.organizationId);
    return this.db.tx(
      systemScope('sign-in: the verified user in the chosen organization', { organizationId: membership.organizationId, userId: user.id }),
      async (em) => {
        const session = await this.issueSession(em, user.id, membership.organizationId, membership.role, newId());
        await this.audit.record(em, userActor(user.id, membership), orgStream(membership.organizationId), {
          action: 'session.created',
          subjectType: 'User',
          subjectId: user.id,
          payload: { via: 'password' },
        });
        return session;
      },
    );
  }

  /**
   * The one way a password is checked for sign-in or to prove an existing account (an
   * invitation's acceptance): an attempt is taken from the account's and the IP's budgets
   * first (429 when spent), then the password is verified — against a dummy hash when no
   * account exists, so neither the answer nor its timing tells whether one does.
   */
  async checkPassword(email: string, passwordHash: string | null, password: string, ip: string): Promise<boolean> {
    const attempt = await this.throttle.take(email, ip);
    const ok = await verifyPassword(passwordHash ?? (await DUMMY_PASSWORD_HASH), password);
    if (ok && passwordHash) await this.throttle.succeeded(attempt);
    return ok && passwordHash !== null;
  }

  /**
   * For a step that sets a new password where an existing account would have been asked
   * for its own (accepting an invitation as a new person): refused (429) exactly when a
   * password check would be, and otherwise leaves the budgets as they were.
   */
  async takeAttempt(email: string, ip: string): Promise<void> {
    await this.throttle.succeeded(await this.throttle.take(email, ip));
  }

  /** A new session for another organization the user belongs to. */
  async switchOrganization(actor: UserActor, organizationId: string): Promise<Session> {
    const membership = await this.membershipFor(actor.userId, organizationId);
    return this.db.tx(
      systemScope('organization switch: the signed-in user in the organization chosen', { organizationId: membership.organizationId, userId: actor.userId }),
      (em) => this.issueSession(em, actor.userId, membership.organizationId, membership.role, newId()),
    );
  }

  /** Rotates a refresh token; presenting a used one revokes its whole family. */
  async refresh(presented: string): Promise<Session> {
    const parsed = parseRefreshToken(presented);
    const outcome = await this.db.tx(
      systemScope('token refresh: the user and organization the refresh token names', { organizationId: parsed.organizationId, userId: parsed.userId }),
      async (em) => {
        // The user's row first (shared: refreshes of one user run side by side), in the order
        // `changePassword` takes it, so a password change and a refresh never interleave.
        await em.query('SELECT 1 FROM users WHERE id = $1 FOR SHARE', [parsed.userId]);
        const repo = em.getRepository(RefreshTokenEntity);
        const row = await repo
          .createQueryBuilder('t')
          .addSelect('t.tokenHash')
          .where('t.id = :id', { id: parsed.tokenId })
          .setLock('pessimistic_write')
          .getOne();
        if (!row || row.userId !== parsed.userId || row.organizationId !== parsed.organizationId || !sameHash(row.tokenHash, sha256Hex(parsed.secret))) {
          throw invalidRefresh();
        }
        if (row.revokedAt) throw invalidRefresh();
        if (row.usedAt) {
          await repo
            .createQueryBuilder()
            .update()
            .set({ revokedAt: () => 'now()' })
            .where('family_id = :f AND revoked_at IS NULL', { f: row.familyId })
            .execute();
          const membership = await em.getRepository(MembershipEntity).findOne({
            where: { userId: row.userId, organizationId: row.organizationId },
            relations: { organization: true },
          });
          if (membership) {
            await this.audit.record(em, userActor(row.userId, membership), orgStream(row.organizationId), {
              action: 'session.refresh_reuse_detected',
              subjectType: 'User',
              subjectId: row.userId,
              payload: { familyId: row.familyId },
            });
          }
          this.logger.warn({ userId: row.userId, familyId: row.familyId }, 'refresh token reuse: family revoked');
          return { reused: row.familyId };
        }
        if (row.expiresAt.getTime() <= Date.now()) throw invalidRefresh();
        await repo.update({ id: row.id }, { usedAt: new Date() });
        const membership = await em.getRepository(MembershipEntity).findOne({
          where: { userId: row.userId, organizationId: row.organizationId },
        });
        if (!membership) throw invalidRefresh();
        return this.issueSession(em, row.userId, row.organizationId, membership.role, row.familyId);
      },
    );
    // The revocation must commit, so the reuse error is raised after the transaction; the
    // session's access tokens stop working at once too.
    if ('reused' in outcome) {
      await this.revocations.revoke([outcome.reused]);
      throw new IdentityError(IdentityErrorCode.RefreshTokenReused, 'This refresh token was already used; the session has been revoked. Sign in again.');
    }
    return outcome;
  }

  /** Ends the session the refresh token belongs to (its whole family). */
  async logout(presented: string): Promise<void> {
    const parsed = parseRefreshToken(presented);
    const familyId = await this.db.tx(
      systemScope('sign-out: the user and organization the refresh token names', { organizationId: parsed.organizationId, userId: parsed.userId }),
      async (em) => {
        const row = await em
          .getRepository(RefreshTokenEntity)
          .createQueryBuilder('t')
          .addSelect('t.tokenHash')
          .where('t.id = :id', { id: parsed.tokenId })
          .getOne();
        if (!row || !sameHash(row.tokenHash, sha256Hex(parsed.secret))) throw invalidRefresh();
        await em
          .getRepository(RefreshTokenEntity)
          .createQueryBuilder()
          .update()
          .set({ revokedAt: () => 'now()' })
          .where('family_id = :f AND revoked_at IS NULL', { f: row.familyId })
          .execute();
        return row.familyId;
      },
    );
    // Its access tokens end now, not when they expire.
    await this.revocations.revoke([familyId]);
  }

  /**
   * `ip`: the client's address. The current password is checked as at sign-in (`checkPassword`:
   * the account's and the IP's budgets), so a stolen access token is no way to guess it. The
   * user's row is locked first, as `refresh` does, so a refresh running meanwhile either ends
   * before (its new token is revoked here) or waits and finds its token revoked.
   */
  async changePassword(actor: UserActor, currentPassword: string, newPassword: string, ip = 'local'): Promise<void> {
    await this.db.tx(scopeOf(actor), async (em) => {
      const user = await em
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where('u.id = :id', { id: actor.userId })
        .setLock('pessimistic_write')
        .getOne();
      if (!user || !(await this.checkPassword(user.email, user.passwordHash, currentPassword, ip))) {
        throw new IdentityError(IdentityErrorCode.InvalidCredentials, 'The current password is wrong.', {
          errors: [{ field: 'currentPassword', message: 'is wrong' }],
        });
      }
      await assertPasswordAcceptable(newPassword, 'newPassword', [user.email, user.name]);
      await em.getRepository(UserEntity).update({ id: user.id }, { passwordHash: await hashPassword(newPassword), passwordChangedAt: new Date() });
      // Every session of the user, in every organization, ends.
      await em
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder()
        .update()
        .set({ revokedAt: () => 'now()' })
        .where('user_id = :u AND revoked_at IS NULL', { u: user.id })
        .execute();
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'user.password_changed',
        subjectType: 'User',
        subjectId: user.id,
      });
    });
    // Access tokens minted before the change stop working on every replica now (the membership cache holds the old change time).
    await this.cache.invalidate({ t: 'member', userId: actor.userId, organizationId: null });
  }

  /**
   * Turns verified access-token claims into an actor, re-checking the session and the membership.
   * Answers at once (an actor, or a thrown error) when both are cached, else with a promise.
   */
  actorFromAccessToken(claims: AccessTokenClaims): MaybePromise<UserActor> {
    // A token without an expiry or a session is not one this service issued.
    if (
      claims.typ !== 'access' ||
      !isUuid(claims.sub) ||
      !isUuid(claims.org) ||
      !isUuid(claims.sid) ||
      typeof claims.exp !== 'number' ||
      !Number.isFinite(claims.exp)
    ) {
      throw new IdentityError(IdentityErrorCode.InvalidAccessToken, 'The access token is not valid.');
    }
    // Both checks are served from the in-process cache when it is on (AuthCache: cleared on every
    // replica over Redis pub/sub on sign-out, removal, role or password change).
    return thenMaybe(
      this.cache.sessionLive(claims.sid, () => this.revocations.isRevoked(claims.sid)),
      (live): MaybePromise<UserActor> => {
        if (!live) throw new IdentityError(IdentityErrorCode.InvalidAccessToken, 'The session of this access token has ended; sign in again.');
        return thenMaybe(
          this.cache.membership(claims.sub, claims.org, () => this.membershipForToken(claims)),
          (found) => {
            // A removed member, or a token minted before a password change, no longer works.
            if (!found || claims.iat * 1000 < found.passwordChangedAt.getTime() - 1000) {
              throw new IdentityError(IdentityErrorCode.InvalidAccessToken, 'The access token is no longer valid.');
            }
            return { kind: 'user', userId: claims.sub, organizationId: claims.org, organizationKind: found.organizationKind, role: found.role };
          },
        );
      },
    );
  }

  /** One round trip (Db.statement): the membership the claims name, with its organization's kind and the user's password change. */
  private async membershipForToken(claims: AccessTokenClaims): Promise<CachedMembership | null> {
    const [row] = await this.db.statement<{ role: MemberRole; organization_kind: OrganizationKind; password_changed_at: Date }>(
      systemScope('access token: the membership its verified claims name', { organizationId: claims.org, userId: claims.sub }),
      `SELECT m.role, o.kind AS organization_kind, u.password_changed_at
         FROM memberships m
         JOIN organizations o ON o.id = m.organization_id
         JOIN users u ON u.id = m.user_id
        WHERE m.user_id = $1 AND m.organization_id = $2`,
      [claims.sub, claims.org],
    );
    return row ? { role: row.role, organizationKind: row.organization_kind, passwordChangedAt: new Date(row.password_changed_at) } : null;
  }

  /**
   * The machine client an `x-api-key` names. Answers at once (an actor, or a thrown error) when the
   * key is cached and its last-used time is fresh, else with a promise.
   */
  actorFromApiKey(presented: string): MaybePromise<Actor> {
    const m = API_KEY_PATTERN.exec(presented);
    const invalid = () => new IdentityError(IdentityErrorCode.InvalidApiKey, 'The API key is not valid.');
    if (!m) throw invalid();
    const [, prefix, secret] = m as unknown as [string, string, string];
    // From the in-process cache (keyed by the hash of the whole key, so only the right secret hits;
    // cleared on every replica when the key is revoked), else one round trip (Db.statement).
    const cached = this.cache.apiKey(sha256Hex(presented), async (): Promise<CachedApiKey | null> => {
      const row = apiKeyFromRow(
        await this.db.statement<Record<string, unknown>>(systemScope('API key authentication: key by prefix, before anyone is known'), API_KEY_FOR_AUTH_SQL, [
          prefix,
        ]),
      );
      if (!row || !sameHash(row.secretHash, sha256Hex(secret))) throw invalid();
      if (row.revokedAt) throw new IdentityError(IdentityErrorCode.InvalidApiKey, 'The API key has been revoked.');
      return {
        id: row.id,
        organizationId: row.organizationId,
        organizationKind: row.organizationKind,
        scopes: Object.freeze([...row.scopes]),
        expiresAt: row.expiresAt,
        lastUsedAt: row.lastUsedAt,
      };
    });
    return thenMaybe(cached, (key): MaybePromise<Actor> => {
      if (!key) throw invalid();
      if (key.expiresAt && key.expiresAt.getTime() <= Date.now()) throw new IdentityError(IdentityErrorCode.InvalidApiKey, 'The API key has expired.');
      const actor: Actor = {
        kind: 'api_key',
        apiKeyId: key.id,
        organizationId: key.organizationId,
        organizationKind: key.organizationKind,
        scopes: key.scopes,
      };
      // lastUsedAt is kept to the minute: no write on every request.
      if (key.lastUsedAt && Date.now() - key.lastUsedAt.getTime() <= 60_000) return actor;
      key.lastUsedAt = new Date();
      return this.db
        .tx(systemScope('API key authentication: last-used time of the verified key', { organizationId: key.organizationId }), (em) =>
          em.query('UPDATE api_keys SET last_used_at = now() WHERE id = $1', [key.id]),
        )
        .then(() => actor);
    });
  }

  /**
   * The claims of a bearer access token this service signed (HS256, our audience and issuer) that
   * has not expired; a token is verified in full once and then served from `verifiedTokens`
   * until it expires. Whether its session still holds is `actorFromAccessToken`'s question.
   */
  verifyAccessToken(token: string): Readonly<AccessTokenClaims> {
    try {
      return this.verifiedTokens.claims(token);
    } catch {
      throw new IdentityError(IdentityErrorCode.InvalidAccessToken, 'The access token is invalid or expired.');
    }
  }

  private readonly verifiedTokens = new VerifiedTokens<AccessTokenClaims>((token) =>
    this.jwt.verify<AccessTokenClaims>(token, { algorithms: ['HS256'], audience: 'attesta-api', issuer: this.config.PUBLIC_BASE_URL }),
  );

  /** Creates the refresh token row and signs the access token (in the caller's transaction). */
  async issueSession(em: EntityManager, userId: string, organizationId: string, role: MemberRole, familyId: string): Promise<Session> {
    const tokenId = newId();
    const secret = newSecret();
    await em.getRepository(RefreshTokenEntity).insert(
      insertable({
        id: tokenId,
        userId,
        organizationId,
        familyId,
        tokenHash: sha256Hex(secret),
        expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
        usedAt: null,
        revokedAt: null,
        createdAt: new Date(),
      }),
    );
    const accessToken = await this.jwt.signAsync(
      { sub: userId, org: organizationId, typ: 'access', sid: familyId },
      { algorithm: 'HS256', expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, audience: 'attesta-api', issuer: this.config.PUBLIC_BASE_URL, jwtid: newId() },
    );
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      refreshToken: `${organizationId}.${userId}.${tokenId}.${secret}`,
      userId,
      organizationId,
      role,
    };
  }

  private async membershipFor(userId: string, organizationId?: string): Promise<MembershipEntity> {
    const memberships = await this.db.tx(systemScope('memberships of the verified user', { userId }), (em) =>
      em.getRepository(MembershipEntity).find({ where: { userId }, relations: { organization: true }, order: { createdAt: 'ASC' } }),
    );
    if (organizationId) {
      const m = memberships.find((x) => x.organizationId === organizationId);
      if (!m) throw new IdentityError(IdentityErrorCode.NotAMember, 'You are not a member of that organization.');
      return m;
    }
    const first = memberships[0];
    if (!first) throw new IdentityError(IdentityErrorCode.NoMembership, 'This account belongs to no organization.');
    return first;
  }
}

export function orgStream(organizationId: string) {
  return { type: 'organization' as const, id: organizationId };
}

export function userActor(userId: string, m: Pick<MembershipEntity, 'organizationId' | 'role' | 'organization'>): UserActor {
  if (!m.organization) throw new Error('userActor: membership loaded without its organization');
  return { kind: 'user', userId, organizationId: m.organizationId, organizationKind: m.organization.kind, role: m.role };
}

function invalidRefresh(): IdentityError {
  return new IdentityError(IdentityErrorCode.InvalidRefreshToken, 'The refresh token is invalid, expired or revoked.');
}

function parseRefreshToken(token: string): { organizationId: string; userId: string; tokenId: string; secret: string } {
  const parts = token.split('.');
  if (parts.length !== 4) throw invalidRefresh();
  const [organizationId, userId, tokenId, secret] = parts as [string, string, string, string];
  if (!isUuid(organizationId) || !isUuid(userId) || !isUuid(tokenId) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) throw invalidRefresh();
  return { organizationId, userId, tokenId, secret };
}
