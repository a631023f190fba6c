import { useEffect, useState } from 'preact/hooks';

/** An API read as a page shows it: pending until the first answer, then the data or the problem. */
export interface Resource<T> {
  pending: boolean;
  data?: T;
  error?: unknown;
  /** When the data shown was read (ms since the epoch). */
  updatedAt: number;
}

/** Reads started before the page first renders (while its language loads), by key. */
const early = new Map<string, Promise<unknown>>();

/** Starts a read now, for the page's first render to pick up: the API answer and the catalog load in parallel. */
export function prefetch<T>(key: string, load: () => Promise<T>): void {
  const started = load();
  started.catch(() => undefined);
  early.set(key, started);
}

interface Held<T> {
  key: string | null;
  data?: T;
  error?: unknown;
  updatedAt: number;
}

/**
 * The data of `key`, read again every `refetchMs` (someone holding the page open sees a
 * suspension without reloading) and when `refetchOn` changes (a new language: the API
 * translates names and problems). A new key starts pending; a repeated read keeps what is
 * shown until its answer comes, and a failed repeat keeps the last good answer.
 */
export function useResource<T>(key: string | null, load: () => Promise<T>, options: { refetchMs?: number; refetchOn?: unknown } = {}): Resource<T> {
  const [held, setHeld] = useState<Held<T>>({ key: null, updatedAt: 0 });
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    const read = () => {
      const started = early.get(key) as Promise<T> | undefined;
      early.delete(key);
      (started ?? load()).then(
        (data) => !cancelled && setHeld({ key, data, updatedAt: Date.now() }),
        (error: unknown) => !cancelled && setHeld((was) => (was.key === key && was.data !== undefined ? was : { key, error, updatedAt: Date.now() })),
      );
    };
    read();
    const timer = options.refetchMs ? window.setInterval(read, options.refetchMs) : undefined;
    return () => {
      cancelled = true;
      window.clearInterval(timer);
    };
    // `load` is recreated on every render; the key names what it reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, options.refetchMs, options.refetchOn]);
  if (!key || held.key !== key) return { pending: !!key, updatedAt: 0 };
  return { pending: false, data: held.data, error: held.error, updatedAt: held.updatedAt };
}
