import { OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signupBody } from '../../libs/identity/src/testing/identity.factory.js';
import { factories, type TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type HttpResult } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

const SIGNUP_BUDGET = 3;
const INVITATION_BUDGET = 4;
const PUBLIC_BUDGET = 5;

/**
 * The routes anyone may call without credentials take each request from a per-IP budget in
 * Redis: bursts sent at once get exactly the budget through and 429 problem+json with
 * Retry-After for the rest, while another client IP is unaffected. Client IPs come from
 * X-Forwarded-For (TRUST_PROXY, as behind an ingress).
 */
describe('Rate limits of the anonymous routes (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let org: TestOrg;
  let ipCounter = 0;
  const newIp = () => `198.51.100.${++ipCounter}`;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        TRUST_PROXY: 'true',
        RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR: String(SIGNUP_BUDGET),
        RATE_LIMIT_INVITATION_PER_IP_PER_MINUTE: String(INVITATION_BUDGET),
        RATE_LIMIT_PUBLIC_PER_IP_PER_MINUTE: String(PUBLIC_BUDGET),
      },
    });
    http = client(t.baseUrl);
    // The one sign-up of the fixture comes from the test's own address, a budget of its own.
    org = await factories(http).newOrganization(OrganizationKind.Assessor);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const post = (path: string, body: unknown, ip: string) => http.call('POST', path, { body, headers: from(ip) });

  /** `budget` answers (of a limit of `limit` per window) are not 429; the rest are 429 problem+json with Retry-After and RateLimit headers. */
  function budgetHolds(answers: HttpResult[], budget: number, through: number, limit = budget) {
    const limited = answers.filter((a) => a.status === 429);
    expect(
      answers.filter((a) => a.status !== 429).map((a) => a.status),
      JSON.stringify(answers.map((a) => a.body)),
    ).toEqual(Array<number>(budget).fill(through));
    expect(limited).toHaveLength(answers.length - budget);
    for (const a of limited) {
      expect(expectProblem(a, 429).code).toBe('http.rate_limited');
      expect(Number(a.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(a.headers.get('ratelimit-remaining')).toBe('0');
      expect(a.headers.get('ratelimit-limit')).toBe(String(limit));
    }
  }

  it('sign-up: a burst from one IP gets its budget through, invalid bodies count too, another IP is unaffected', async () => {
    const ip = newIp();
    // One invalid body first: refused as 400, but it took its request from the budget.
    expectProblem(await post('/v1/auth/signup', { organization: [] }, ip), 400);
    const answers = await Promise.all(Array.from({ length: 6 }, () => post('/v1/auth/signup', signupBody(OrganizationKind.Manufacturer), ip)));
    const ok = answers.find((a) => a.status !== 429)!.status;
    expect([201, 202]).toContain(ok);
    budgetHolds(answers, SIGNUP_BUDGET - 1, ok, SIGNUP_BUDGET);
    expect((await post('/v1/auth/signup', signupBody(OrganizationKind.Manufacturer), newIp())).status).toBe(ok);
  });

  it('invitation acceptance: a burst of guessed tokens from one IP gets its budget of 404s, then 429; another IP still gets 404', async () => {
    const ip = newIp();
    const guess = () =>
      post('/v1/invitations/accept', { token: `guess-${Math.random().toString(36).slice(2)}-0123456789`, password: 'Irrelevant-Guess-42!' }, ip);
    const answers = await Promise.all(Array.from({ length: INVITATION_BUDGET + 3 }, guess));
    budgetHolds(answers, INVITATION_BUDGET, 404);
    expectProblem(await post('/v1/invitations/accept', { token: 'another-client-0123456789abcdef', password: 'Irrelevant-Guess-42!' }, newIp()), 404);
  });

  it('public verification and attestation summaries share one per-IP budget; another IP is unaffected', async () => {
    const ip = newIp();
    const answers = await Promise.all(Array.from({ length: PUBLIC_BUDGET + 2 }, () => post('/v1/public/verify', { credential: 'not-a-credential' }, ip)));
    budgetHolds(answers, PUBLIC_BUDGET, 200);
    const summary = await http.call('GET', '/v1/public/attestations/ATT-2026-000001', { headers: from(ip) });
    expectProblem(summary, 429);
    expectProblem(await http.call('GET', '/v1/public/attestations/ATT-2026-000001', { headers: from(newIp()) }), 404);
    expect((await post('/v1/public/verify', { credential: 'not-a-credential' }, newIp())).status).toBe(200);
  });

  it('signed-in routes are not counted against the anonymous budgets', async () => {
    const ip = newIp();
    for (let i = 0; i < PUBLIC_BUDGET + 2; i++) {
      const res = await http.call('GET', '/v1/organization', { as: org.owner.as, headers: from(ip) });
      expect(res.status).toBe(200);
    }
  });
});
