import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/problem';
import { I18nProvider } from '../i18n';
import { localeState, setLocaleState } from '../i18n/runtime';
import { SessionProvider, useSession } from './session';

afterEach(() => {
  vi.unstubAllGlobals();
  setLocaleState({ ...localeState(), locale: 'en' });
});

describe('signing in', () => {
  it('asks in the language chosen on the sign-in page, so a refusal is explained in it', async () => {
    const sent: Request[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo, init?: RequestInit) => {
        sent.push(new Request(new URL(String(input), 'http://localhost'), init));
        return new Response(JSON.stringify({ title: 'ไม่ได้รับอนุญาต', status: 401, detail: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง', code: 'identity.invalid_credentials' }), {
          status: 401,
          headers: { 'content-type': 'application/problem+json' },
        });
      }),
    );
    setLocaleState({ ...localeState(), locale: 'th' });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nProvider initial={{ locale: 'th', pseudo: false, calendar: 'gregory' }}>
        <QueryClientProvider client={client}>
          <SessionProvider>{children}</SessionProvider>
        </QueryClientProvider>
      </I18nProvider>
    );
    const { result } = renderHook(() => useSession(), { wrapper });
    // The provider renders once the language's catalog is loaded.
    await waitFor(() => expect(result.current).not.toBeNull());
    let refused: unknown;
    await act(async () => {
      refused = await result.current.signIn('lan@hpm.demo', 'wrong').catch((e: unknown) => e);
    });
    expect(refused).toBeInstanceOf(ApiProblem);
    const login = sent.find((r) => new URL(r.url).pathname === '/v1/auth/web/login')!;
    expect(login.headers.get('accept-language')).toBe('th');
  });
});
