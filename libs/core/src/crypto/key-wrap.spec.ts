import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyRing, KeyUnwrapError, kekIdOf, wrapSecret } from './key-wrap.js';

describe('key wrapping (AES-256-GCM envelope)', () => {
  const secret = Buffer.from('an Ed25519 private key in PKCS#8');
  const kek = randomBytes(32);

  it('round-trips under the same KEK and row, and hides the secret', () => {
    const ring = new KeyRing(kek);
    const w = ring.wrap(secret, 'row-1');
    expect(w.kekId).toBe(kekIdOf(kek));
    expect(w.ciphertext).not.toContain(secret.toString('base64url'));
    expect(ring.unwrap(w, 'row-1').equals(secret)).toBe(true);
  });

  it('refuses another row, a changed byte and an unknown KEK', () => {
    const ring = new KeyRing(kek);
    const w = ring.wrap(secret, 'row-1');
    expect(() => ring.unwrap(w, 'row-2')).toThrow(KeyUnwrapError);
    const flipped = w.ciphertext.split('.');
    const ct = Buffer.from(flipped[1]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    flipped[1] = ct.toString('base64url');
    expect(() => ring.unwrap({ ...w, ciphertext: flipped.join('.') }, 'row-1')).toThrow(KeyUnwrapError);
    expect(() => new KeyRing(randomBytes(32)).unwrap(w, 'row-1')).toThrow(/no key-encryption key/);
  });

  it('re-wraps under a new KEK without touching the encrypted key; the old KEK alone no longer opens it', () => {
    const w = wrapSecret(kek, secret, 'row-1');
    const next = randomBytes(32);
    const rotating = new KeyRing(next, [kek]);
    const r = rotating.rewrap(w, 'row-1');
    expect(r.kekId).toBe(kekIdOf(next));
    expect(r.ciphertext).toBe(w.ciphertext);
    expect(r.wrappedDek).not.toBe(w.wrappedDek);
    expect(new KeyRing(next).unwrap(r, 'row-1').equals(secret)).toBe(true);
    expect(() => new KeyRing(kek).unwrap(r, 'row-1')).toThrow(KeyUnwrapError);
  });
});
