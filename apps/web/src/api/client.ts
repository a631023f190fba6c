import { createAttestaClient, type components, type paths } from '@attesta/api-client';
import { ApiProblem, toProblem } from './problem';
import { localeState } from '../i18n/runtime';
import { sessionStore } from './session-store';

export type { components, paths };
export type Schemas = components['schemas'];

/**
 * fetch with the in-memory access token; on a 401 it refreshes the session once (cookie)
 * and repeats the request, so an expired access token never reaches the user.
 */
export async function authFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const send = (req: Request) => {
    const token = sessionStore.get()?.accessToken;
    if (token) req.headers.set('authorization', `Bearer ${token}`);
    // Problem details and translated framework texts come back in the portal's language.
    if (!req.headers.has('accept-language')) req.headers.set('accept-language', localeState().locale);
    return fetch(req);
  };
  const res = await send(input);
  if (res.status !== 401 || !sessionStore.get()) return res;
  const renewed = await sessionStore.refresh();
  return renewed ? send(retry) : res;
}

/** The typed client: paths, parameters and bodies come from the API's own OpenAPI document. */
export const api = createAttestaClient({ baseUrl: '', fetch: authFetch as typeof fetch });

/** Returns the data of a typed call, or throws an ApiProblem with the server's problem+json. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (e) {
    throw new ApiProblem(toProblem(0, (e as Error).message));
  }
  if (!result.response.ok) throw new ApiProblem(toProblem(result.response.status, result.error, result.response.statusText));
  return result.data as T;
}
