import { describe, expect, it } from 'vitest';
import type { ManifestEntryContent } from './entities/submission-entry.entity.js';
import { inclusionProof, leafHash, MANIFEST_FORMAT, MANIFEST_FORMAT_V1, manifestDigest, manifestDocument, merkleRoot, verifyInclusion } from './manifest.js';

const entry = (i: number): ManifestEntryContent => ({
  requirementId: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
  frameworkId: 'f',
  ref: `R-${i}`,
  evidence: [],
});

describe('submission manifest hashing', () => {
  it('proves every leaf of trees of every size from 1 to 33, and rejects a wrong leaf or path', () => {
    for (let n = 1; n <= 33; n++) {
      const leaves = Array.from({ length: n }, (_, i) => leafHash(entry(i)));
      const root = merkleRoot(leaves);
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(leaves, i);
        expect(proof.merkleRoot).toBe(root);
        expect(verifyInclusion(proof), `n=${n} i=${i}`).toBe(true);
        expect(verifyInclusion({ ...proof, leafHash: leafHash(entry(999)) })).toBe(false);
        if (proof.auditPath.length) expect(verifyInclusion({ ...proof, auditPath: proof.auditPath.slice(1) })).toBe(false);
      }
    }
  });

  it('hashes a leaf as SHA-256(0x00 ‖ canonical JSON), independent of key order', () => {
    const a = entry(1);
    const b = { evidence: [], ref: a.ref, frameworkId: a.frameworkId, requirementId: a.requirementId };
    expect(leafHash(a)).toBe(leafHash(b));
    expect(leafHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes the digest when any entry changes', () => {
    const doc = {
      format: MANIFEST_FORMAT,
      workspaceId: 'w',
      submissionNumber: 1,
      submittedAt: '2026-01-01T00:00:00.000Z',
      hashAlgorithm: 'sha-256',
      merkleRoot: 'x',
      entries: [entry(1), entry(2)],
    } as const;
    const d = manifestDigest({ ...doc, entries: [...doc.entries] });
    expect(manifestDigest({ ...doc, entries: [entry(1), { ...entry(2), ref: 'R-2b' }] })).not.toBe(d);
  });

  it('format 2 covers the frozen components: a changed component version changes the digest; format 1 documents keep their shape', () => {
    const component = {
      id: 'c1',
      name: 'PredictCare',
      kind: 'saas',
      version: '4.2.0',
      providerOrganizationId: 'o1',
      serviceCategory: 'predictive_maintenance',
    };
    const head = {
      format: MANIFEST_FORMAT,
      workspaceId: 'w',
      submissionNumber: 1,
      submittedAt: new Date('2026-01-01T00:00:00Z'),
      merkleRoot: 'x',
      components: [component],
    };
    const v2 = manifestDocument(head, [entry(1)]);
    expect(v2).toMatchObject({ format: 'attesta.submission-manifest/2', components: [component] });
    const tampered = manifestDocument({ ...head, components: [{ ...component, version: '5.0.0' }] }, [entry(1)]);
    expect(manifestDigest(tampered)).not.toBe(manifestDigest(v2));
    const v1 = manifestDocument({ ...head, format: MANIFEST_FORMAT_V1, components: null }, [entry(1)]);
    expect(v1).not.toHaveProperty('components');
    expect(v1.format).toBe('attesta.submission-manifest/1');
  });
});
