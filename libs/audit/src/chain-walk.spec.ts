import { describe, expect, it } from 'vitest';
import { auditEventHash, type HashedAuditFields } from './audit-hash.js';
import { ChainWalk, MAX_BREAKS_LISTED, type ChainLink } from './chain-walk.js';

/** A valid chain of `n` links with content, from position 1. */
function chain(n: number): ChainLink[] {
  const links: ChainLink[] = [];
  let prevHash: string | null = null;
  for (let seq = 1; seq <= n; seq++) {
    const fields: HashedAuditFields = {
      streamType: 'organization',
      streamId: '0190a6f0-0000-7000-8000-000000000001',
      seq,
      organizationId: '0190a6f0-0000-7000-8000-000000000001',
      actorType: 'user',
      actorId: '0190a6f0-0000-7000-8000-000000000002',
      action: 'thing.step',
      subjectType: 'Thing',
      subjectId: null,
      payload: { seq },
      occurredAtPrecise: `2026-12-01T00:00:${String(seq % 60).padStart(2, '0')}.000123Z`,
      hashVersion: 2,
      prevHash,
    };
    const hash: string = auditEventHash(fields)!;
    links.push({ seq, prevHash, hash, event: { ...fields, hash } });
    prevHash = hash;
  }
  return links;
}

describe(ChainWalk.name, () => {
  it('accepts a valid chain however it is batched, and keeps the hashes at the signed positions', () => {
    const links = chain(9);
    for (const size of [1, 4, 9]) {
      const walk = new ChainWalk({ from: 1, anchorSeq: null, signedSeqs: [1, 5, 20] });
      for (let i = 0; i < links.length; i += size) expect(walk.push(links.slice(i, i + size))).toBe(true);
      expect(walk.result()).toEqual({
        checked: 9,
        length: 9,
        breaks: [],
        breakCount: 0,
        hashAt: [
          [1, links[0]!.hash],
          [5, links[4]!.hash],
        ],
        anchorMissing: false,
      });
    }
  });

  it('names a gap, a broken link and edited content at their positions', () => {
    const links = chain(8);
    links[2] = { ...links[2]!, event: { ...links[2]!.event!, payload: { seq: 3, edited: true } } };
    links[5] = { ...links[5]!, prevHash: 'f'.repeat(64) };
    const walk = new ChainWalk({ from: 1, anchorSeq: null, signedSeqs: [] });
    walk.push(links.filter((l) => l.seq !== 4));
    expect(walk.result()).toMatchObject({
      checked: 7,
      length: 8,
      breaks: [
        { seq: 3, reason: 'hash_mismatch' },
        { seq: 4, reason: 'sequence_gap' },
        { seq: 6, reason: 'chain_broken' },
      ],
      breakCount: 3,
    });
  });

  it('lists the first MAX_BREAKS_LISTED breaks and counts them all', () => {
    const n = MAX_BREAKS_LISTED + 500;
    const links = chain(n).map((l) => ({ ...l, prevHash: 'e'.repeat(64), event: undefined }));
    const walk = new ChainWalk({ from: 1, anchorSeq: null, signedSeqs: [] });
    walk.push(links);
    const result = walk.result();
    expect(result.breakCount).toBe(n);
    expect(result.breaks).toHaveLength(MAX_BREAKS_LISTED);
    expect(result.breaks.at(-1)).toEqual({ seq: MAX_BREAKS_LISTED, reason: 'chain_broken' });
  });

  it("starts at an anchor without its predecessor's hash, and stops when the anchor's event is gone", () => {
    const links = chain(12);
    const anchored = new ChainWalk({ from: 10, anchorSeq: 10, signedSeqs: [10] });
    expect(anchored.push(links.slice(9))).toBe(true);
    expect(anchored.result()).toMatchObject({ checked: 3, length: 12, breakCount: 0, hashAt: [[10, links[9]!.hash]], anchorMissing: false });

    const gone = new ChainWalk({ from: 10, anchorSeq: 10, signedSeqs: [10] });
    expect(gone.push(links.slice(10))).toBe(false);
    expect(gone.result().anchorMissing).toBe(true);
    // No link at all from the anchor on: nothing to start from either.
    expect(new ChainWalk({ from: 10, anchorSeq: 10, signedSeqs: [10] }).result().anchorMissing).toBe(true);
  });
});
