import { OrganizationKind } from '@attesta/core';
import { expect } from 'vitest';
import { factories, type TestOrg } from './factories.js';
import type { Client, Credentials } from './http.js';

export interface TestWorkspace {
  id: string;
  offeringId: string;
  saasComponentId: string;
  hardwareComponentId: string;
  frameworkIds: string[];
}

/** Built-in framework ids by code (the catalog ships them). */
export async function builtInFrameworks(http: Client, as: Credentials): Promise<Record<string, string>> {
  const res = await http.get<{ data: { id: string; code: string; source: string }[] }>('/v1/frameworks?limit=200', as);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return Object.fromEntries(res.body.data.filter((f) => f.source === 'built_in').map((f) => [f.code, f.id]));
}

/** A manufacturer's offering (hardware + SaaS by a vendor) and a workspace on two frameworks. */
export function workspaceFactories(http: Client) {
  const f = factories(http);

  async function newOffering(owner: TestOrg, vendorId?: string) {
    const res = await http.post<{ id: string; components: { id: string; kind: string }[] }>(
      '/v1/offerings',
      {
        name: 'VMC-850 with predictive maintenance',
        components: [
          { name: 'VMC-850 machining centre', kind: 'hardware', version: 'rev C' },
          {
            name: 'Predictive maintenance SaaS',
            kind: 'saas',
            version: '4.2.0',
            serviceCategory: 'predictive_maintenance',
            ...(vendorId ? { providerOrganizationId: vendorId } : {}),
          },
        ],
      },
      owner.owner.as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { id: res.body.id, hardwareComponentId: res.body.components[0]!.id, saasComponentId: res.body.components[1]!.id };
  }

  async function newWorkspace(owner: TestOrg, vendorId?: string): Promise<TestWorkspace> {
    const offering = await newOffering(owner, vendorId);
    const fw = await builtInFrameworks(http, owner.owner.as);
    // The baseline and ISO/IEC 27001 Annex A: the built-in crosswalk connects them.
    const frameworkIds = [fw['attesta-dser'], fw['iso-iec-27001']].filter((x): x is string => Boolean(x));
    expect(frameworkIds).toHaveLength(2);
    const res = await http.post<{ id: string }>(
      '/v1/workspaces',
      { offeringId: offering.id, name: 'Export readiness VN/TH', frameworkIds, targetMarkets: ['vn', 'TH'] },
      owner.owner.as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return {
      id: res.body.id,
      offeringId: offering.id,
      saasComponentId: offering.saasComponentId,
      hardwareComponentId: offering.hardwareComponentId,
      frameworkIds,
    };
  }

  /** Invites and accepts; returns the participant id. */
  async function join(owner: TestOrg, ws: TestWorkspace, org: TestOrg, role: 'contributor' | 'assessor' | 'observer'): Promise<string> {
    const invited = await http.post<{ id: string }>(
      `/v1/workspaces/${ws.id}/participants`,
      { organizationId: org.id, role, ...(role === 'contributor' ? { componentIds: [ws.saasComponentId] } : {}) },
      owner.owner.as,
    );
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const accepted = await http.post(`/v1/workspaces/${ws.id}/invitation`, { answer: 'accept' }, org.owner.as);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    return invited.body.id;
  }

  return { ...f, newOffering, newWorkspace, join, kinds: OrganizationKind };
}
