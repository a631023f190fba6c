import { createSecretKey, hash, type KeyObject, randomBytes, timingSafeEqual } from 'node:crypto';

/** A URL-safe random secret (256 bits by default). */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * SHA-256 hex of a high-entropy token (for low-entropy passwords we use argon2id). Node's one-shot
 * `hash` (Node ≥ 20.12): no Hash object per call, on every API-key request.
 */
export function sha256Hex(value: string): string {
  return hash('sha256', value, 'hex');
}

export function sameHash(aHex: string, bHex: string): boolean {
  const a = Buffer.from(aHex, 'hex');
  const b = Buffer.from(bHex, 'hex');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

const jwtKeys = new Map<string, KeyObject>();

/**
 * The access tokens' HS256 key as a KeyObject. Given a string, jsonwebtoken first tries to parse
 * it as a PEM public (or private) key and builds the secret key only after that throws, on every
 * sign and verify (about a millisecond of CPU per request); a KeyObject skips both.
 */
export function jwtKey(secret: string): KeyObject {
  let key = jwtKeys.get(secret);
  if (!key) jwtKeys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}
