import { CompactSign, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * A minimal second issuer for foreign-credential tests: a plain-http server on loopback that
 * serves did:web documents, signed Bitstring Status Lists (with ETags, answering 304) and
 * credentials, each issuer signing with its own Ed25519 key through jose.
 */
export interface TestIssuer {
  did: string;
  name: string;
  /** Signs a UNTP-style conformity credential; also served at `url`. */
  credential(options: {
    markets?: string[];
    frameworkCode?: string;
    frameworkVersion?: string;
    validUntil?: Date;
    validFrom?: Date;
    /** The assessment's `conformance` (default true; null leaves it out). */
    conformance?: boolean | null;
    /** UNTP `issuedToParty` (the holder): an organization's id here as `urn:uuid:<id>`, or its name; null names no one. */
    issuedTo: { id?: string; name?: string } | null;
    /** What the assessment assessed (`assessedProduct`, `assessedService`, `assessedFacility`); none: the organization. */
    assessed?: Record<string, unknown>;
    /** More of the credential subject (e.g. `assessedOffering`). */
    subject?: Record<string, unknown>;
  }): Promise<{ jwt: string; url: string; index: number }>;
  /** Sets or clears the credential's bit in the suspension (or revocation) list; the list's ETag changes. */
  mark(index: number, value: boolean, purpose?: 'suspension' | 'revocation'): Promise<void>;
}

export interface DidWebServer {
  port: number;
  /** Requests answered 304 Not Modified (If-None-Match hit). */
  notModified: () => number;
  issuer(slug: string, name: string): Promise<TestIssuer>;
  close(): Promise<void>;
}

const LIST_BYTES = 131_072 / 8;

export async function startDidWebServer(): Promise<DidWebServer> {
  const routes = new Map<string, { body: string; contentType: string; etag?: string }>();
  let notModified = 0;
  const server: Server = createServer((req, res) => {
    const route = routes.get((req.url ?? '').split('?')[0]!);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    if (route.etag && req.headers['if-none-match'] === route.etag) {
      notModified += 1;
      res.writeHead(304, { etag: route.etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': route.contentType, ...(route.etag ? { etag: route.etag } : {}) }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  async function issuer(slug: string, name: string): Promise<TestIssuer> {
    const did = `did:web:127.0.0.1%3A${port}:issuers:${slug}`;
    const prefix = `/issuers/${slug}`;
    const { publicKey, privateKey } = await generateKeyPair('Ed25519');
    const kid = `${did}#key-1`;
    routes.set(`${prefix}/did.json`, {
      contentType: 'application/did+json',
      body: JSON.stringify({
        '@context': ['https://www.w3.org/ns/did/v1'],
        id: did,
        verificationMethod: [{ id: kid, type: 'JsonWebKey', controller: did, publicKeyJwk: await exportJWK(publicKey) }],
        assertionMethod: [kid],
      }),
    });
    const lists = { suspension: Buffer.alloc(LIST_BYTES), revocation: Buffer.alloc(LIST_BYTES) };
    const versions = { suspension: 0, revocation: 0 };
    const listUrl = (purpose: string) => `${base}${prefix}/status/${purpose}`;
    const sign = (payload: unknown, key: CryptoKey) =>
      new CompactSign(Buffer.from(JSON.stringify(payload))).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid }).sign(key);
    async function publish(purpose: 'suspension' | 'revocation'): Promise<void> {
      versions[purpose] += 1;
      const jwt = await sign(
        {
          '@context': ['https://www.w3.org/ns/credentials/v2'],
          id: listUrl(purpose),
          type: ['VerifiableCredential', 'BitstringStatusListCredential'],
          issuer: did,
          validFrom: new Date().toISOString(),
          credentialSubject: {
            id: `${listUrl(purpose)}#list`,
            type: 'BitstringStatusList',
            statusPurpose: purpose,
            encodedList: `u${gzipSync(lists[purpose]).toString('base64url')}`,
          },
        },
        privateKey,
      );
      routes.set(`${prefix}/status/${purpose}`, { body: jwt, contentType: 'application/vc+jwt', etag: `"${purpose}-${versions[purpose]}"` });
    }
    await publish('suspension');
    await publish('revocation');
    let next = 1000;
    return {
      did,
      name,
      async credential(o) {
        const index = (next += 7);
        const id = randomUUID();
        const code = o.frameworkCode ?? 'attesta-dser';
        const version = o.frameworkVersion ?? '1.0';
        const jwt = await sign(
          {
            '@context': ['https://www.w3.org/ns/credentials/v2', 'https://test.uncefact.org/vocabulary/untp/dcc/working/'],
            id: `urn:uuid:${id}`,
            type: ['VerifiableCredential', 'DigitalConformityCredential'],
            issuer: { type: ['CredentialIssuer'], id: did, name },
            validFrom: (o.validFrom ?? new Date(Date.now() - 86_400_000)).toISOString(),
            validUntil: (o.validUntil ?? new Date(Date.now() + 365 * 86_400_000)).toISOString(),
            credentialStatus: (['revocation', 'suspension'] as const).map((purpose) => ({
              id: `${listUrl(purpose)}#${index}`,
              type: 'BitstringStatusListEntry',
              statusPurpose: purpose,
              statusListIndex: String(index),
              statusListCredential: listUrl(purpose),
            })),
            credentialSubject: {
              type: ['ConformityAttestation', 'Attestation'],
              id: `${base}${prefix}/attestations/${id}`,
              name: `Conformity attestation by ${name}`,
              assessment: [
                {
                  type: ['ConformityAssessment'],
                  referenceStandard: { id: `urn:attesta:framework:${code}:${version}`, name: `${code} ${version}` },
                  ...(o.conformance === null ? {} : { conformance: o.conformance ?? true }),
                  ...o.assessed,
                },
              ],
              targetMarkets: o.markets ?? ['TH'],
              ...(o.issuedTo ? { issuedToParty: o.issuedTo } : {}),
              ...o.subject,
            },
          },
          privateKey,
        );
        const path = `${prefix}/credentials/${id}.jwt`;
        routes.set(path, { body: jwt, contentType: 'application/vc+jwt' });
        return { jwt, url: `${base}${path}`, index };
      },
      async mark(index, value, purpose = 'suspension') {
        const mask = 0x80 >> (index & 7);
        lists[purpose][index >> 3] = value ? lists[purpose][index >> 3]! | mask : lists[purpose][index >> 3]! & ~mask;
        await publish(purpose);
      },
    };
  }

  return {
    port,
    notModified: () => notModified,
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
