import { decodeKey256 } from '../config/app-config.js';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Envelope encryption of private keys at rest, with node:crypto's AES-256-GCM: each
 * private key is encrypted under its own random data key (DEK); the DEK is wrapped under
 * the key-encryption key (KEK) from the configuration. Rotating the KEK re-wraps the
 * DEKs only. Both layers are authenticated with additional data naming the key row, so a
 * ciphertext moved to another row does not decrypt.
 */
export interface WrappedSecret {
  /** Fingerprint of the KEK that wraps the DEK (never the KEK itself). */
  kekId: string;
  /** `iv.ciphertext.tag` (base64url) of the DEK under the KEK. */
  wrappedDek: string;
  /** `iv.ciphertext.tag` (base64url) of the secret under the DEK. */
  ciphertext: string;
}

const IV_BYTES = 12;

export class KeyUnwrapError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyUnwrapError';
  }
}

/** A KEK's public fingerprint: 16 hex digits of SHA-256 over a label and the key. */
export function kekIdOf(kek: Buffer): string {
  return createHash('sha256').update('attesta-kek-v1\0').update(kek).digest('hex').slice(0, 16);
}

/** A configured KEK (64 hex digits or base64, as the config schema accepts). */
export function decodeKek(text: string): Buffer {
  const key = decodeKey256(text.trim());
  if (!key) throw new Error('a key-encryption key must be 32 bytes');
  return key;
}

function seal(key: Buffer, plaintext: Buffer, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [iv, ct, cipher.getAuthTag()].map((b) => b.toString('base64url')).join('.');
}

function open(key: Buffer, sealed: string, aad: string): Buffer {
  const parts = sealed.split('.');
  if (parts.length !== 3) throw new KeyUnwrapError('malformed ciphertext');
  const [iv, ct, tag] = parts.map((p) => Buffer.from(p, 'base64url')) as [Buffer, Buffer, Buffer];
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ct), decipher.final()]);
  } catch {
    throw new KeyUnwrapError('ciphertext does not authenticate under this key');
  }
}

/** Encrypts a secret under a fresh DEK wrapped by the KEK; `aad` binds it to its row. */
export function wrapSecret(kek: Buffer, secret: Buffer, aad: string): WrappedSecret {
  const dek = randomBytes(32);
  try {
    return { kekId: kekIdOf(kek), wrappedDek: seal(kek, dek, `dek:${aad}`), ciphertext: seal(dek, secret, `key:${aad}`) };
  } finally {
    dek.fill(0);
  }
}

/** The KEKs known to this process: the current one first, then previous ones, by id. */
export class KeyRing {
  readonly currentId: string;
  private readonly keys = new Map<string, Buffer>();

  constructor(current: Buffer, previous: readonly Buffer[] = []) {
    this.currentId = kekIdOf(current);
    this.keys.set(this.currentId, current);
    for (const k of previous) if (!this.keys.has(kekIdOf(k))) this.keys.set(kekIdOf(k), k);
  }

  static fromConfig(config: { SIGNING_KEY_ENCRYPTION_KEY: string; SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS: readonly string[] }): KeyRing {
    return new KeyRing(decodeKek(config.SIGNING_KEY_ENCRYPTION_KEY), config.SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS.map(decodeKek));
  }

  get current(): Buffer {
    return this.keys.get(this.currentId)!;
  }

  wrap(secret: Buffer, aad: string): WrappedSecret {
    return wrapSecret(this.current, secret, aad);
  }

  unwrap(w: WrappedSecret, aad: string): Buffer {
    const kek = this.keys.get(w.kekId);
    if (!kek) throw new KeyUnwrapError(`no key-encryption key with id ${w.kekId} is configured`);
    const dek = open(kek, w.wrappedDek, `dek:${aad}`);
    try {
      return open(dek, w.ciphertext, `key:${aad}`);
    } finally {
      dek.fill(0);
    }
  }

  /** The DEK re-wrapped under the current KEK (the secret itself is not touched). */
  rewrap(w: WrappedSecret, aad: string): WrappedSecret {
    const kek = this.keys.get(w.kekId);
    if (!kek) throw new KeyUnwrapError(`no key-encryption key with id ${w.kekId} is configured`);
    const dek = open(kek, w.wrappedDek, `dek:${aad}`);
    try {
      return { kekId: this.currentId, wrappedDek: seal(this.current, dek, `dek:${aad}`), ciphertext: w.ciphertext };
    } finally {
      dek.fill(0);
    }
  }
}
