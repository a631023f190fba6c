/**
 * did:web → the URL of its DID document (W3C did:web method): the method-specific id's first
 * segment is the host (a port percent-encoded as `%3A`), further segments a path; without a
 * path the document is at `/.well-known/did.json`. Returns null for anything else.
 */
export function didWebDocumentUrl(did: string, scheme: 'https' | 'http' = 'https'): string | null {
  const m = /^did:web:([^#?/]+)$/.exec(did);
  if (!m) return null;
  const parts = m[1]!.split(':');
  if (parts.some((p) => !p)) return null;
  let host: string;
  try {
    host = decodeURIComponent(parts[0]!);
  } catch {
    return null;
  }
  if (!/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host)) return null;
  const path = parts.slice(1).map((p) => encodeURIComponent(decodeURIComponent(p)));
  return `${scheme}://${host}/${path.length ? `${path.join('/')}/did.json` : '.well-known/did.json'}`;
}
