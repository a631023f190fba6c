/**
 * Issuers are named by did:web DIDs under the portal's public base URL: the host (a port
 * percent-encoded, as did:web requires), any base path, then `v1:public:issuers:<orgId>`.
 * The DID document is served at the matching path + `/did.json`.
 */
const ISSUER_PATH = ['v1', 'public', 'issuers'];

export function issuerDid(publicBaseUrl: string, organizationId: string): string {
  const url = new URL(publicBaseUrl);
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
  const path = url.pathname.split('/').filter(Boolean).map(encodeURIComponent);
  return ['did', 'web', host, ...path, ...ISSUER_PATH, organizationId].join(':');
}

/** The organization id of a DID this portal issued under, or null for any other DID. */
export function organizationIdOfDid(publicBaseUrl: string, did: string): string | null {
  const m = /:([0-9a-f-]{36})$/i.exec(did);
  if (!m) return null;
  return issuerDid(publicBaseUrl, m[1]!.toLowerCase()) === did ? m[1]!.toLowerCase() : null;
}

export function issuerBaseUrl(publicBaseUrl: string, organizationId: string): string {
  return `${publicBaseUrl}/v1/public/issuers/${organizationId}`;
}

export function statusListUrl(publicBaseUrl: string, organizationId: string, purpose: string): string {
  return `${issuerBaseUrl(publicBaseUrl, organizationId)}/status/${purpose}`;
}

export function jwksUrl(publicBaseUrl: string, organizationId: string): string {
  return `${issuerBaseUrl(publicBaseUrl, organizationId)}/jwks.json`;
}

export function publicAttestationUrl(publicBaseUrl: string, serial: string): string {
  return `${publicBaseUrl}/v1/public/attestations/${encodeURIComponent(serial)}`;
}
