import { Injectable } from '@nestjs/common';
import { assertCan, isApiKeyScope } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import { Actor, Db, insertable, keysetPage, newId, Page, scopeOf } from '@attesta/core';
import { randomBytes } from 'node:crypto';
import { AuthCache } from './auth-cache.js';
import { orgStream } from './auth.service.js';
import { ApiKeyEntity } from './entities/api-key.entity.js';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';
import { newSecret, sha256Hex } from './secrets.js';

export interface CreatedApiKey {
  apiKey: ApiKeyEntity;
  /** `atk_<prefix>.<secret>`: shown once, never stored. */
  key: string;
}

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly cache: AuthCache,
  ) {}

  async create(actor: Actor, input: { name: string; scopes: string[]; expiresAt?: Date }): Promise<CreatedApiKey> {
    assertCan(actor, 'create', 'ApiKey');
    const unknown = input.scopes.filter((s) => !isApiKeyScope(s));
    if (unknown.length) {
      throw new IdentityError(IdentityErrorCode.UnknownScope, `Unknown scope(s): ${unknown.join(', ')}.`, {
        errors: unknown.map((s) => ({ field: 'scopes', message: `unknown scope "${s}"` })),
      });
    }
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw new IdentityError(IdentityErrorCode.InvalidExpiry, 'The expiry must be in the future.', {
        errors: [{ field: 'expiresAt', message: 'must be in the future' }],
      });
    }
    const prefix = `atk_${randomBytes(6).toString('hex')}`;
    const secret = newSecret();
    return this.db.tx(scopeOf(actor), async (em) => {
      const apiKey = em.getRepository(ApiKeyEntity).create({
        id: newId(),
        organizationId: actor.organizationId,
        name: input.name.trim(),
        prefix,
        secretHash: sha256Hex(secret),
        scopes: [...new Set(input.scopes)].sort(),
        expiresAt: input.expiresAt ?? null,
        revokedAt: null,
        lastUsedAt: null,
        createdBy: actor.kind === 'user' ? actor.userId : actor.organizationId,
        createdAt: new Date(),
      });
      await em.getRepository(ApiKeyEntity).insert(insertable(apiKey));
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'api_key.created',
        subjectType: 'ApiKey',
        subjectId: apiKey.id,
        payload: { name: apiKey.name, prefix, scopes: apiKey.scopes },
      });
      return { apiKey, key: `${prefix}.${secret}` };
    });
  }

  async list(actor: Actor, page: { limit?: number; cursor?: string }): Promise<Page<ApiKeyEntity>> {
    assertCan(actor, 'read', 'ApiKey');
    return this.db.tx(scopeOf(actor), (em) =>
      keysetPage(em.getRepository(ApiKeyEntity).createQueryBuilder('k').where('k.organizationId = :org', { org: actor.organizationId }), {
        ...page,
        keys: [{ column: 'k.id', read: (k) => k.id }],
      }),
    );
  }

  async get(actor: Actor, id: string): Promise<ApiKeyEntity> {
    assertCan(actor, 'read', 'ApiKey');
    return this.db.tx(scopeOf(actor), async (em) => {
      const key = await em.getRepository(ApiKeyEntity).findOne({ where: { id, organizationId: actor.organizationId } });
      if (!key) throw new IdentityError(IdentityErrorCode.ApiKeyNotFound, 'API key not found.');
      return key;
    });
  }

  /** Whether the key an actor stands for is still live (not revoked, not past its expiry): for credentials derived from it, such as preview links. */
  async isLive(actor: Actor & { kind: 'api_key' }): Promise<boolean> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const key = await em.getRepository(ApiKeyEntity).findOne({ where: { id: actor.apiKeyId, organizationId: actor.organizationId } });
      return Boolean(key && !key.revokedAt && (!key.expiresAt || key.expiresAt.getTime() > Date.now()));
    });
  }

  async revoke(actor: Actor, id: string): Promise<ApiKeyEntity> {
    assertCan(actor, 'delete', 'ApiKey');
    const revoked = await this.db.tx(scopeOf(actor), async (em) => {
      const repo = em.getRepository(ApiKeyEntity);
      const key = await repo.findOne({ where: { id, organizationId: actor.organizationId } });
      if (!key) throw new IdentityError(IdentityErrorCode.ApiKeyNotFound, 'API key not found.');
      if (!key.revokedAt) {
        await repo.update({ id }, { revokedAt: new Date() });
        await this.audit.record(em, actor, orgStream(actor.organizationId), {
          action: 'api_key.revoked',
          subjectType: 'ApiKey',
          subjectId: id,
          payload: { prefix: key.prefix },
        });
      }
      return repo.findOneOrFail({ where: { id } });
    });
    // After the commit: every replica drops the key from its authentication cache.
    await this.cache.invalidate({ t: 'api-key', id: revoked.id });
    return revoked;
  }
}
