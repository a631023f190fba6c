import { resolvePublicTarget, WebhooksError, WebhooksErrorCode } from '@attesta/webhooks';
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { fcError, ForeignCredentialsErrorCode as Code } from './foreign-credentials.errors.js';

export interface FetchPolicy {
  /** `host:port` (or `host:*`) reachable although loopback/private, over plain http (tests, development). */
  allowPrivateHosts: readonly string[];
  timeoutMs: number;
  maxBytes: number;
}

export interface FetchResult {
  status: number;
  /** Null on 304. */
  body: string | null;
  etag: string | null;
  contentType: string | null;
}

/** Fetches one public resource for the credential checks: GET only. */
export type Fetcher = (url: string, options: { field: string; ifNoneMatch?: string | null; accept?: string }) => Promise<FetchResult>;

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A GET through the webhook SSRF guard: https only, every resolved address public (unless the
 * exact `host:port` is allowed by configuration: then over plain http, for tests and development), the socket pinned to the checked address,
 * no redirects, a timeout and a body size limit. Errors name the input field they concern.
 */
export function guardedFetcher(policy: FetchPolicy): Fetcher {
  return async (raw, { field, ifNoneMatch, accept }) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch (e) {
      throw fcError(Code.InvalidUrl, field, 'is not a URL', e);
    }
    if (url.username || url.password) throw fcError(Code.InvalidUrl, field, 'must not carry credentials');
    if (raw.length > 2048) throw fcError(Code.InvalidUrl, field, 'is longer than 2048 characters');
    const allowed = isAllowedPrivateHost(policy.allowPrivateHosts, url);
    if (url.protocol !== 'https:' && !(allowed && url.protocol === 'http:')) throw fcError(Code.InvalidUrl, field, 'must be https');
    let addresses: LookupAddress[];
    try {
      addresses = allowed
        ? await lookup(url.hostname.replace(/^\[(.*)\]$/, '$1'), { all: true, verbatim: true })
        : await resolvePublicTarget(url, { allowPrivate: false, allowHttp: false });
    } catch (e) {
      if (e instanceof WebhooksError && e.code === WebhooksErrorCode.ForbiddenTarget)
        throw fcError(Code.ForbiddenTarget, field, `${url.hostname} resolves to a loopback, link-local, private or otherwise non-public address`, e);
      throw fcError(Code.FetchFailed, field, `host ${url.hostname} does not resolve`, e);
    }
    const pinned = (_host: string, opts: { all?: boolean }, cb: LookupCallback) => {
      if (opts?.all) cb(null, addresses);
      else cb(null, addresses[0]!.address, addresses[0]!.family);
    };
    // An allowed development host is reached over plain http (test servers have no TLS; did:web implies https).
    if (allowed) url.protocol = 'http:';
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const options: RequestOptions = {
      method: 'GET',
      headers: { 'user-agent': 'Attesta-Credentials/1', accept: accept ?? '*/*', ...(ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}) },
      lookup: pinned as unknown as RequestOptions['lookup'],
      signal: AbortSignal.timeout(policy.timeoutMs),
    };
    return new Promise<FetchResult>((resolve, reject) => {
      const req = request(url, options, (res) => {
        const status = res.statusCode ?? 0;
        const etag = typeof res.headers.etag === 'string' ? res.headers.etag : null;
        const contentType = res.headers['content-type'] ?? null;
        if (status === 304) {
          res.resume();
          return resolve({ status, body: null, etag, contentType });
        }
        if (status < 200 || status >= 300) {
          res.resume();
          return reject(
            fcError(Code.FetchFailed, field, `${url.href} answered HTTP ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}`),
          );
        }
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > policy.maxBytes) {
          res.destroy();
          return reject(fcError(Code.TooLarge, field, `the response is larger than ${policy.maxBytes} bytes`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > policy.maxBytes) {
            res.destroy();
            reject(fcError(Code.TooLarge, field, `the response is larger than ${policy.maxBytes} bytes`));
          } else chunks.push(c);
        });
        res.on('end', () => resolve({ status, body: Buffer.concat(chunks).toString('utf8'), etag, contentType }));
        res.on('error', (e) => reject(fcError(Code.FetchFailed, field, e.message, e)));
      });
      req.on('error', (e: Error) =>
        reject(
          fcError(Code.FetchFailed, field, e.name === 'AbortError' || e.name === 'TimeoutError' ? `timed out after ${policy.timeoutMs} ms` : e.message, e),
        ),
      );
      req.end();
    });
  };
}

/** Whether configuration allows this exact host and port (`host:*`: any port) despite the guard. */
export function isAllowedPrivateHost(allowed: readonly string[], url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return allowed.some((a) => a === `${host}:${port}` || a === `${host}:*`);
}
