import { describe, expect, it } from 'vitest';
import { didWebDocumentUrl } from './did-web.js';
import { isAllowedPrivateHost } from './guarded-fetch.js';

describe(didWebDocumentUrl.name, () => {
  it('maps did:web to the DID document URL (W3C did:web)', () => {
    expect(didWebDocumentUrl('did:web:certifier.example')).toBe('https://certifier.example/.well-known/did.json');
    expect(didWebDocumentUrl('did:web:certifier.example:issuers:th')).toBe('https://certifier.example/issuers/th/did.json');
    expect(didWebDocumentUrl('did:web:127.0.0.1%3A8443:v1:public')).toBe('https://127.0.0.1:8443/v1/public/did.json');
  });

  it('refuses what is not a well-formed did:web', () => {
    for (const did of ['did:key:z6Mk', 'did:web:', 'did:web:a::b', 'did:web:evil.example%2Fpath', 'did:web:host#frag', 'did:web:user@host'])
      expect(didWebDocumentUrl(did), did).toBeNull();
  });
});

describe(isAllowedPrivateHost.name, () => {
  it('allows exactly the configured host and port, or any port with host:*', () => {
    expect(isAllowedPrivateHost(['127.0.0.1:4000'], new URL('http://127.0.0.1:4000/x'))).toBe(true);
    expect(isAllowedPrivateHost(['127.0.0.1:4000'], new URL('http://127.0.0.1:4001/x'))).toBe(false);
    expect(isAllowedPrivateHost(['127.0.0.1:*'], new URL('https://127.0.0.1/x'))).toBe(true);
    expect(isAllowedPrivateHost(['127.0.0.1:*'], new URL('https://localhost:4000/x'))).toBe(false);
    expect(isAllowedPrivateHost([], new URL('https://127.0.0.1/x'))).toBe(false);
  });
});
