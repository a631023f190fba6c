import { Injectable, Logger } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import { Actor, AppConfig, Db, insertable, KeyRing, newId, OrganizationKind, scopeOf, systemScope, transactionLock } from '@attesta/core';
import { orgStream } from '@attesta/identity';
import { CompactSign, calculateJwkThumbprint, type JWK } from 'jose';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AttestationsError, AttestationsErrorCode } from './attestations.errors.js';
import { issuerDid } from './did.js';
import { SigningKeyEntity } from './entities/signing-key.entity.js';

/** The public view of a signing key (what the JWKS and the key list show). */
export interface PublicSigningKey {
  id: string;
  kid: string;
  algorithm: string;
  publicJwk: Record<string, string>;
  status: 'active' | 'retired';
  createdAt: Date;
  retiredAt: Date | null;
}

export interface IssuerProfile {
  id: string;
  name: string;
  kind: OrganizationKind;
  accreditationBody: string | null;
  accreditationNumber: string | null;
  accreditationScope: string | null;
}

export const VC_JWT_TYP = 'vc+jwt';
export const SIGNING_KEY_EVENTS = { rotated: 'signing_key.rotated' } as const;

const aadOf = (k: { id: string; organizationId: string }) => `signing-key:${k.organizationId}:${k.id}`;

export function toPublicKey(k: SigningKeyEntity): PublicSigningKey {
  return { id: k.id, kid: k.kid, algorithm: k.algorithm, publicJwk: k.publicJwk, status: k.status, createdAt: k.createdAt, retiredAt: k.retiredAt };
}

/**
 * Ed25519 signing keys per assessor organization: generated on first use, the private
 * key kept only encrypted at rest, rotation (one active key; retired keys still verify),
 * signing (compact JWS), and the public material (JWKS, DID document).
 */
@Injectable()
export class SigningKeysService {
  private readonly logger = new Logger(SigningKeysService.name);
  private readonly ring: KeyRing;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {
    this.ring = KeyRing.fromConfig(config);
  }

  did(organizationId: string): string {
    return issuerDid(this.config.PUBLIC_BASE_URL, organizationId);
  }

  async list(actor: Actor): Promise<PublicSigningKey[]> {
    assertCan(actor, 'read', 'SigningKey');
    return this.db.tx(scopeOf(actor), async (em) =>
      (await em.getRepository(SigningKeyEntity).find({ where: { organizationId: actor.organizationId }, order: { createdAt: 'DESC' } })).map(toPublicKey),
    );
  }

