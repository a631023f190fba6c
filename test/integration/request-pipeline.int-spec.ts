import { APP_GUARD, APP_INTERCEPTOR, ModulesContainer } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/**
 * What every request of the API passes through, read from the booted app's module container:
 * a global interceptor would put every route through Nest's RxJS pipeline (nestjs-cls's root
 * module mounts one, a no-op, unless it is left out), so there is none; the global guards are the
 * API's own two.
 */
describe('the request pipeline', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  const global = (token: string) =>
    [...t.app.get(ModulesContainer).values()].flatMap((m) =>
      [...m.providers.entries()]
        .filter(([key]) => String(key).startsWith(`${token} (`))
        .map(([, wrapper]) => (wrapper.metatype as { name?: string } | null)?.name ?? '?'),
    );

  it('mounts no global interceptor, so a route without interceptors of its own runs none', () => {
    expect(global(APP_INTERCEPTOR)).toEqual([]);
  });

  it('mounts only its own global guards: authentication and authorization, then the rate limit', () => {
    expect(global(APP_GUARD).sort()).toEqual(['AccessGuard', 'RateLimitGuard']);
  });
});
