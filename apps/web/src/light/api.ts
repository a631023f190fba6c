import { createAttestaClient, type components } from '@attesta/api-client';
import { ApiProblem, toProblem } from '../api/problem';
import { localeState } from '../i18n/runtime';

export type Schemas = components['schemas'];

/**
 * The public API without a session: no access token, and never the refresh call (the
 * portal's client refreshes on a 401; nothing here has a session to refresh). Problems and
 * translated framework names come back in the page's language.
 */
export const publicApi = createAttestaClient({
  baseUrl: '',
  fetch: ((input: Request) => {
    if (!input.headers.has('accept-language')) input.headers.set('accept-language', localeState().locale);
    return fetch(input);
  }) as typeof fetch,
});

/** The data of a typed call, or an ApiProblem with the server's problem+json. */
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
