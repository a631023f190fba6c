import { OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Client } from '../setup/http.js';
import { attestedSupplier } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories } from '../setup/workspace-factories.js';

type LanguageValue = { '@value': string; '@language': string };
type LanguageText = { value: string; language: string | null };

/** An issued attestation names itself and its frameworks in the portal's languages, and still verifies. */
describe('Attestation credential languages (HTTP)', () => {
  let t: TestApp;
  let http: Client;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('carries language value objects for its names, verifies, and the public summary repeats them', async () => {
    const assessor = await workspaceFactories(http).newOrganization(OrganizationKind.Assessor);
    const { attestation } = await attestedSupplier(http, assessor, { accredited: false });
    const payload = JSON.parse(Buffer.from(attestation.credential.split('.')[1]!, 'base64url').toString('utf8')) as {
      name: LanguageValue[];
      description: LanguageValue[];
      credentialSubject: { name: string; assessment: { name: string; localizedName: LanguageValue[]; referenceStandard: { name: string } }[] };
    };
    expect(payload.name.map((v) => v['@language'])).toEqual(['en', 'zh-CN', 'vi', 'th', 'ms', 'id']);
    expect(payload.name.find((v) => v['@language'] === 'zh-CN')!['@value']).toBe(
      `符合性证明 ${attestation.serial}: ${payload.name[0]!['@value'].split(': ').slice(1).join(': ')}`,
    );
    // The built-in baseline ships Chinese and Vietnamese titles: the description and the assessment name carry them.
    expect(payload.description.find((v) => v['@language'] === 'zh-CN')!['@value']).toContain('数字服务出口就绪基线 1.0');
    expect(payload.description.find((v) => v['@language'] === 'vi')!['@value']).toContain('Bộ tiêu chí cơ sở về sẵn sàng xuất khẩu dịch vụ số 1.0');
    const dser = payload.credentialSubject.assessment.find((a) => a.name.startsWith('Digital Service Export Readiness Baseline'))!;
    expect(dser.localizedName).toEqual(
      expect.arrayContaining([
        { '@value': 'Digital Service Export Readiness Baseline 1.0', '@language': 'en' },
        { '@value': '数字服务出口就绪基线 1.0', '@language': 'zh-CN' },
      ]),
    );
    // UNTP types these as strings: they stay the source text.
    expect(typeof payload.credentialSubject.name).toBe('string');
    expect(typeof dser.referenceStandard.name).toBe('string');

    const verified = await http.post<{
      valid: boolean;
      signatureValid: boolean;
      subject: { name: LanguageText[]; frameworkNames: { names: LanguageText[] }[] };
    }>('/v1/public/verify', { credential: attestation.credential });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body).toMatchObject({ valid: true, signatureValid: true });
    expect(verified.body.subject.name).toContainEqual({ value: payload.name[2]!['@value'], language: 'vi' });
    expect(verified.body.subject.frameworkNames.flatMap((f) => f.names)).toContainEqual({ value: '数字服务出口就绪基线 1.0', language: 'zh-CN' });

    const summary = await http.get<{ name: LanguageText[]; frameworks: { code: string; names: LanguageText[] }[] }>(
      `/v1/public/attestations/${attestation.serial}`,
    );
    expect(summary.status).toBe(200);
    expect(summary.body.name).toEqual(payload.name.map((v) => ({ value: v['@value'], language: v['@language'] })));
    expect(summary.body.frameworks.find((f) => f.code === 'attesta-dser')!.names).toContainEqual({
      value: 'Bộ tiêu chí cơ sở về sẵn sàng xuất khẩu dịch vụ số 1.0',
      language: 'vi',
    });
  }, 120_000);
});
