import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales.js';
import { formatMessage } from './catalog.js';
import { mailText } from './mail-messages.js';
import { en as mailEn } from './mail/en.js';
import { id as mailId } from './mail/id.js';
import { ms as mailMs } from './mail/ms.js';
import { th as mailTh } from './mail/th.js';
import { vi as mailVi } from './mail/vi.js';
import { zhCN as mailZh } from './mail/zh-CN.js';
import { localizeFieldMessage, problemDetailForCode, problemTitle, translatedProblemCodes } from './problem-messages.js';
import { en } from './problems/en.js';
import { id } from './problems/id.js';
import { ms } from './problems/ms.js';
import { th } from './problems/th.js';
import { vi } from './problems/vi.js';
import { zhCN } from './problems/zh-CN.js';

const root = new URL('../../../../', import.meta.url);
const problems = { en, 'zh-CN': zhCN, vi, th, ms, id };
const mails = { en: mailEn, 'zh-CN': mailZh, vi: mailVi, th: mailTh, ms: mailMs, id: mailId };
const sample = {
  method: 'GET',
  path: '/v1/x',
  seconds: 3,
  n: 2,
  min: 1,
  max: 9,
  values: 'a, b',
  name: 'tags',
  message: 'm',
  organization: 'O',
  url: 'https://x',
  role: 'admin',
  date: 'D',
  scheme: 'S',
  level: 'L',
  days: 5,
};

/** Every error code declared in libs: the enums of `*.errors.ts`, and the API's own rate limit. */
function declaredCodes(): Set<string> {
  const codes = new Set(['http.rate_limited']);
  const files = readdirSync(new URL('libs/', root), { recursive: true, encoding: 'utf8' }).filter((f) => /\/src\/(.+\/)?[^/]+\.errors\.ts$/.test(f));
  for (const file of files) {
    const text = readFileSync(new URL(`libs/${file}`, root), 'utf8');
    for (const m of text.matchAll(/^\s+\w+ = '([a-z_]+\.[a-z_]+)',?$/gm)) codes.add(m[1]!);
  }
  return codes;
}

describe('server catalogs', () => {
  it('translate only codes that exist', () => {
    const declared = declaredCodes();
    expect(declared.size).toBeGreaterThan(200);
    expect(translatedProblemCodes().filter((c) => !declared.has(c))).toEqual([]);
    expect(translatedProblemCodes().length).toBeGreaterThanOrEqual(130);
  });

  it('hold valid ICU messages in every language, without a straight apostrophe', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of [...Object.entries(problems[locale]), ...Object.entries(mails[locale])]) {
        expect(message, `${locale} ${key}`).not.toContain("'");
        expect(() => formatMessage(locale, message, sample), `${locale} ${key}`).not.toThrow();
      }
    }
  });

  it('are translations, not copies of English', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const copies = Object.keys(en).filter((k) => problems[locale][k as keyof typeof en] === en[k as keyof typeof en]);
      // Only titles that are the same word in both (e.g. Malay and Indonesian "Konflik" differs; "URI" is not a word).
      expect(copies, locale).toEqual([]);
      expect(Object.keys(mailEn).filter((k) => mails[locale][k as keyof typeof mailEn] === mailEn[k as keyof typeof mailEn])).toEqual([]);
    }
  });

  it('give titles per status and details per code, null for a code without a translation', () => {
    expect(problemTitle('vi', 400)).toBe('Yêu cầu không hợp lệ');
    expect(problemTitle('zh-CN', 404)).toBe('未找到');
    expect(problemTitle('th', 599)).toBe(problemTitle('th', 500));
    expect(problemTitle('ms', 418)).toBe('Permintaan gagal');
    expect(problemDetailForCode('id', 'http.rate_limited', { seconds: 30 })).toBe('Terlalu banyak permintaan; perlambat dan coba lagi dalam 30 detik.');
    expect(problemDetailForCode('en', 'http.rate_limited', { seconds: 1 })).toContain('1 second.');
    expect(problemDetailForCode('vi', 'identity.unknown_scope')).toBeNull();
  });

  it('translate the field messages of class-validator and of our own checks, keeping the field name and the numbers', () => {
    expect(localizeFieldMessage('vi', 'user.email', 'email must be an email')).toBe('email phải là địa chỉ e-mail');
    expect(localizeFieldMessage('zh-CN', 'title', 'title must be shorter than or equal to 200 characters')).toBe('title 最多 200 个字符');
    expect(localizeFieldMessage('th', 'id', 'must be a UUID')).toBe('ต้องเป็น UUID');
    expect(localizeFieldMessage('ms', 'name', 'property name should not exist')).toBe('name bukan medan permintaan ini');
    expect(localizeFieldMessage('id', 'tags', 'each value in tags must be a string')).toBe('setiap nilai dalam tags: harus berupa teks');
    expect(localizeFieldMessage('vi', 'status', 'status must be one of the following values: open, closed')).toBe(
      'status phải là một trong các giá trị: open, closed',
    );
    expect(localizeFieldMessage('vi', 'number', 'must be an integer from 1 to 2147483647')).toBe('phải là số nguyên từ 1 đến 2147483647');
    // Something we have no pattern for stays English; English is never rewritten.
    expect(localizeFieldMessage('vi', 'ocid', 'ocid must look like ocds-<prefix>-<id>')).toBe('ocid must look like ocds-<prefix>-<id>');
    expect(localizeFieldMessage('en', 'user.email', 'email must be an email')).toBe('email must be an email');
  });

  it('render mail with plurals and role names', () => {
    expect(mailText('en', 'certification.expiring.subject', { scheme: 'IPC-A-610', days: 1 })).toBe('Your IPC-A-610 certification expires in 1 day');
    expect(mailText('vi', 'certification.expiring.subject', { scheme: 'IPC-A-610', days: 30 })).toBe('Chứng chỉ IPC-A-610 của bạn sẽ hết hạn sau 30 ngày');
    expect(mailText('zh-CN', 'invitation.text', { url: 'U', organization: 'O', role: 'owner', date: 'D' })).toContain('以所有者身份加入');
  });
});