  /** A new active key; the previous one is retired (it keeps verifying). */
  async rotate(actor: Actor): Promise<PublicSigningKey> {
    assertCan(actor, 'create', 'SigningKey');
    this.assertAssessor(actor);
    return this.db.tx(scopeOf(actor), async (em) => {
      await this.lock(em, actor.organizationId);
      const repo = em.getRepository(SigningKeyEntity);
      const previous = await repo.findOne({ where: { organizationId: actor.organizationId, status: 'active' } });
      const now = new Date();
      if (previous) await repo.update({ id: previous.id }, { status: 'retired', retiredAt: now });
      const created = await this.generate(em, actor.organizationId, now);
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: SIGNING_KEY_EVENTS.rotated,
        subjectType: 'SigningKey',
        subjectId: created.id,
        payload: { kid: created.kid, retiredKid: previous?.kid ?? null },
      });
      return toPublicKey(created);
    });
  }

  /**
   * Signs a payload with the organization's active key, generating one on first use.
   * Runs in the caller's transaction (scoped to the issuer organization).
   */
  async sign(em: EntityManager, actor: Actor, payload: Record<string, unknown>): Promise<{ jws: string; key: SigningKeyEntity }> {
    const key = await this.activeKey(em, actor);
    const privateKey = this.privateKeyOf(key);
    const jws = await new CompactSign(Buffer.from(JSON.stringify(payload), 'utf8'))
      .setProtectedHeader({ alg: 'EdDSA', typ: VC_JWT_TYP, cty: 'vc', kid: key.kid })
      .sign(privateKey);
    return { jws, key };
  }

  /** The active key, generated (and audited) when the organization has none yet. */
  async activeKey(em: EntityManager, actor: Actor): Promise<SigningKeyEntity> {
    this.assertAssessor(actor);
    const repo = em.getRepository(SigningKeyEntity);
    const existing = await repo.findOne({ where: { organizationId: actor.organizationId, status: 'active' } });
    if (existing) return existing;
    await this.lock(em, actor.organizationId);
    const again = await repo.findOne({ where: { organizationId: actor.organizationId, status: 'active' } });
    if (again) return again;
    const created = await this.generate(em, actor.organizationId, new Date());
    await this.audit.record(em, actor, orgStream(actor.organizationId), {
      action: 'signing_key.created',
      subjectType: 'SigningKey',
      subjectId: created.id,
      payload: { kid: created.kid },
    });
    return created;
  }

  /** Every key of an issuer, public parts only (no login: JWKS, DID document, verification). */
  async publicKeys(organizationId: string): Promise<PublicSigningKey[]> {
    const rows: {
      id: string;
      kid: string;
      algorithm: string;
      public_jwk: Record<string, string>;
      status: 'active' | 'retired';
      created_at: Date;
      retired_at: Date | null;
    }[] = await this.db.tx(systemScope('public facts: issuer keys'), (em) => em.query('SELECT * FROM issuer_public_keys($1)', [organizationId]));
    return rows.map((r) => ({
      id: r.id,
      kid: r.kid,
      algorithm: r.algorithm,
      publicJwk: r.public_jwk,
      status: r.status,
      createdAt: r.created_at,
      retiredAt: r.retired_at,
    }));
  }

  /** An organization's public profile (name, kind, accreditation), or null. */
  async issuerProfile(organizationId: string): Promise<IssuerProfile | null> {
    const [row] = (await this.db.tx(systemScope('public facts: issuer profile'), (em) =>
      em.query('SELECT * FROM org_public_profiles($1::uuid[])', [[organizationId]]),
    )) as {
      id: string;
      name: string;
      kind: OrganizationKind;
      accreditation_body: string | null;
      accreditation_number: string | null;
      accreditation_scope: string | null;
    }[];
    return row
      ? {
          id: row.id,
          name: row.name,
          kind: row.kind,
          accreditationBody: row.accreditation_body,
          accreditationNumber: row.accreditation_number,
          accreditationScope: row.accreditation_scope,
        }
      : null;
  }

  async jwks(organizationId: string): Promise<{ keys: JWK[] }> {
    const keys = await this.publicKeys(organizationId);
    if (keys.length === 0) throw new AttestationsError(AttestationsErrorCode.IssuerNotFound, 'No such issuer.');
    return { keys: keys.map((k) => jwkOf(k)) };
  }

  /** The did:web DID document: every key as a JsonWebKey verification method. */
  async didDocument(organizationId: string): Promise<Record<string, unknown>> {
    // Sequential: transactions in one request context must not overlap.
    const keys = await this.publicKeys(organizationId);
    const profile = await this.issuerProfile(organizationId);
    if (keys.length === 0 || !profile) throw new AttestationsError(AttestationsErrorCode.IssuerNotFound, 'No such issuer.');
    const did = this.did(organizationId);
    const active = keys.filter((k) => k.status === 'active').map((k) => k.kid);
    return {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
      id: did,
      alsoKnownAs: [`${this.config.PUBLIC_BASE_URL}/v1/public/issuers/${organizationId}`],
      verificationMethod: keys.map((k) => ({ id: k.kid, type: 'JsonWebKey', controller: did, publicKeyJwk: k.publicJwk })),
      // Retired keys stay listed as verification methods so what they signed still verifies.
      assertionMethod: keys.map((k) => k.kid),
      ...(active.length ? { authentication: active } : {}),
      service: [{ id: `${did}#jwks`, type: 'JsonWebKeySet', serviceEndpoint: `${this.config.PUBLIC_BASE_URL}/v1/public/issuers/${organizationId}/jwks.json` }],
    };
  }

  /**
   * Re-wraps every stored key's data key under the current KEK (operator CLI), in one
   * transaction: keys already under it are left alone; a key whose KEK is not configured
   * fails the whole run (nothing changes).
   */
  async rewrapAll(): Promise<{ rewrapped: number; alreadyCurrent: number; kekId: string }> {
    return this.db.tx(systemScope('operator: re-wrap every signing key under the current KEK'), async (em) => {
      const rows: { id: string; organization_id: string; kek_id: string; wrapped_dek: string; encrypted_private_key: string }[] = await em.query(
        'SELECT * FROM signing_keys_for_rewrap()',
      );
      let rewrapped = 0;
      for (const r of rows) {
        if (r.kek_id === this.ring.currentId) continue;
        const next = this.ring.rewrap(
          { kekId: r.kek_id, wrappedDek: r.wrapped_dek, ciphertext: r.encrypted_private_key },
          aadOf({ id: r.id, organizationId: r.organization_id }),
        );
        await em.query('SELECT signing_key_set_wrapped($1, $2, $3, $4)', [r.id, r.kek_id, next.kekId, next.wrappedDek]);
        rewrapped += 1;
      }
      this.logger.log({ rewrapped, total: rows.length, kekId: this.ring.currentId }, 'signing keys re-wrapped');
      return { rewrapped, alreadyCurrent: rows.length - rewrapped, kekId: this.ring.currentId };
    });
  }

  private privateKeyOf(key: SigningKeyEntity): KeyObject {
    const pkcs8 = this.ring.unwrap({ kekId: key.kekId, wrappedDek: key.wrappedDek, ciphertext: key.encryptedPrivateKey }, aadOf(key));
    try {
      return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
    } finally {
      pkcs8.fill(0);
    }
  }

  private async generate(em: EntityManager, organizationId: string, now: Date): Promise<SigningKeyEntity> {
    const { privateKey } = generateKeyPairSync('ed25519');
    const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as { kty: string; crv: string; x: string };
    const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
    const id = newId();
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
    const wrapped = this.ring.wrap(pkcs8, aadOf({ id, organizationId }));
    pkcs8.fill(0);
    const key = em.getRepository(SigningKeyEntity).create({
      id,
      organizationId,
      kid: `${this.did(organizationId)}#${await calculateJwkThumbprint(publicJwk)}`,
      algorithm: 'EdDSA',
      publicJwk,
      kekId: wrapped.kekId,
      wrappedDek: wrapped.wrappedDek,
      encryptedPrivateKey: wrapped.ciphertext,
      status: 'active',
      createdAt: now,
      retiredAt: null,
    });
    await em.getRepository(SigningKeyEntity).insert(insertable(key));
    return key;
  }

  private async lock(em: EntityManager, organizationId: string): Promise<void> {
    await transactionLock(em, `signing-key:${organizationId}`);
  }

  private assertAssessor(actor: Actor): void {
    if (actor.organizationKind !== OrganizationKind.Assessor) {
      throw new AttestationsError(AttestationsErrorCode.NotAssessor, 'Only assessor organizations sign attestations.');
    }
  }
}

export function jwkOf(k: PublicSigningKey): JWK {
  return { ...k.publicJwk, kid: k.kid, alg: 'EdDSA', use: 'sig' };
}
