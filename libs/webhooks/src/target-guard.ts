import ipaddr from 'ipaddr.js';
import { lookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { WebhooksError, WebhooksErrorCode } from './webhooks.errors.js';

export interface TargetPolicy {
  allowPrivate: boolean;
  allowHttp: boolean;
}

/**
 * Only public unicast addresses: loopback, link-local, private (RFC 1918), unique-local,
 * carrier-grade NAT, multicast, unspecified, reserved and the IPv6 transition ranges
 * (which can embed any of those) are refused. IPv4-mapped IPv6 (`::ffff:a.b.c.d`) is judged
 * as IPv4; IPv4-compatible IPv6 (`::a.b.c.d`, written `[::7f00:1]` in a URL) is refused.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  // IPv4-compatible IPv6 (::/96, deprecated: `[::7f00:1]` is 127.0.0.1 to many stacks) is
  // not a range ipaddr.js names, so it would pass as unicast: refuse it outright.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).parts.slice(0, 6).every((p) => p === 0)) return false;
  return parsed.range() === 'unicast';
}

/** Syntax and scheme of an endpoint URL; returns the parsed URL. */
export function parseEndpointUrl(raw: string, policy: TargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('is not a URL');
  }
  if (url.protocol !== 'https:' && !(policy.allowHttp && url.protocol === 'http:')) throw invalid(policy.allowHttp ? 'must be http(s)' : 'must be https');
  if (url.username || url.password) throw invalid('must not carry credentials');
  if (url.hash) throw invalid('must not have a fragment');
  if (raw.length > 2048) throw invalid('is longer than 2048 characters');
  return url;
}

function invalid(message: string): WebhooksError {
  return new WebhooksError(WebhooksErrorCode.InvalidUrl, `The URL ${message}.`, { errors: [{ field: 'url', message }] });
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Resolves the host and refuses it unless every address is public (a host with one
 * private address among public ones is refused too). Returns the addresses.
 */
export async function resolvePublicTarget(url: URL, policy: TargetPolicy): Promise<LookupAddress[]> {
  const host = hostOf(url);
  let addresses: LookupAddress[];
  if (ipaddr.isValid(host)) addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw new WebhooksError(WebhooksErrorCode.UnresolvableHost, `The host ${host} does not resolve.`, {
        errors: [{ field: 'url', message: 'host does not resolve' }],
      });
    }
  }
  if (policy.allowPrivate) return addresses;
  const refused = addresses.filter((a) => !isPublicAddress(a.address));
  if (addresses.length === 0 || refused.length > 0) {
    throw new WebhooksError(
      WebhooksErrorCode.ForbiddenTarget,
      `The host ${host} resolves to an address webhooks may not reach (${refused.map((a) => a.address).join(', ') || 'none'}).`,
      {
        errors: [{ field: 'url', message: 'resolves to a loopback, link-local, private or otherwise non-public address' }],
      },
    );
  }
  return addresses;
}
