import type { DecisionSnapshot } from '@attesta/attestations';
import { MemberRole, OrganizationKind, type Actor } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../libs/attestations/src/testing/pdf-text.js';
import type { TestOrg } from '../setup/factories.js';
import { authHeaders, client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { assessmentCast, type AssessmentCast } from '../setup/scenario.js';
import { decisionSnapshot, issueSynthetic } from '../setup/synthetic-decision.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import type { TestWorkspace } from '../setup/workspace-factories.js';

interface TrustPage {
  organization: { id: string; name: string };
  attestations: {
    serial: string;
    status: string;
    statusReason: string | null;
    issuedTo: string;
    markets: string[];
    frameworks: { code: string }[];
    validUntil: string;
    issuer: { id: string; name: string | null; accreditation: { body: string; number: string; currentlyValid: boolean } | null };
    verifyUrl: string;
    certificateUrl: string;
    badgeUrl: string;
  }[];
}

describe('Certificates, trust pages and status badges (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let w: AssessmentCast['factories'];
  let maker: TestOrg;
  let vendor: TestOrg;
  let assessor: TestOrg;
  let outsider: TestOrg;
  let ws: TestWorkspace;
  const serials: Record<'vn' | 'th' | 'my' | 'vendor' | 'vnNew' | 'ahead', { id: string; serial: string }> = {} as never;

  const assessorActor = (): Actor => ({
    kind: 'user',
    userId: assessor.owner.userId,
    organizationId: assessor.id,
    organizationKind: OrganizationKind.Assessor,
    role: MemberRole.Owner,
  });
  const issue = async (overrides: Partial<DecisionSnapshot>) => {
    const a = await issueSynthetic(t, assessorActor(), await decisionSnapshot(t, { maker, ws }, overrides));
    return { id: a.id, serial: a.serial };
  };
  /** The raw bytes (the JSON client reads text). */
  const fetchBytes = async (path: string, as?: Credentials) => {
    const res = await fetch(`${t.baseUrl}${path}`, { headers: authHeaders(as) });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };
  const certPath = (id: string) => `/v1/workspaces/${ws.id}/attestations/${id}/certificate.pdf`;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    ({ maker, vendor, assessor, outsider, ws, factories: w } = await assessmentCast(http, { accreditedAssessor: true }));
    // Distinct markets: attestations of one offering with overlapping scopes supersede each other.
    serials.vn = await issue({ markets: ['VN'] });
    serials.th = await issue({ markets: ['TH'] });
    serials.my = await issue({ markets: ['MY'] });
    // Issued to another supplier (same workspace and issuer): never on the maker's page.
    serials.vendor = await issue({ markets: ['SG'], manufacturer: { id: vendor.id, name: 'Vendor' } });
    // Supersedes the VN one: the trust page shows the newer one only.
    serials.vnNew = await issue({ markets: ['VN'] });
    // Issued with a validity that begins in five days.
    serials.ahead = await issue({ markets: ['ID'], validFrom: new Date(Date.now() + 5 * 86_400_000) });
    const withdrawn = await http.post(`/v1/workspaces/${ws.id}/attestations/${serials.th.id}/withdraw`, { reason: 'Scope misstated' }, assessor.owner.as);
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    const suspended = await http.post(
      `/v1/workspaces/${ws.id}/attestations/${serials.my.id}/suspend`,
      { reason: 'Surveillance audit pending' },
      assessor.owner.as,
    );
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  describe('the certificate of an attestation (authenticated)', () => {
    it('is a PDF/A that states the serial, supplier, validity days, issuer, accreditation and status', async () => {
      const res = await fetchBytes(certPath(serials.vnNew.id), maker.owner.as);
      expect(res.status, res.body.toString('utf8').slice(0, 300)).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe(`inline; filename="${serials.vnNew.serial}.pdf"`);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(res.body.toString('latin1')).toContain('pdfaid:part');
      const text = pdfText(res.body).join('\n');
      expect(text).toContain(serials.vnNew.serial);
      expect(text).toContain('Manufacturer');
      expect(text).toContain('ACTIVE');
      expect(text).not.toContain('REVOKED');
      expect(text).toContain('Accreditation number');
      // The address under the QR code wraps; its lines joined.
      expect(text.replaceAll('\n', '')).toContain(`${t.config.PUBLIC_BASE_URL}/verify/${serials.vnNew.serial}`);
    });

    it('is printed by the issuer and by an API key of the workspace’s manufacturer', async () => {
      expect((await fetchBytes(certPath(serials.vnNew.id), assessor.owner.as)).status).toBe(200);
      const key = await w.newApiKey(maker, ['attestations:read']);
      expect((await fetchBytes(certPath(serials.vnNew.id), key.as)).status).toBe(200);
    });

    it('is 404 for another organization’s user and API key, and for an unknown attestation', async () => {
      expectProblem(await http.get(certPath(serials.vnNew.id), outsider.owner.as), 404);
      expectProblem(await http.get(certPath(serials.vnNew.id), (await w.newApiKey(outsider, ['attestations:read'])).as), 404);
      expectProblem(await http.get(certPath(crypto.randomUUID()), maker.owner.as), 404);
      expect((await http.get(certPath(serials.vnNew.id))).status).toBe(401);
    });

    it('of a withdrawn attestation says revoked, with the reason', async () => {
      const res = await fetchBytes(certPath(serials.th.id), maker.owner.as);
      expect(res.status).toBe(200);
      const text = pdfText(res.body).join('\n');
      expect(text).toContain('REVOKED');
      expect(text).toContain('Scope misstated');
      expect(text).not.toContain('ACTIVE');
    });
  });

  describe('the public certificate by serial', () => {
    it('is the same certificate for anyone, cached briefly', async () => {
      const res = await fetchBytes(`/v1/public/attestations/${serials.my.serial}/certificate.pdf`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=60');
      const text = pdfText(res.body).join('\n');
      expect(text).toContain(serials.my.serial);
      expect(text).toContain('SUSPENDED');
      expect(text).toContain('Surveillance audit pending');
    });

    it('is 404 for an unknown or malformed serial', async () => {
      expectProblem(await http.get('/v1/public/attestations/AT-2026-NOSUCHSERIAL/certificate.pdf'), 404);
      expectProblem(await http.get('/v1/public/attestations/not%20a%20serial/certificate.pdf'), 404);
    });
  });

  describe('a supplier’s trust page', () => {
    it('lists only the supplier’s current attestations, with their status now, issuer and accreditation', async () => {
      const res = await http.get<TrustPage>(`/v1/public/organizations/${maker.id}/trust`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=60');
      expect(res.body.organization.id).toBe(maker.id);
      const bySerial = new Map(res.body.attestations.map((a) => [a.serial, a]));
      // Not the vendor's, not the superseded one.
      expect([...bySerial.keys()].sort()).toEqual([serials.vnNew.serial, serials.th.serial, serials.my.serial, serials.ahead.serial].sort());
      expect(bySerial.get(serials.vnNew.serial)).toMatchObject({ status: 'active', statusReason: null, markets: ['VN'] });
      // Exactly the documented shape of a framework.
      expect(Object.keys(bySerial.get(serials.vnNew.serial)!.frameworks[0]!).sort()).toEqual(['code', 'names', 'title', 'version']);
      expect(bySerial.get(serials.th.serial)).toMatchObject({ status: 'withdrawn', statusReason: 'Scope misstated' });
      expect(bySerial.get(serials.my.serial)).toMatchObject({ status: 'suspended', statusReason: 'Surveillance audit pending' });
      const a = bySerial.get(serials.vnNew.serial)!;
      expect(a.issuer.id).toContain(assessor.id);
      expect(a.issuer.accreditation).toMatchObject({ currentlyValid: true });
      expect(a.verifyUrl).toBe(`${t.config.PUBLIC_BASE_URL}/verify/${serials.vnNew.serial}`);
      expect(a.badgeUrl).toBe(`${t.config.PUBLIC_BASE_URL}/v1/public/attestations/${serials.vnNew.serial}/badge.svg`);
      expect(a.certificateUrl).toBe(`${t.config.PUBLIC_BASE_URL}/v1/public/attestations/${serials.vnNew.serial}/certificate.pdf`);

      const other = await http.get<TrustPage>(`/v1/public/organizations/${vendor.id}/trust`);
      expect(other.body.attestations.map((x) => x.serial)).toEqual([serials.vendor.serial]);
    });

    it('names on each attestation the supplier it was issued to, which a renamed organization cannot change', async () => {
      const before = (await http.get<{ name: string }>('/v1/organization', maker.owner.as)).body.name;
      const page = async () => (await http.get<TrustPage>(`/v1/public/organizations/${maker.id}/trust`)).body;
      // The synthetic decisions name the manufacturer 'Manufacturer', as its attestations then say.
      const issuedTo = (await page()).attestations.map((a) => a.issuedTo);
      expect(new Set(issuedTo)).toEqual(new Set(['Manufacturer']));
      // The supplier takes another company's name: the heading follows it, the attestations still say whom they were issued to.
      expect((await http.patch('/v1/organization', { name: 'Siemens AG' }, maker.owner.as)).status).toBe(200);
      try {
        const renamed = await page();
        expect(renamed.organization.name).toBe('Siemens AG');
        expect(renamed.attestations.map((a) => a.issuedTo)).toEqual(issuedTo);
      } finally {
        expect((await http.patch('/v1/organization', { name: before }, maker.owner.as)).status).toBe(200);
      }
    });

    it('is 404 for an unknown organization and for one never issued an attestation; 400 for a malformed id', async () => {
      expectProblem(await http.get(`/v1/public/organizations/${crypto.randomUUID()}/trust`), 404);
      expectProblem(await http.get(`/v1/public/organizations/${outsider.id}/trust`), 404);
      expectProblem(await http.get('/v1/public/organizations/not-an-id/trust'), 400);
    });
  });

  describe('the status badge', () => {
    it('is an SVG with the live status, cached for five minutes', async () => {
      const active = await http.get<string>(`/v1/public/attestations/${serials.vnNew.serial}/badge.svg`);
      expect(active.status).toBe(200);
      expect(active.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
      expect(active.headers.get('cache-control')).toBe('public, max-age=300');
      expect(active.body).toMatch(/^<svg /);
      expect(active.body).toContain(`>${serials.vnNew.serial}</text>`);
      expect(active.body).toContain('>active</text>');
      expect((await http.get<string>(`/v1/public/attestations/${serials.th.serial}/badge.svg`)).body).toContain('>revoked</text>');
      expect((await http.get<string>(`/v1/public/attestations/${serials.my.serial}/badge.svg`)).body).toContain('>suspended</text>');
      expect((await http.get<string>(`/v1/public/attestations/${serials.vn.serial}/badge.svg`)).body).toContain('>superseded</text>');
    });

    it('is 404 for an unknown serial', async () => {
      expectProblem(await http.get('/v1/public/attestations/AT-2026-NOSUCHSERIAL/badge.svg'), 404);
    });
  });

  describe('an attestation whose validity has not begun', () => {
    it('reads not_yet_valid, never active, on its summary, badge, certificate and the trust page', async () => {
      const { serial } = serials.ahead;
      const summary = await http.get<{ status: string; validFrom: string }>(`/v1/public/attestations/${serial}`);
      expect(summary.status, JSON.stringify(summary.body)).toBe(200);
      expect(summary.body.status).toBe('not_yet_valid');
      // Serials are case-insensitive on every public route.
      expect((await http.get<{ status: string }>(`/v1/public/attestations/${serial.toLowerCase()}`)).body.status).toBe('not_yet_valid');
      const badge = (await http.get<string>(`/v1/public/attestations/${serial.toLowerCase()}/badge.svg`)).body;
      expect(badge).toContain('>not yet valid</text>');
      expect(badge).not.toContain('>active</text>');
      const certificate = await fetchBytes(`/v1/public/attestations/${serial}/certificate.pdf`);
      expect(certificate.status).toBe(200);
      const text = pdfText(certificate.body).join('\n');
      expect(text).toContain('NOT YET VALID');
      expect(text).not.toContain('ACTIVE');
      const page = await http.get<TrustPage>(`/v1/public/organizations/${maker.id}/trust`);
      expect(page.body.attestations.find((a) => a.serial === serial)).toMatchObject({ status: 'not_yet_valid' });
      // The others keep their status: an active one whose validity has begun stays active.
      expect((await http.get<{ status: string }>(`/v1/public/attestations/${serials.vnNew.serial}`)).body.status).toBe('active');
    });
  });
});
