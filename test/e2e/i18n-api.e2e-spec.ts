import { randomUUID } from 'node:crypto';
import { MemberRole, OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signupBody } from '../../libs/identity/src/testing/identity.factory.js';
import { factories, type TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type Credentials, type HttpResult } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

interface Me {
  kind: string;
  id: string;
  locale: string | null;
}

/**
 * The API speaks the caller's language: problem details follow Accept-Language (English for
 * anything else), and a user keeps a chosen language on their profile. Mail in the recipient's
 * language: test/service/mail-languages.service-spec.ts.
 */
describe('Languages of the API (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let f: ReturnType<typeof factories>;
  let maker: TestOrg;
  let other: TestOrg;

  const inLanguage = <T = Record<string, unknown>>(language: string | null, method: string, path: string, body?: unknown, as?: Credentials) =>
    http.call<T>(method, path, { body, as, headers: language === null ? {} : { 'accept-language': language } });

  beforeAll(async () => {
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true' } });
    http = client(t.baseUrl);
    f = factories(http);
    maker = await f.newOrganization(OrganizationKind.Manufacturer);
    other = await f.newOrganization(OrganizationKind.Procurer);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  describe('problem details', () => {
    const badSignup = () => ({
      ...signupBody(OrganizationKind.Manufacturer),
      user: { email: 'not-an-address', name: 'Lan', password: 'Quiet-Lathe-Harbor-42' },
    });

    it('answers a validation failure in Vietnamese when asked, with the field, type and code unchanged', async () => {
      const res = await inLanguage('vi-VN,vi;q=0.9,en;q=0.5', 'POST', '/v1/auth/signup', badSignup());
      const problem = expectProblem(res, 400);
      expect(res.headers.get('content-language')).toBe('vi');
      expect(res.headers.get('vary')).toMatch(/accept-language/i);
      expect(problem).toMatchObject({
        title: 'Yêu cầu không hợp lệ',
        code: 'core.validation_failed',
        type: 'https://attesta.dev/problems/core-validation-failed',
      });
      expect(problem.errors).toEqual([{ field: 'user.email', message: 'email phải là địa chỉ e-mail' }]);
      expect(problem.detail).toBe('user.email: email phải là địa chỉ e-mail');
    });

    it('answers in English for a language it does not speak, and without Accept-Language, word for word as before', async () => {
      for (const language of ['xx-YY', 'fr-FR, de;q=0.8', null]) {
        const res = await inLanguage(language, 'POST', '/v1/auth/signup', badSignup());
        const problem = expectProblem(res, 400);
        expect(res.headers.get('content-language')).toBe('en');
        expect(problem).toMatchObject({ title: 'Bad request', code: 'core.validation_failed', detail: 'user.email: email must be an email' });
        expect(problem.errors).toEqual([{ field: 'user.email', message: 'email must be an email' }]);
      }
    });

    it('says "not found" in Simplified Chinese, for a missing record and for a route that does not exist', async () => {
      const missing = await inLanguage('zh-CN', 'GET', `/v1/workspaces/${randomUUID()}`, undefined, maker.owner.as);
      expect(expectProblem(missing, 404)).toMatchObject({ title: '未找到', detail: '未找到评估工作区。', code: 'workspaces.workspace_not_found' });
      expect(missing.headers.get('content-language')).toBe('zh-CN');

      const noRoute = await inLanguage('zh-TW', 'GET', '/v1/no-such-thing');
      expect(expectProblem(noRoute, 404)).toMatchObject({ title: '未找到', detail: '本 API 没有 GET /v1/no-such-thing。' });
      const english = expectProblem(await inLanguage(null, 'GET', '/v1/no-such-thing'), 404);
      expect(english).toMatchObject({ title: 'Not found', detail: 'Cannot GET /v1/no-such-thing' });
    });

    it('translates authentication, conflict and state problems in each language, keeping the English detail of an untranslated code', async () => {
      const unauthenticated = expectProblem(await inLanguage('th', 'GET', '/v1/auth/me', undefined, { token: 'not-a-token' }), 401);
      expect(unauthenticated.title).toBe('ยังไม่ได้ยืนยันตัวตน');
      const wrongPassword = expectProblem(await inLanguage('id', 'POST', '/v1/auth/login', { email: maker.owner.email, password: 'wrong-password-123' }), 401);
      expect(wrongPassword).toMatchObject({ title: 'Belum diautentikasi', detail: 'E-mail atau kata sandi salah.', code: 'identity.invalid_credentials' });
      const member = await f.newMember(maker, MemberRole.Member);
      const already = await inLanguage('ms', 'POST', '/v1/organization/invitations', { email: member.email, role: 'member' }, maker.owner.as);
      expect(expectProblem(already, 409)).toMatchObject({ title: 'Konflik', code: 'identity.already_member' });
      expect(expectProblem(already, 409).errors).toEqual([{ field: 'email', message: 'sudah menjadi ahli' }]);

      // A code with no translation yet: translated title, the English detail and field message it was raised with.
      const unknownScope = await inLanguage('vi', 'POST', '/v1/organization/api-keys', { name: 'k', scopes: ['nope:read'] }, maker.owner.as);
      expect(expectProblem(unknownScope, 400)).toMatchObject({
        title: 'Yêu cầu không hợp lệ',
        code: 'identity.unknown_scope',
        detail: 'Unknown scope(s): nope:read.',
        errors: [{ field: 'scopes', message: 'unknown scope "nope:read"' }],
      });
    });
  });

  describe('the language on the profile', () => {
    it('is null until chosen, is set and cleared by PATCH /v1/auth/me, and is refused outside the six languages', async () => {
      expect((await http.get<Me>('/v1/auth/me', maker.owner.as)).body.locale).toBeNull();
      const chosen = await http.patch<Me>('/v1/auth/me', { locale: 'vi' }, maker.owner.as);
      expect(chosen.status).toBe(200);
      expect(chosen.body).toMatchObject({ kind: 'user', id: maker.owner.userId, locale: 'vi' });
      expect((await http.get<Me>('/v1/auth/me', maker.owner.as)).body.locale).toBe('vi');

      const refused = expectProblem(await inLanguage('vi', 'PATCH', '/v1/auth/me', { locale: 'fr' }, maker.owner.as), 400);
      expect(refused.errors).toEqual([{ field: 'locale', message: 'phải là một trong en, zh-CN, vi, th, ms, id hoặc null' }]);
      const english = expectProblem(await http.patch('/v1/auth/me', { locale: 'zh-TW' }, maker.owner.as), 400);
      expect(english.errors).toEqual([{ field: 'locale', message: 'must be one of en, zh-CN, vi, th, ms, id, or null' }]);
      expectProblem(await http.patch('/v1/auth/me', { locale: 'vi', name: 'x' }, maker.owner.as), 400);
      // An empty change changes nothing.
      expect((await http.patch<Me>('/v1/auth/me', {}, maker.owner.as)).body.locale).toBe('vi');

      const other2 = await f.newOrganization();
      await http.patch('/v1/auth/me', { locale: 'th' }, other2.owner.as);
      expect((await http.patch<Me>('/v1/auth/me', { locale: null }, other2.owner.as)).body.locale).toBeNull();
    });

    it('changes only the caller: another organization’s user sets their own, and API keys cannot call it', async () => {
      const own = await f.newOrganization();
      await http.patch('/v1/auth/me', { locale: 'ms' }, own.owner.as);

      // Another organization's owner changes their own language only.
      expect((await http.patch<Me>('/v1/auth/me', { locale: 'id' }, other.owner.as)).body).toMatchObject({ id: other.owner.userId, locale: 'id' });
      expect((await http.get<Me>('/v1/auth/me', own.owner.as)).body.locale).toBe('ms');

      // API keys (of the same or another organization) are refused, and change nothing.
      const ownKey = await f.newApiKey(own, ['workspaces:read']);
      const otherKey = await f.newApiKey(other, ['workspaces:read']);
      for (const key of [ownKey, otherKey]) {
        const refused: HttpResult = await http.patch('/v1/auth/me', { locale: 'th' }, key.as);
        expectProblem(refused, 403);
        expect((await http.get<Me>('/v1/auth/me', key.as)).body).toMatchObject({ kind: 'api_key', locale: null });
      }
      expectProblem(await http.patch('/v1/auth/me', { locale: 'th' }), 401);
      expect((await http.get<Me>('/v1/auth/me', own.owner.as)).body.locale).toBe('ms');
      expect((await http.get<Me>('/v1/auth/me', other.owner.as)).body.locale).toBe('id');
    });
  });
});
