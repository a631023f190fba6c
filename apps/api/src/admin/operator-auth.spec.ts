import { describe, expect, it } from 'vitest';
import { isOperator } from './operator-auth.js';

const token = 'o'.repeat(20) + 'perator-token-of-40-chars';
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('isOperator', () => {
  it('accepts the token as bearer or as the Basic password', () => {
    expect(isOperator(`Bearer ${token}`, token)).toBe(true);
    expect(isOperator(basic('operator', token), token)).toBe(true);
    expect(isOperator(basic('alice', token), token)).toBe(true);
  });

  it('refuses everything else', () => {
    expect(isOperator(undefined, token)).toBe(false);
    expect(isOperator('', token)).toBe(false);
    expect(isOperator(`Bearer ${token}x`, token)).toBe(false);
    expect(isOperator(`Bearer ${token.slice(0, -1)}`, token)).toBe(false);
    expect(isOperator(basic(token, 'wrong'), token)).toBe(false);
    expect(isOperator(`Basic ${Buffer.from(token).toString('base64')}`, token)).toBe(false);
    expect(isOperator(`Token ${token}`, token)).toBe(false);
    expect(isOperator('Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig', token)).toBe(false);
  });
});
