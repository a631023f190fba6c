import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile, fetchFile } from './download';
import { ApiProblem } from './problem';

const { createObjectURL, revokeObjectURL } = URL;

function answer(res: Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => res),
  );
}

function captureSaves(): string[] {
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  return names;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
});

describe('file downloads with the session token', () => {
  it('saves under the given name, else the server name, else the fallback', async () => {
    const names = captureSaves();
    answer(new Response('a', { headers: { 'content-disposition': 'attachment; filename="audit-ws.jsonl"' } }));
    await downloadFile('http://localhost/v1/x', { filename: 'mine.csv' });
    answer(new Response('a', { headers: { 'content-disposition': 'attachment; filename="audit-ws.jsonl"' } }));
    await downloadFile('http://localhost/v1/x', { fallbackName: 'audit.jsonl' });
    answer(new Response('a', { headers: { 'content-disposition': 'attachment; filename="r_sum.pdf"; filename*=UTF-8\'\'r%C3%A9sum%C3%A9.pdf' } }));
    await downloadFile('http://localhost/v1/x');
    answer(new Response('a'));
    await downloadFile('http://localhost/v1/x', { fallbackName: 'audit.jsonl' });
    expect(names).toEqual(['mine.csv', 'audit-ws.jsonl', 'résumé.pdf', 'audit.jsonl']);
  });

  it('turns an error answer into a problem and saves nothing', async () => {
    const names = captureSaves();
    answer(new Response(JSON.stringify({ title: 'Not found', status: 404 }), { status: 404, headers: { 'content-type': 'application/problem+json' } }));
    const error = await fetchFile('http://localhost/v1/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).status).toBe(404);
    expect(names).toEqual([]);
  });
});
