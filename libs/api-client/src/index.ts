/**
 * A typed client for the Attesta API: `paths` and `components` are generated from the
 * OpenAPI document (`npm run client:generate`; CI fails when they drift), and
 * `openapi-fetch` turns them into typed calls. A change of the API breaks the build of
 * whoever uses this, instead of their integration at run time.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths };
export type AttestaClient = Client<paths>;

export interface AttestaClientOptions {
  /** e.g. `https://attesta.example.com` (no trailing slash). */
  baseUrl: string;
  /** An organization API key (`atk_….…`), for machine clients. */
  apiKey?: string;
  /** A user's access token, for interactive clients. */
  accessToken?: string;
  fetch?: typeof globalThis.fetch;
}

export function createAttestaClient(options: AttestaClientOptions): AttestaClient {
  const headers: Record<string, string> = {};
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  if (options.accessToken) headers.authorization = `Bearer ${options.accessToken}`;
  return createClient<paths>({ baseUrl: options.baseUrl, headers, ...(options.fetch ? { fetch: options.fetch } : {}) });
}
