import type { LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { resolvePublicTarget, type TargetPolicy } from './target-guard.js';

export interface SendResult {
  status: number | null;
  /** The first KiB of the response body. */
  body: string | null;
  error: string | null;
  durationMs: number;
}

const BODY_EXCERPT = 1024;

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * POSTs one signed message. The host is resolved and checked again here (a name that
 * resolved to a public address at registration may not now: DNS rebinding), and the
 * socket connects to exactly the checked address. Redirects are not followed.
 */
export async function sendWebhook(url: URL, headers: Record<string, string>, body: string, options: TargetPolicy & { timeoutMs: number }): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let addresses: LookupAddress[];
  try {
    addresses = await resolvePublicTarget(url, options);
  } catch (e) {
    return { status: null, body: null, error: (e as Error).message, durationMs: elapsed() };
  }
  const pinnedLookup = (_host: string, opts: { all?: boolean }, cb: LookupCallback) => {
    if (opts?.all) cb(null, addresses);
    else cb(null, addresses[0]!.address, addresses[0]!.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const reqOptions: RequestOptions = {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Attesta-Webhooks/1', ...headers },
    lookup: pinnedLookup as unknown as RequestOptions['lookup'],
    signal: AbortSignal.timeout(options.timeoutMs),
  };
  return new Promise<SendResult>((resolve) => {
    const req = request(url, reqOptions, (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on('data', (c: Buffer) => {
        if (kept < BODY_EXCERPT) {
          chunks.push(c.subarray(0, BODY_EXCERPT - kept));
          kept += Math.min(c.length, BODY_EXCERPT - kept);
        }
      });
      res.on('end', () => resolve({ status: res.statusCode ?? null, body: Buffer.concat(chunks).toString('utf8'), error: null, durationMs: elapsed() }));
      res.on('error', (e) => resolve({ status: res.statusCode ?? null, body: null, error: e.message, durationMs: elapsed() }));
    });
    req.on('error', (e: Error) =>
      resolve({ status: null, body: null, error: e.name === 'AbortError' ? `timed out after ${options.timeoutMs} ms` : e.message, durationMs: elapsed() }),
    );
    req.end(body);
  });
}
