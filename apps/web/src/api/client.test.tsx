import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, unwrap } from './client';
import { ApiProblem } from './problem';
import { sessionStore } from './session-store';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const session = (accessToken: string) => ({ accessToken, expiresIn: 900, userId: 'u', organizationId: 'o', role: 'owner' });

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('the portal API client', () => {
  it('sends the in-memory token, and on a 401 renews the session once and repeats the call', async () => {
    sessionStore.set(session('expired-token'));
    const calls: { url: string; auth: string | null; web: string | null }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request | string, init?: RequestInit) => {
        const req = input instanceof Request ? input : new Request(new URL(input, 'http://localhost'), init);
        calls.push({ url: new URL(req.url).pathname, auth: req.headers.get('authorization'), web: req.headers.get('x-attesta-web') });
        if (new URL(req.url).pathname === '/v1/auth/web/refresh') return json(session('fresh-token'));
        return req.headers.get('authorization') === 'Bearer fresh-token'
          ? json({ data: [], nextCursor: null })
          : json({ title: 'Unauthorized', status: 401 }, 401);
      }),
    );
    const [a, b] = await Promise.all([unwrap(api.GET('/v1/workspaces')), unwrap(api.GET('/v1/offerings'))]);
    expect(a).toEqual({ data: [], nextCursor: null });
    expect(b).toEqual({ data: [], nextCursor: null });
    // Two concurrent 401s share one refresh.
    expect(calls.filter((c) => c.url === '/v1/auth/web/refresh')).toEqual([{ url: '/v1/auth/web/refresh', auth: null, web: '1' }]);
    expect(calls.filter((c) => c.url === '/v1/workspaces').map((c) => c.auth)).toEqual(['Bearer expired-token', 'Bearer fresh-token']);
    expect(sessionStore.get()?.accessToken).toBe('fresh-token');
  });

  it('gives up when the session cannot be renewed, and turns the answer into a problem', async () => {
    sessionStore.set(session('expired-token'));
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request | string) => {
        const path = new URL(input instanceof Request ? input.url : input, 'http://localhost').pathname;
        if (path === '/v1/auth/web/refresh') return json({ title: 'Unauthorized', status: 401, detail: 'There is no portal session; sign in.' }, 401);
        return json({ title: 'Unauthorized', status: 401, detail: 'The access token is invalid or expired.' }, 401);
      }),
    );
    const error = await unwrap(api.GET('/v1/workspaces')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).problem).toMatchObject({ status: 401, title: 'Unauthorized', detail: 'The access token is invalid or expired.' });
    expect(sessionStore.get()).toBeNull();
  });
});
