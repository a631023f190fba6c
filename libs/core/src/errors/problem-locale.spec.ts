import { NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { CoreError, CoreErrorCode } from './core.errors.js';
import { toProblem } from './problem-details.js';
import { problemLocale } from './problem-locale.js';

describe('toProblem in the reader’s language', () => {
  const invalid = () =>
    new CoreError(CoreErrorCode.ValidationFailed, 'email: email must be an email; name: name should not be empty', {
      errors: [
        { field: 'email', message: 'email must be an email' },
        { field: 'name', message: 'name should not be empty' },
      ],
    });

  it('negotiates the language of Accept-Language, English for anything else', () => {
    expect(problemLocale('th-TH,th;q=0.9')).toBe('th');
    expect(problemLocale(['fr', 'ms'])).toBe('ms');
    expect(problemLocale('xx-YY')).toBe('en');
    expect(problemLocale(undefined)).toBe('en');
  });

  it('translates title, detail and field messages, never type, code or field names', () => {
    const { problem } = toProblem(invalid(), '/v1/x', 'cid', 'zh-CN');
    expect(problem).toMatchObject({
      type: 'https://attesta.dev/problems/core-validation-failed',
      code: 'core.validation_failed',
      title: '请求无效',
      detail: 'email: email 必须是电子邮件地址; name: name 不能为空',
    });
    expect(problem.errors).toEqual([
      { field: 'email', message: 'email 必须是电子邮件地址' },
      { field: 'name', message: 'name 不能为空' },
    ]);
  });

  it('keeps English word for word', () => {
    const { problem } = toProblem(invalid(), '/v1/x', 'cid', 'en');
    expect(problem).toMatchObject({ title: 'Bad request', detail: 'email: email must be an email; name: name should not be empty' });
    expect(problem.errors?.[0]).toEqual({ field: 'email', message: 'email must be an email' });
  });

  it('translates the HTTP layer: no route, body parser failures, the opaque 500', () => {
    expect(toProblem(new NotFoundException('Cannot POST /v1/nope'), '/v1/nope', 'c', 'vi').problem).toMatchObject({
      title: 'Không tìm thấy',
      detail: 'API này không có POST /v1/nope.',
    });
    // A message an adapter chose itself stays as it is.
    expect(toProblem(new NotFoundException('gone'), '/a', 'c', 'vi').problem.detail).toBe('gone');
    const tooLarge = Object.assign(new Error('Body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(toProblem(tooLarge, '/a', 'c', 'id').problem).toMatchObject({
      title: 'Konten terlalu besar',
      detail: 'Isi permintaan lebih besar daripada yang diterima server.',
    });
    const internal = toProblem(new TypeError('boom'), '/a', 'c', 'th');
    expect(internal.problem).toMatchObject({ status: 500, title: 'เกิดข้อผิดพลาดภายในเซิร์ฟเวอร์' });
    expect(String(internal.problem.detail)).toMatch(/correlation id/);
  });

  it('translates a constraint violation no service claimed, naming the field', () => {
    const pg = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      constraint: 'uq_users_email',
      detail: 'Key (email)=(a@b.c) already exists.',
    });
    const { problem } = toProblem(Object.assign(new Error('query failed'), { driverError: pg }), '/a', 'c', 'ms');
    expect(problem).toMatchObject({ status: 409, title: 'Konflik', detail: 'Rekod dengan nilai ini sudah wujud.' });
  });
});
