import { expect } from 'vitest';

export interface HttpResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export type Credentials = { token: string } | { apiKey: string } | undefined;

export function authHeaders(c: Credentials): Record<string, string> {
  if (!c) return {};
  return 'token' in c ? { authorization: `Bearer ${c.token}` } : { 'x-api-key': c.apiKey };
}

/** A small JSON client over a real socket. */
export function client(baseUrl: string) {
  async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: { body?: unknown; as?: Credentials; headers?: Record<string, string> } = {},
  ): Promise<HttpResult<T>> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...authHeaders(options.as),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    const text = await res.text();
    let body: unknown = text;
    if (/^application\/(.+\+)?json/.test(res.headers.get('content-type') ?? '') && text) body = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: body as T };
  }
  return {
    baseUrl,
    call,
    get: <T = Record<string, unknown>>(path: string, as?: Credentials) => call<T>('GET', path, { as }),
    post: <T = Record<string, unknown>>(path: string, body: unknown, as?: Credentials) => call<T>('POST', path, { body, as }),
    patch: <T = Record<string, unknown>>(path: string, body: unknown, as?: Credentials) => call<T>('PATCH', path, { body, as }),
    put: <T = Record<string, unknown>>(path: string, body: unknown, as?: Credentials) => call<T>('PUT', path, { body, as }),
    del: <T = Record<string, unknown>>(path: string, as?: Credentials) => call<T>('DELETE', path, { as }),
  };
}

export type Client = ReturnType<typeof client>;

/** Asserts a problem+json answer with the given status; returns the problem. */
export function expectProblem(res: HttpResult, status: number): Record<string, unknown> & { errors?: { field: string; message: string }[] } {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = res.body as Record<string, unknown>;
  expect(body.status).toBe(status);
  expect(typeof body.correlationId).toBe('string');
  return body as Record<string, unknown> & { errors?: { field: string; message: string }[] };
}
