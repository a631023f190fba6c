import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, Db, KeyRing, newId, systemScope, transactionLock } from '@attesta/core';
import canonicalize from 'canonicalize';
import { calculateJwkThumbprint, CompactSign, compactVerify, decodeProtectedHeader, type JWK } from 'jose';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditCheckpointEntity } from './entities/audit-checkpoint.entity.js';
import type { AuditStreamType } from './entities/audit-event.entity.js';

/** What a checkpoint signs (RFC 8785 JSON, the JWS payload). */
export interface CheckpointStatement {
  format: typeof AUDIT_CHECKPOINT_FORMAT;
  /** The platform that keeps the log (PUBLIC_BASE_URL when signed). */
  log: string;
  streamType: AuditStreamType;
  streamId: string;
  seq: number;
  hash: string;
  signedAt: string;
}

/** The public view of a checkpoint key (the JWKS). */
export interface PublicCheckpointKey {
  id: string;
  kid: string;
  algorithm: string;
  publicJwk: Record<string, string>;
  status: 'active' | 'retired';
  createdAt: Date;
  retiredAt: Date | null;
}

export interface CheckpointHead {
  seq: number;
  hash: string;
}

export const AUDIT_CHECKPOINT_FORMAT = 'attesta.audit-checkpoint/1';
export const AUDIT_CHECKPOINT_TYP = 'audit-checkpoint+jws';

interface KeyMaterialRow {
  id: string;
  kid: string;
  public_jwk: Record<string, string>;
  kek_id: string;
  wrapped_dek: string;
  encrypted_private_key: string;
}

const aadOf = (id: string) => `audit-checkpoint-key:${id}`;
const DUE_BATCH = 200;

/**
 * Signed checkpoints of audit streams, like a transparency log's signed tree head: the
 * platform's Ed25519 key signs (stream, last seq, last hash, time), at a stream's first event
 * and every AUDIT_CHECKPOINT_EVERY-th on append, and every AUDIT_CHECKPOINT_INTERVAL_MS for
 * streams with newer events (the worker). Verifying a chain against its checkpoints detects a
 * truncated tail and a rewrite that recomputed every hash, which the chain alone cannot.
 *
 * The key is kept like issuers' signing keys (private half encrypted under the configured KEK);
 * a key is trusted only when its private half opens under a configured KEK and matches its
 * public JWK, so a database superuser cannot add a key of its own.
 */
