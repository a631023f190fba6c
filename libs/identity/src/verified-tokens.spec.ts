import { JwtService } from '@nestjs/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jwtKey } from './secrets.js';
import { VerifiedTokens } from './verified-tokens.js';

const jwt = new JwtService({ secret: jwtKey('verified-tokens-spec-secret-0123456789abcdef') });
const options = { algorithms: ['HS256' as const], audience: 'attesta-api', issuer: 'https://attesta.test' };
type Claims = { sub: string; exp: number };
const sign = (sub: string, expiresIn = 900) => jwt.sign({ sub }, { algorithm: 'HS256', expiresIn, audience: options.audience, issuer: options.issuer });

function verifier(capacity?: number) {
  const verify = vi.fn((token: string) => jwt.verify<Claims>(token, options));
  return { verify, tokens: new VerifiedTokens<Claims>(verify, capacity) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('VerifiedTokens', () => {
  it('verifies a token in full once, then serves its claims (frozen) until it expires', () => {
    const { verify, tokens } = verifier();
    const token = sign('u1');
    const first = tokens.claims(token);
    expect(first.sub).toBe('u1');
    expect(tokens.claims(token)).toBe(first);
    expect(tokens.claims(token).sub).toBe('u1');
    expect(verify).toHaveBeenCalledTimes(1);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('refuses a kept token from the second of its expiry on, as the verifier does', () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T08:00:00.250Z') });
    const { verify, tokens } = verifier();
    const token = sign('u1', 60);
    const { exp } = tokens.claims(token);
    vi.setSystemTime(exp * 1000 - 1);
    expect(tokens.claims(token).sub).toBe('u1');
    expect(verify).toHaveBeenCalledTimes(1);
    vi.setSystemTime(exp * 1000);
    expect(() => tokens.claims(token)).toThrow(/expired/);
    expect(tokens.size).toBe(0);
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('keeps no token that fails: an altered signature, another key, another audience, an expired token', () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T08:00:00Z') });
    const { verify, tokens } = verifier();
    const good = sign('u1');
    tokens.claims(good);
    // The signature's first character (all six of its bits are signature bits) changed.
    const dot = good.lastIndexOf('.') + 1;
    const altered = good.slice(0, dot) + (good[dot] === 'A' ? 'B' : 'A') + good.slice(dot + 1);
    const foreign = new JwtService({ secret: jwtKey('another-secret-0123456789abcdef-another') }).sign(
      { sub: 'u1' },
      { algorithm: 'HS256', expiresIn: 900, audience: options.audience, issuer: options.issuer },
    );
    const otherAudience = jwt.sign({ sub: 'u1' }, { algorithm: 'HS256', expiresIn: 900, audience: 'someone-else', issuer: options.issuer });
    const expired = jwt.sign({ sub: 'u1', exp: Math.floor(Date.now() / 1000) - 1 }, { algorithm: 'HS256', audience: options.audience, issuer: options.issuer });
    for (const bad of [altered, foreign, otherAudience, expired, 'not-a-token']) {
      expect(() => tokens.claims(bad)).toThrow();
      expect(() => tokens.claims(bad)).toThrow();
    }
    expect(verify).toHaveBeenCalledTimes(1 + 5 * 2);
    expect(tokens.size).toBe(1);
  });

  it('keeps no token without an expiry (the verifier accepts one; the caller decides)', () => {
    const { verify, tokens } = verifier();
    const endless = jwt.sign({ sub: 'u1' }, { algorithm: 'HS256', audience: options.audience, issuer: options.issuer });
    expect(tokens.claims(endless).sub).toBe('u1');
    expect(tokens.claims(endless).exp).toBeUndefined();
    expect(tokens.size).toBe(0);
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('holds at most `capacity` tokens, the oldest going first', () => {
    const { verify, tokens } = verifier(2);
    const [a, b, c] = ['a', 'b', 'c'].map((s) => sign(s));
    tokens.claims(a!);
    tokens.claims(b!);
    tokens.claims(c!);
    expect(tokens.size).toBe(2);
    expect(verify).toHaveBeenCalledTimes(3);
    tokens.claims(b!);
    tokens.claims(c!);
    expect(verify).toHaveBeenCalledTimes(3);
    tokens.claims(a!);
    expect(verify).toHaveBeenCalledTimes(4);
    expect(tokens.size).toBe(2);
  });
});
