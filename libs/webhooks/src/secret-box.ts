import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new Standard Webhooks signing secret: `whsec_` + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * AES-256-GCM for webhook secrets at rest. The associated data (the endpoint id) binds
 * a ciphertext to its row, so a secret copied onto another endpoint does not decrypt.
 * Format: `v1.<iv>.<tag>.<ciphertext>`, base64url parts.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('SecretBox: the key must be 32 bytes');
    this.key = key;
  }

  /** The configured key, or one derived from the signing-key KEK (distinct by its HKDF info). */
  static fromConfig(config: { WEBHOOK_SECRET_ENCRYPTION_KEY?: string; SIGNING_KEY_ENCRYPTION_KEY: string }): SecretBox {
    if (config.WEBHOOK_SECRET_ENCRYPTION_KEY) return new SecretBox(Buffer.from(config.WEBHOOK_SECRET_ENCRYPTION_KEY, 'base64'));
    const kek = Buffer.from(config.SIGNING_KEY_ENCRYPTION_KEY, 'base64');
    return new SecretBox(Buffer.from(hkdfSync('sha256', kek, Buffer.alloc(0), 'attesta webhook secrets v1', 32)));
  }

  seal(plaintext: string, aad: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
  }

  open(sealed: string, aad: string): string {
    const [v, iv, tag, ct] = sealed.split('.');
    if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('SecretBox: not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  }
}

/**
 * The Standard Webhooks headers of one message, signed by the package itself. With
 * several secrets (during a rotation) the signature header lists one signature each,
 * space-separated, as the specification allows.
 */
export function signedHeaders(msgId: string, timestamp: Date, body: string, secrets: readonly string[]): Record<string, string> {
  const signatures = secrets.map((s) => new Webhook(s).sign(msgId, timestamp, body));
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