@Injectable()
export class AuditCheckpointsService {
  private readonly logger = new Logger(AuditCheckpointsService.name);
  private readonly ring: KeyRing;
  /** Keys already proven authentic in this process (id → public key and kid). */
  private readonly trusted = new Map<string, { kid: string; publicKey: KeyObject }>();

  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
  ) {
    this.ring = KeyRing.fromConfig(config);
  }

  /** Whether an append at this position seals the stream on the spot: its first event and every N-th. */
  dueOnAppend(seq: number): boolean {
    return seq === 1 || seq % this.config.AUDIT_CHECKPOINT_EVERY === 0;
  }

  /**
   * Signs and stores a checkpoint of a stream's head on the caller's transaction (any scope:
   * the write goes through `audit_checkpoint_add`, which accepts only a (seq, hash) the stream
   * really has). A second checkpoint of the same position is not stored.
   */
  async seal(em: EntityManager, stream: { type: AuditStreamType; id: string }, head: CheckpointHead, signedAt = new Date()): Promise<boolean> {
    const key = await this.activeKeyMaterial(em);
    const statement: CheckpointStatement = {
      format: AUDIT_CHECKPOINT_FORMAT,
      log: this.config.PUBLIC_BASE_URL,
      streamType: stream.type,
      streamId: stream.id,
      seq: head.seq,
      hash: head.hash,
      signedAt: signedAt.toISOString(),
    };
    const jws = await new CompactSign(Buffer.from(canonicalize(statement)!, 'utf8'))
      .setProtectedHeader({ alg: 'EdDSA', typ: AUDIT_CHECKPOINT_TYP, kid: key.kid })
      .sign(this.privateKeyOf(key));
    const [row] = (await em.query('SELECT audit_checkpoint_add($1, $2, $3, $4, $5, $6, $7, $8) AS added', [
      newId(),
      stream.type,
      stream.id,
      head.seq,
      head.hash,
      signedAt,
      key.id,
      jws,
    ])) as { added: boolean }[];
    return row?.added === true;
  }

  /** The scheduled checkpoint: every stream whose head moved past its last checkpoint, in batches. */
  async checkpointDue(): Promise<{ checkpointed: number }> {
    let after = '00000000-0000-0000-0000-000000000000';
    let checkpointed = 0;
    for (;;) {
      const due = await this.db.tx(systemScope('audit: checkpoint streams with new events'), async (em) => {
        const rows = (await em.query('SELECT stream_type, stream_id, seq, hash FROM audit_checkpoints_due($1, $2)', [after, DUE_BATCH])) as {
          stream_type: AuditStreamType;
          stream_id: string;
          seq: string;
          hash: string;
        }[];
        for (const r of rows) {
          if (await this.seal(em, { type: r.stream_type, id: r.stream_id }, { seq: Number(r.seq), hash: r.hash })) checkpointed += 1;
        }
        return rows;
      });
      if (due.length < DUE_BATCH) break;
      after = due.map((r) => r.stream_id).reduce((a, b) => (a > b ? a : b));
    }
    if (checkpointed) this.logger.log({ checkpointed }, 'audit streams checkpointed');
    return { checkpointed };
  }

  /** A stream's checkpoints, oldest first, as the caller's row-level scope shows them. */
  async ofStream(em: EntityManager, streamId: string): Promise<AuditCheckpointEntity[]> {
    return em.getRepository(AuditCheckpointEntity).find({ where: { streamId }, order: { seq: 'ASC' } });
  }

  /** A stream's latest checkpoint, as the caller's row-level scope shows it. */
  async latest(em: EntityManager, streamId: string): Promise<AuditCheckpointEntity | null> {
    return em.getRepository(AuditCheckpointEntity).findOne({ where: { streamId }, order: { seq: 'DESC' } });
  }

  /** Whether a checkpoint row is what a trusted key signed: signature, key, and every field. */
  async isAuthentic(em: EntityManager, cp: AuditCheckpointEntity): Promise<boolean> {
    const key = await this.trustedKey(em, cp.keyId);
    if (!key) return false;
    try {
      const { payload, protectedHeader } = await compactVerify(cp.jws, key.publicKey, { algorithms: ['EdDSA'] });
      if (protectedHeader.kid !== key.kid || protectedHeader.typ !== AUDIT_CHECKPOINT_TYP) return false;
      const s = JSON.parse(Buffer.from(payload).toString('utf8')) as Partial<CheckpointStatement>;
      return (
        s.format === AUDIT_CHECKPOINT_FORMAT &&
        s.streamType === cp.streamType &&
        s.streamId === cp.streamId &&
        s.seq === cp.seq &&
        s.hash === cp.hash &&
        s.signedAt === cp.signedAt.toISOString()
      );
    } catch {
      return false;
    }
  }

  /** The key id (`kid`) a checkpoint names, or null when its JWS is unreadable. */
  kidOf(cp: AuditCheckpointEntity): string | null {
    try {
      return decodeProtectedHeader(cp.jws).kid ?? null;
    } catch {
      return null;
    }
  }

  /** Every checkpoint key, public parts only (the published key set). */
  async publicKeys(): Promise<PublicCheckpointKey[]> {
    const rows = (await this.db.tx(systemScope('public facts: audit checkpoint keys'), (em) =>
      em.query('SELECT id, kid, algorithm, public_jwk, status, created_at, retired_at FROM audit_checkpoint_keys_public()'),
    )) as {
      id: string;
      kid: string;
      algorithm: string;
      public_jwk: Record<string, string>;
      status: 'active' | 'retired';
      created_at: Date;
      retired_at: Date | null;
    }[];
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

  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: (await this.publicKeys()).map((k) => ({ ...k.publicJwk, kid: k.kid, alg: 'EdDSA', use: 'sig' })) };
  }

  /** Re-wraps every checkpoint key's data key under the current KEK (operator CLI, with the issuers' keys). */
  async rewrapAll(): Promise<{ rewrapped: number; alreadyCurrent: number }> {
    return this.db.tx(systemScope('operator: re-wrap audit checkpoint keys under the current KEK'), async (em) => {
      const rows = (await em.query('SELECT id, kek_id, wrapped_dek, encrypted_private_key FROM audit_checkpoint_keys_for_rewrap()')) as {
        id: string;
        kek_id: string;
        wrapped_dek: string;
        encrypted_private_key: string;
      }[];
      let rewrapped = 0;
      for (const r of rows) {
        if (r.kek_id === this.ring.currentId) continue;
        const next = this.ring.rewrap({ kekId: r.kek_id, wrappedDek: r.wrapped_dek, ciphertext: r.encrypted_private_key }, aadOf(r.id));
        await em.query('SELECT audit_checkpoint_key_set_wrapped($1, $2, $3, $4)', [r.id, r.kek_id, next.kekId, next.wrappedDek]);
        rewrapped += 1;
      }
      return { rewrapped, alreadyCurrent: rows.length - rewrapped };
    });
  }

  /** The active key, generated on first use (one at a time: an advisory lock, then a second look). */
  private async activeKeyMaterial(em: EntityManager): Promise<KeyMaterialRow> {
    const read = async () => ((await em.query('SELECT * FROM audit_checkpoint_key_material(NULL)')) as KeyMaterialRow[])[0];
    const existing = await read();
    if (existing) return existing;
    await transactionLock(em, 'audit-checkpoint-key');
    const again = await read();
    if (again) return again;
    const { privateKey } = generateKeyPairSync('ed25519');
    const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as { kty: string; crv: string; x: string };
    const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
    const id = newId();
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
    const wrapped = this.ring.wrap(pkcs8, aadOf(id));
    pkcs8.fill(0);
    const kid = await calculateJwkThumbprint(publicJwk);
    await em.query('SELECT audit_checkpoint_key_add($1, $2, $3, $4, $5, $6, $7)', [
      id,
      kid,
      publicJwk,
      wrapped.kekId,
      wrapped.wrappedDek,
      wrapped.ciphertext,
      new Date(),
    ]);
    this.logger.log({ kid }, 'audit checkpoint key created');
    return { id, kid, public_jwk: publicJwk, kek_id: wrapped.kekId, wrapped_dek: wrapped.wrappedDek, encrypted_private_key: wrapped.ciphertext };
  }

  private privateKeyOf(key: KeyMaterialRow): KeyObject {
    const pkcs8 = this.ring.unwrap({ kekId: key.kek_id, wrappedDek: key.wrapped_dek, ciphertext: key.encrypted_private_key }, aadOf(key.id));
    try {
      return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
    } finally {
      pkcs8.fill(0);
    }
  }

  /**
   * A key is trusted when its private half opens under a configured KEK (bound to its id) and
   * derives its public JWK and kid: only a holder of the KEK can have made it.
   */
  private async trustedKey(em: EntityManager, keyId: string): Promise<{ kid: string; publicKey: KeyObject } | null> {
    const known = this.trusted.get(keyId);
    if (known) return known;
    const [row] = (await em.query('SELECT * FROM audit_checkpoint_key_material($1)', [keyId])) as KeyMaterialRow[];
    if (!row) return null;
    try {
      const derived = createPublicKey(this.privateKeyOf(row)).export({ format: 'jwk' }) as { x: string };
      if (derived.x !== row.public_jwk.x || (await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: derived.x })) !== row.kid) return null;
      const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: derived.x }, format: 'jwk' });
      const trusted = { kid: row.kid, publicKey };
      this.trusted.set(keyId, trusted);
      return trusted;
    } catch (e) {
      this.logger.warn({ keyId, err: e instanceof Error ? e.message : String(e) }, 'audit checkpoint key not trusted');
      return null;
    }
  }
}
