import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { readTrustListFile, trustListVersion } from './trust-list.data.js';

describe('the shipped trust list', () => {
  it('is found above the module and read, with a content version', () => {
    const file = readTrustListFile();
    expect(file.illustrative).toBe(true);
    expect(file.bodies.length).toBeGreaterThan(0);
    expect(trustListVersion(file)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('names the file it could not find', () => {
    const missing = join(tmpdir(), 'attesta-no-such-dir', 'trust-list.json');
    expect(() => readTrustListFile(missing)).toThrow(`trust list file not found: ${missing}`);
  });
});
