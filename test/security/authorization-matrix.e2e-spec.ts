import { API_KEY_SCOPES, buildAbility, type Action, type Subject } from '@attesta/access';
import { MemberRole, OrganizationKind, type Actor } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, OPERATOR, type TestOrg } from '../setup/factories.js';
import { client, type Client, type Credentials } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import {
  EXPECTED_FOR_ALLOWED,
  EXPECTED_FOR_OUTSIDERS,
  OPERATOR_OPERATIONS,
  PUBLIC_OPERATIONS,
  REQUEST_BODIES,
  REQUEST_HEADERS,
  RESOURCE_FACTORIES,
  type MatrixContext,
} from './matrix-registry.js';

interface Operation {
  method: string;
  path: string;
  operationId: string;
  access: { public?: boolean; operator?: boolean; authenticated?: boolean; permission?: string; userOnly?: boolean } | undefined;
  hasBody: boolean;
}

/**
 * The authorization matrix, generated from the OpenAPI document: every operation is
 * called as (a) a user of another organization, (b) an API key of another
 * organization, (c) a member of the owning organization without the permission,
 * (d) nobody; only the allowed actors may succeed. Objects are made as organization A
 * by the factories in matrix-registry.ts; an operation the harness cannot exercise
 * fails until it is taught.
 */
describe('Authorization matrix (from /openapi.json)', () => {
  let t: TestApp;
  let http: Client;
  let ctx: MatrixContext;
  let operations: Operation[];
  let a: TestOrg;
  let b: TestOrg;
  let aMember: { as: Credentials; userId: string };
  let bKey: Credentials;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    const f = factories(http);
    a = await f.newOrganization(OrganizationKind.Manufacturer);
    b = await f.newOrganization(OrganizationKind.Manufacturer);
    aMember = await f.newMember(a, MemberRole.Member);
    bKey = (await f.newApiKey(b, Object.keys(API_KEY_SCOPES))).as;
    ctx = { http, f, a, invitee: () => f.newOrganization(OrganizationKind.Procurer) };
    const spec = (
      await http.get<{ paths: Record<string, Record<string, { operationId: string; 'x-access'?: Operation['access']; requestBody?: unknown }>> }>(
        '/openapi.json',
      )
    ).body;
    operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        access: op['x-access'],
        hasBody: Boolean(op.requestBody),
      })),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  const memberActor = (): Actor => ({
    kind: 'user',
    userId: aMember.userId,
    organizationId: a.id,
    organizationKind: OrganizationKind.Manufacturer,
    role: MemberRole.Member,
  });
  const keyActor = (): Actor => ({
    kind: 'api_key',
    apiKeyId: 'k',
    organizationId: b.id,
    organizationKind: OrganizationKind.Manufacturer,
    scopes: Object.keys(API_KEY_SCOPES),
  });
  const allows = (actor: Actor, permission?: string) => {
    if (!permission) return true;
    const [action, subject] = permission.split(':') as [Action, Subject];
    return buildAbility(actor).can(action, subject);
  };

  async function fill(op: Operation): Promise<{ path: string; made: Record<string, string> }> {
    let path = op.path;
    const made: Record<string, string> = {};
    for (const [, name] of op.path.matchAll(/\{([^}]+)\}/g)) {
      const make = RESOURCE_FACTORIES[name!];
      if (!make) throw new Error(`${op.operationId}: no factory for path parameter "${name}" in matrix-registry.ts`);
      made[name!] = await make(ctx, made);
      path = path.replace(`{${name}}`, made[name!]!);
    }
    return { path, made };
  }

  async function body(op: Operation, made: Record<string, string>): Promise<unknown> {
    if (!op.hasBody) return undefined;
    const make = REQUEST_BODIES[op.operationId];
    if (!make) throw new Error(`${op.operationId}: no request body in matrix-registry.ts`);
    return make(ctx, made);
  }

  it('knows every operation, and every operation declares its access', () => {
    expect(operations.length).toBeGreaterThan(10);
    for (const op of operations) {
      expect(op.access, `${op.operationId} declares no x-access`).toBeDefined();
      if (op.access?.public) expect(PUBLIC_OPERATIONS.has(op.operationId), `${op.operationId} is public but not listed as such`).toBe(true);
      else expect(PUBLIC_OPERATIONS.has(op.operationId), `${op.operationId} is listed public but requires credentials`).toBe(false);
      expect(Boolean(op.access?.operator), `${op.operationId}: operator operations are listed in OPERATOR_OPERATIONS and nothing else is`).toBe(
        OPERATOR_OPERATIONS.has(op.operationId),
      );
    }
  });

  it('refuses or hides every protected operation from the wrong actors, and lets the right ones through', async () => {
    const failures: string[] = [];
    const expectStatus = (op: Operation, who: string, got: number, want: number | ((s: number) => boolean)) => {
      const ok = typeof want === 'number' ? got === want : want(got);
      if (!ok) failures.push(`${op.method} ${op.path} (${op.operationId}) as ${who}: got ${got}, want ${typeof want === 'number' ? want : 'success'}`);
    };
    for (const op of operations.filter((o) => !o.access?.public)) {
      try {
        await exercise(op);
      } catch (e) {
        failures.push(`${op.method} ${op.path} (${op.operationId}): cannot exercise: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);

    async function exercise(op: Operation) {
      const addressesObject = /\{[^}]+\}/.test(op.path);
      // One object per operation: the wrong actors must change nothing, and the allowed actor goes last.
      const { path, made } = await fill(op);
      const call = async (as: Credentials) =>
        (await http.call(op.method, path, { as, body: await body(op, made), headers: REQUEST_HEADERS[op.operationId] })).status;
      if (op.access?.operator) {
        // Platform operator routes: no credential and every tenant credential are refused (403); the operator token passes.
        expectStatus(op, 'no credentials', await call(undefined), 403);
        expectStatus(op, 'user of B', await call(b.owner.as), 403);
        expectStatus(op, 'API key of B', await call(bKey), 403);
        expectStatus(op, 'member of A', await call(aMember.as), 403);
        expectStatus(op, 'owner of A', await call(a.owner.as), 403);
        expectStatus(op, 'operator', await call(OPERATOR), (s: number) => s >= 200 && s < 300);
        return;
      }
      // (d) nobody
      expectStatus(op, 'no credentials', await call(undefined), 401);
      // (a) a user of another organization: the object does not exist for it
      const outsiderSees = EXPECTED_FOR_OUTSIDERS[op.operationId] ?? 404;
      if (addressesObject) expectStatus(op, 'user of B', await call(b.owner.as), outsiderSees);
      // (b) an API key of another organization
      if (op.access?.userOnly) expectStatus(op, 'API key of B', await call(bKey), 403);
      else if (addressesObject) expectStatus(op, 'API key of B', await call(bKey), allows(keyActor(), op.access?.permission) ? outsiderSees : 403);
      // (c) a member of A without the permission
      if (!allows(memberActor(), op.access?.permission)) expectStatus(op, 'member of A without permission', await call(aMember.as), 403);
      // and the owner of A succeeds
      const allowedWant = EXPECTED_FOR_ALLOWED[op.operationId];
      expectStatus(op, 'owner of A', await call(a.owner.as), allowedWant ?? ((s: number) => s >= 200 && s < 300));
    }
  }, 600_000);
});
