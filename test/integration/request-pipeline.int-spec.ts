import { GUARDS_METADATA, INTERCEPTORS_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { CanActivate } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, APP_PIPE, ApplicationConfig, ModulesContainer } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganizationKind, requestValidationPipe } from '@attesta/core';
import { factories } from '../setup/factories.js';
import { client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/**
 * What every request of the API passes through, read from the booted app's module container:
 * a global interceptor would put every route through Nest's RxJS pipeline (nestjs-cls's root
 * module mounts one, a no-op, unless it is left out), so there is none, and no route has one of its
 * own; the global guards are the API's own two, and the ones that need no I/O for a request decide
 * without a promise.
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

  /** Every route handler of the app's controllers, as `Controller.method`. */
  const handlers = () =>
    [...t.app.get(ModulesContainer).values()].flatMap((m) =>
      [...m.controllers.values()].flatMap((wrapper) => {
        const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
        if (!type) return [];
        return Object.getOwnPropertyNames(type.prototype)
          .filter((name) => name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(type.prototype, name)?.value === 'function')
          .map((name) => ({ name: `${type.name}.${name}`, fn: (type.prototype as Record<string, unknown>)[name] as object, type }));
      }),
    );

  it('runs no interceptor but the read-replica router, which only public reads carry (idempotency is a guard and a Fastify hook)', () => {
    const all = handlers();
    expect(all.length).toBeGreaterThan(100);
    const interceptorsOf = ({ fn, type }: { fn: object; type: object }) =>
      [
        ...((Reflect.getMetadata(INTERCEPTORS_METADATA, type) as { name: string }[] | undefined) ?? []),
        ...((Reflect.getMetadata(INTERCEPTORS_METADATA, fn) as { name: string }[] | undefined) ?? []),
      ].map((i) => i.name);
    const intercepted = all.filter((h) => interceptorsOf(h).length > 0);
    expect(new Set(intercepted.flatMap(interceptorsOf))).toEqual(new Set(['ReadReplicaInterceptor']));
    expect(intercepted.every((h) => h.name.startsWith('Public'))).toBe(true);
    // The idempotent creates (the conformity check among them) carry the idempotency guard instead.
    const guarded = all.filter(({ fn }) =>
      ((Reflect.getMetadata(GUARDS_METADATA, fn) as { name: string }[] | undefined) ?? []).some((g) => g.name === 'IdempotencyGuard'),
    );
    expect(guarded.map((h) => h.name)).toContain('ProcurementController.check');
    expect(guarded.length).toBe(12);
  });

  /** The instance of a guard the app made (global or route-level), by class name. */
  const guardNamed = (name: string) =>
    [...t.app.get(ModulesContainer).values()]
      .flatMap((m) => [...m.providers.values(), ...m.injectables.values()])
      .find((w) => (w.metatype as { name?: string } | null)?.name === name && w.instance)!.instance as CanActivate;

  it('decides without a promise where nothing is asked of Redis or the database, so Nest awaits nothing for it', () => {
    const check = handlers().find((h) => h.name === 'ProcurementController.check')!;
    const headers: Record<string, string> = {};
    const reply = { header: (k: string, v: string) => ((headers[k] = v), reply) };
    const request = {
      headers: {},
      user: { kind: 'api_key', apiKeyId: '0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b31', organizationId: '0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b30', scopes: [] },
    };
    const context = new ExecutionContextHost([request, reply], check.type as never, check.fn as never);
    // A key within its in-memory budget: admitted there and then, with its budget headers.
    expect(guardNamed('RateLimitGuard').canActivate(context)).toBe(true);
    expect(headers['ratelimit-limit']).toMatch(/^\d+$/);
    // An idempotent route without an Idempotency-Key: nothing to claim.
    expect(guardNamed('IdempotencyGuard').canActivate(context)).toBe(true);
  });

  it('authenticates a cached bearer token or API key without a promise; a credential it must look up gets one', async () => {
    const http = client(t.baseUrl);
    const f = factories(http);
    const org = await f.newOrganization(OrganizationKind.Manufacturer);
    const key = await f.newApiKey(org, ['members:read']);
    const members = handlers().find((h) => h.name === 'OrganizationController.listMembers')!;
    const access = guardNamed('AccessGuard');
    const contextFor = (headers: Record<string, string>) => {
      const request = { headers } as { headers: Record<string, string>; user?: { kind: string; organizationId: string } };
      return { request, context: new ExecutionContextHost([request, {}], members.type as never, members.fn as never) };
    };
    const bearer = { authorization: `Bearer ${(org.owner.as as { token: string }).token}` };
    const apiKey = { 'x-api-key': key.key };

    // Never used yet: the key is looked up in PostgreSQL, so the guard answers with a promise.
    const first = contextFor(apiKey);
    const pending = access.canActivate(first.context);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toBe(true);
    expect(first.request.user).toMatchObject({ kind: 'api_key', organizationId: org.id });

    // Once checked (over HTTP, as a client would), both are decided at once: `true`, not a promise.
    expect((await http.get('/v1/organization/members', org.owner.as)).status).toBe(200);
    expect((await http.get('/v1/organization/members', key.as)).status).toBe(200);
    for (const [headers, kind] of [
      [bearer, 'user'],
      [apiKey, 'api_key'],
    ] as const) {
      const { request, context } = contextFor(headers);
      expect(access.canActivate(context)).toBe(true);
      expect(request.user).toMatchObject({ kind, organizationId: org.id });
    }
    // A refusal decided at once is thrown at once (401), never turned into an open door.
    expect(() => access.canActivate(contextFor({ authorization: 'Bearer not-a-token' }).context)).toThrow(/access token/i);
    expect(() => access.canActivate(contextFor({ 'x-api-key': 'atk_malformed' }).context)).toThrow(/API key is not valid/);
  });

  it('has no global pipe: bodies and queries carry the validation pipe, path ids are read without one', () => {
    expect(t.app.get(ApplicationConfig).getGlobalPipes()).toEqual([]);
    expect(global(APP_PIPE)).toEqual([]);
    type Arg = { index: number; data?: unknown; pipes?: unknown[]; factory?: unknown };
    // Nest keeps a handler's parameters on its class, keyed by the method's name.
    const argsOf = ({ name, type }: { name: string; type: object }) =>
      Object.entries((Reflect.getMetadata(ROUTE_ARGS_METADATA, type, name.split('.')[1]!) as Record<string, Arg> | undefined) ?? {}).map(([key, arg]) => ({
        kind: key.split(':')[0]!,
        ...arg,
      }));
    const all = handlers().map((h) => ({ name: h.name, args: argsOf(h) }));
    const bodiesAndQueries = all.flatMap((h) =>
      h.args.filter((a) => a.kind === String(RouteParamtypes.BODY) || a.kind === String(RouteParamtypes.QUERY)).map((a) => ({ name: h.name, ...a })),
    );
    expect(bodiesAndQueries.length).toBeGreaterThan(100);
    const unvalidated = bodiesAndQueries.filter((a) => !(a.pipes ?? []).includes(requestValidationPipe)).map((a) => a.name);
    expect(unvalidated).toEqual([]);
    // A path id is read by IdParam (checked, no pipe), never by @Param, which would hand it on unchecked.
    const rawIds = all.flatMap((h) => h.args.filter((a) => a.kind === String(RouteParamtypes.PARAM) && /Id$/.test(String(a.data))).map(() => h.name));
    expect(rawIds).toEqual([]);
    // So the workspace read resolves its parameters (the actor, the id, the reply for its ETag) without a pipe, hence without a promise.
    const read = all.find((h) => h.name === 'WorkspacesController.get')!;
    expect(read.args.map((a) => [a.data ?? null, a.pipes ?? []])).toEqual(
      expect.arrayContaining([
        [null, []],
        ['workspaceId', []],
      ]),
    );
    expect(read.args).toHaveLength(3);
    expect(read.args.every((a) => !(a.pipes ?? []).length)).toBe(true);
  });
});
