import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { ManifestEntryContent } from './entities/submission-entry.entity.js';
import type { ManifestComponent } from './entities/submission-manifest.entity.js';

/**
 * The frozen manifest of a submission and how it is hashed.
 *
 * - Entries are ordered by (frameworkId, requirement sort order); an entry's position is
 *   its leaf index.
 * - Leaf hash (RFC 9162 §2.1.1): `SHA-256(0x00 ‖ JCS(entry))`, JCS = RFC 8785 canonical JSON.
 * - Merkle root (RFC 9162 Merkle Tree Hash): node = `SHA-256(0x01 ‖ left ‖ right)`, the
 *   split at the largest power of two smaller than the number of leaves. An empty
 *   manifest's root is `SHA-256("")`.
 * - Digest: `SHA-256(JCS(manifest))` over the whole manifest document below (every entry in
 *   full, plus the root), so one hash pins everything.
 * - Inclusion proof (RFC 9162 §2.1.3): the audit path for a leaf index, verified by
 *   `verifyInclusion` — a client needs the entry, the path and the root, nothing else.
 */
/** Format 1: entries only. Still verified. */
export const MANIFEST_FORMAT_V1 = 'attesta.submission-manifest/1';
/**
 * Format 2 (current): the document also freezes every component of the offering (id, name,
 * kind, version, provider organization, service category) in `components`, ordered by id,
 * and each entry's evidence records the item's `effectiveDate` and `validUntil`. The digest
 * covers the components; the leaf hashes cover the evidence dates.
 */
export const MANIFEST_FORMAT = 'attesta.submission-manifest/2';
export type ManifestFormat = typeof MANIFEST_FORMAT_V1 | typeof MANIFEST_FORMAT;

export interface ManifestDocument {
  format: ManifestFormat;
  workspaceId: string;
  submissionNumber: number;
  submittedAt: string;
  hashAlgorithm: 'sha-256';
  merkleRoot: string;
  /** Format 2 and later. */
  components?: ManifestComponent[];
  entries: ManifestEntryContent[];
}

/** The document a manifest's digest is computed over, in the shape its format defines. */
export function manifestDocument(
  head: { format: string; workspaceId: string; submissionNumber: number; submittedAt: Date; merkleRoot: string; components: ManifestComponent[] | null },
  entries: ManifestEntryContent[],
): ManifestDocument {
  const base = {
    workspaceId: head.workspaceId,
    submissionNumber: head.submissionNumber,
    submittedAt: head.submittedAt.toISOString(),
    hashAlgorithm: 'sha-256' as const,
    merkleRoot: head.merkleRoot,
  };
  if (head.format === MANIFEST_FORMAT_V1) return { format: MANIFEST_FORMAT_V1, ...base, entries };
  return { format: MANIFEST_FORMAT, ...base, components: head.components ?? [], entries };
}

export interface InclusionProof {
  /** How to check it, spelled out. */
  algorithm: string;
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  /** Sibling hashes from the leaf up (hex). */
  auditPath: string[];
  merkleRoot: string;
}

const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

export function jcs(value: unknown): string {
  const out = canonicalize(value);
  if (out === undefined) throw new Error('value cannot be canonicalized');
  return out;
}

export function leafHash(entry: ManifestEntryContent): string {
  return sha256(Buffer.from([0]), Buffer.from(jcs(entry), 'utf8')).toString('hex');
}

function node(left: Buffer, right: Buffer): Buffer {
  return sha256(Buffer.from([1]), left, right);
}

/** Largest power of two strictly smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function mth(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return node(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

export function merkleRoot(leafHashes: readonly string[]): string {
  return mth(leafHashes.map((h) => Buffer.from(h, 'hex'))).toString('hex');
}

function path(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k ? [...path(m, leaves.slice(0, k)), mth(leaves.slice(k))] : [...path(m - k, leaves.slice(k)), mth(leaves.slice(0, k))];
}

export function inclusionProof(leafHashes: readonly string[], index: number): InclusionProof {
  const leaves = leafHashes.map((h) => Buffer.from(h, 'hex'));
  return {
    algorithm: 'RFC 9162 §2.1 Merkle inclusion proof, SHA-256; leaf = SHA-256(0x00 ‖ RFC 8785 JSON of the entry), node = SHA-256(0x01 ‖ left ‖ right)',
    leafIndex: index,
    treeSize: leaves.length,
    leafHash: leafHashes[index]!,
    auditPath: path(index, leaves).map((b) => b.toString('hex')),
    merkleRoot: mth(leaves).toString('hex'),
  };
}

/** RFC 9162 §2.1.3.2: recomputes the root from a leaf hash and its audit path. */
export function verifyInclusion(proof: Pick<InclusionProof, 'leafIndex' | 'treeSize' | 'leafHash' | 'auditPath' | 'merkleRoot'>): boolean {
  if (proof.leafIndex >= proof.treeSize) return false;
  let fn = proof.leafIndex;
  let sn = proof.treeSize - 1;
  let r: Buffer = Buffer.from(proof.leafHash, 'hex');
  for (const hex of proof.auditPath) {
    const p = Buffer.from(hex, 'hex');
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = node(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = node(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.toString('hex') === proof.merkleRoot;
}

export function manifestDigest(doc: ManifestDocument): string {
  return createHash('sha256').update(jcs(doc), 'utf8').digest('hex');
}
