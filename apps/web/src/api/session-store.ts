/**
 * The access token lives only in memory (never in localStorage): a page reload or a new
 * tab gets a fresh one from `/v1/auth/web/refresh`, whose refresh token travels in an
 * httpOnly, Secure, SameSite=Strict cookie that scripts cannot read. See docs/web-portal.md.
 */
export interface WebSession {
  accessToken: string;
  expiresIn: number;
  userId: string;
  organizationId: string;
  role: string;
}

type Listener = (session: WebSession | null) => void;

/**
 * Whether the browser holds a portal session: the server sets a script-readable marker
 * cookie (`attesta_signed_in=1`, no secret) beside the httpOnly refresh cookie and clears
 * both together. Without it a page load skips the refresh call (no 401 on anonymous pages).
 */
export function hasSessionMarker(cookies: string = typeof document === 'undefined' ? '' : document.cookie): boolean {
  return cookies.split(';').some((c) => c.trim() === 'attesta_signed_in=1');
}

let current: WebSession | null = null;
const listeners = new Set<Listener>();
let refreshing: Promise<WebSession | null> | null = null;

export const sessionStore = {
  get(): WebSession | null {
    return current;
  },
  set(session: WebSession | null): void {
    current = session;
    listeners.forEach((l) => l(session));
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** One refresh at a time: concurrent 401s wait for the same rotation. */
  refresh(): Promise<WebSession | null> {
    refreshing ??= fetch('/v1/auth/web/refresh', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-attesta-web': '1' },
    })
      .then(async (res) => (res.ok ? ((await res.json()) as WebSession) : null))
      .catch(() => null)
      .then((session) => {
        sessionStore.set(session);
        return session;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  },
};
