/**
 * Signed tokens already verified, with their claims, until they expire: a session's requests
 * present the same access token for its whole life, and verifying it again (decoding, JSON,
 * HMAC) on each one is most of what a bearer check costs. A token's signature, algorithm,
 * audience and issuer are facts of its text under one key, so they are checked once; its
 * expiry depends on the time and is checked on every use, the way the verifier checks it
 * (`exp` in seconds, expired from that second on). Only tokens that verified are kept, so a
 * forged or altered token always meets the full check. Revocation is not a property of the
 * token and stays with the caller (the session check after it).
 *
 * Per verifier instance (one key); bounded: past `capacity` the oldest entries go first.
 */
export class VerifiedTokens<C extends { readonly exp: number }> {
  private readonly entries = new Map<string, Readonly<C>>();

  constructor(
    private readonly verify: (token: string) => C,
    private readonly capacity = 10_000,
  ) {}

  /** The token's claims; throws what `verify` throws for a token that does not verify (or no longer does). */
  claims(token: string): Readonly<C> {
    const now = Math.floor(Date.now() / 1000);
    const known = this.entries.get(token);
    if (known !== undefined) {
      if (now < known.exp) return known;
      this.entries.delete(token);
    }
    const claims = Object.freeze(this.verify(token));
    if (typeof claims.exp === 'number' && now < claims.exp) {
      while (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(token, claims);
    }
    return claims;
  }

  /** How many verified tokens are held (read by its tests: the bound, and what is never kept). */
  get size(): number {
    return this.entries.size;
  }
}
