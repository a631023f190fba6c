import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isLocale, type Locale } from '@attesta/i18n';
import { api, unwrap, type Schemas } from '../api/client';
import { useLocale } from '../i18n';
import { ApiProblem, toProblem } from '../api/problem';
import { hasSessionMarker, sessionStore, type WebSession } from '../api/session-store';
import { localeState } from '../i18n/runtime';

export type Me = Schemas['MeDto'];

interface SessionContextValue {
  /** null while the first refresh is in flight. */
  ready: boolean;
  session: WebSession | null;
  me: Me | undefined;
  /** The role of the signed-in user in the organization they act for. */
  role: string | undefined;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  switchOrganization(organizationId: string): Promise<void>;
  /** Stores the chosen language on the user's profile (mail and other devices follow it). */
  saveLocale(locale: Locale): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function postSession(path: string, body: unknown): Promise<WebSession> {
  const token = sessionStore.get()?.accessToken;
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      'x-attesta-web': '1',
      // A refused sign-in is explained in the language chosen on the sign-in page, as every other answer.
      'accept-language': localeState().locale,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const json: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw new ApiProblem(toProblem(res.status, json, res.statusText));
  return json as WebSession;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<WebSession | null>(sessionStore.get());
  const [needsRenewal] = useState(hasSessionMarker);
  const [ready, setReady] = useState(!needsRenewal);

  useEffect(() => sessionStore.subscribe(setSession), []);
  useEffect(() => {
    // A reload keeps the user signed in through the refresh cookie; an anonymous visit has
    // no session to renew and makes no call.
    if (needsRenewal) void sessionStore.refresh().finally(() => setReady(true));
  }, [needsRenewal]);

  const me = useQuery({
    queryKey: ['me', session?.organizationId, session?.userId],
    queryFn: () => unwrap(api.GET('/v1/auth/me')),
    enabled: !!session,
  });

  // The language stored on the profile wins over this device's guess once the user is known.
  const { locale, pseudo, setLocale } = useLocale();
  const profileLocale = me.data?.locale;
  useEffect(() => {
    if (!pseudo && isLocale(profileLocale) && profileLocale !== locale) setLocale(profileLocale);
    // Only a change of the profile's language moves the portal's; the reader's own switch saves it first.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [profileLocale]);

  const saveLocale = useCallback(
    async (next: Locale) => {
      const { data } = await api.PATCH('/v1/auth/me', { body: { locale: next } });
      if (data) queryClient.setQueriesData({ queryKey: ['me'] }, data);
    },
    [queryClient],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      sessionStore.set(await postSession('/v1/auth/web/login', { email, password }));
      queryClient.clear();
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    await fetch('/v1/auth/web/logout', { method: 'POST', credentials: 'same-origin', headers: { 'x-attesta-web': '1' } }).catch(() => undefined);
    sessionStore.set(null);
    queryClient.clear();
  }, [queryClient]);

  const switchOrganization = useCallback(
    async (organizationId: string) => {
      sessionStore.set(await postSession('/v1/auth/web/switch-organization', { organizationId }));
      queryClient.clear();
    },
    [queryClient],
  );

  const value = useMemo<SessionContextValue>(
    () => ({ ready, session, me: me.data, role: session?.role, signIn, signOut, switchOrganization, saveLocale }),
    [ready, session, me.data, signIn, signOut, switchOrganization, saveLocale],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** Organization roles that may administer members, API keys and webhooks. */
export const ADMIN_ROLES = ['owner', 'admin'];
