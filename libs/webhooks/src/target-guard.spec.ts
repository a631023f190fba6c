import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.js';
import { isPublicAddress, parseEndpointUrl, resolvePublicTarget } from './target-guard.js';
import { sendWebhook } from './webhook-sender.js';

const strict = { allowPrivate: false, allowHttp: false };

describe('webhook target guard (SSRF)', () => {
  it('admits public unicast addresses only', () => {
    for (const a of ['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111']) expect(isPublicAddress(a), a).toBe(true);
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not-an-ip',
    ]) {
      expect(isPublicAddress(a), a).toBe(false);
    }
  });

  it('wants https, no credentials, no fragment', () => {
    expect(() => parseEndpointUrl('http://example.test/x', strict)).toThrow(/must be https/);
    expect(parseEndpointUrl('http://example.test/x', { ...strict, allowHttp: true }).protocol).toBe('http:');
    expect(() => parseEndpointUrl('https://u:p@example.test/x', strict)).toThrow(/credentials/);
    expect(() => parseEndpointUrl('https://example.test/x#frag', strict)).toThrow(/fragment/);
    expect(() => parseEndpointUrl('nonsense', strict)).toThrow(/not a URL/);
  });

  it('refuses hosts that are or resolve to loopback, link-local or private addresses unless allowed', async () => {
    for (const u of ['https://127.0.0.1/x', 'https://[::1]/x', 'https://169.254.169.254/latest', 'https://10.0.0.5/x', 'https://localhost/x']) {
      await expect(resolvePublicTarget(new URL(u), strict), u).rejects.toMatchObject({ code: 'webhooks.forbidden_target' });
    }
    // IPv4 hidden in IPv6 forms, as a URL writes them.
    for (const u of [
      'https://[::7f00:1]/x',
      'https://[::127.0.0.1]/x',
      'https://[::ffff:127.0.0.1]/x',
      'https://[0:0:0:0:0:ffff:7f00:1]/x',
      'https://[::a9fe:a9fe]/latest',
      'https://[::808:808]/x',
    ]) {
      await expect(resolvePublicTarget(new URL(u), strict), u).rejects.toMatchObject({ code: 'webhooks.forbidden_target' });
    }
    await expect(resolvePublicTarget(new URL('https://127.0.0.1/x'), { ...strict, allowPrivate: true })).resolves.toEqual([
      { address: '127.0.0.1', family: 4 },
    ]);
    await expect(resolvePublicTarget(new URL('https://no-such-host.invalid/x'), strict)).rejects.toMatchObject({ code: 'webhooks.unresolvable_host' });
  });

  it('checks again at delivery time and never connects to a refused address', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits += 1;
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = new URL(`http://localhost:${(server.address() as AddressInfo).port}/hook`);
    try {
      const refused = await sendWebhook(url, {}, '{}', { allowPrivate: false, allowHttp: true, timeoutMs: 2000 });
      expect(refused).toMatchObject({ status: null });
      expect(refused.error).toMatch(/may not reach/);
      expect(hits).toBe(0);
      const allowed = await sendWebhook(url, {}, '{}', { allowPrivate: true, allowHttp: true, timeoutMs: 2000 });
      expect(allowed).toMatchObject({ status: 200, body: 'ok', error: null });
      expect(hits).toBe(1);
    } finally {
      server.close();
    }
  });
});

describe(SecretBox.name, () => {
  it('round-trips, binds the ciphertext to its endpoint id, and derives a distinct key from the signing KEK', () => {
    const kek = Buffer.alloc(32, 3).toString('base64');
    const box = SecretBox.fromConfig({ SIGNING_KEY_ENCRYPTION_KEY: kek });
    const sealed = box.seal('whsec_abc', 'endpoint-1');
    expect(box.open(sealed, 'endpoint-1')).toBe('whsec_abc');
    expect(() => box.open(sealed, 'endpoint-2')).toThrow();
    expect(() => new SecretBox(Buffer.from(kek, 'base64')).open(sealed, 'endpoint-1')).toThrow();
    const own = SecretBox.fromConfig({ SIGNING_KEY_ENCRYPTION_KEY: kek, WEBHOOK_SECRET_ENCRYPTION_KEY: Buffer.alloc(32, 4).toString('base64') });
    expect(() => own.open(sealed, 'endpoint-1')).toThrow();
  });
});
