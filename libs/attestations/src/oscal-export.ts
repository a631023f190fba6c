import { createHash } from 'node:crypto';

/**
 * Name-based (v5-style, SHA-1 over a namespace) uuids for the OSCAL review documents
 * (oscal-documents.ts): the same ids always give the same uuid, so an export is reproducible.
 */
const NS = 'attesta-oscal-v1';
export function stableUuid(...parts: string[]): string {
  const h = createHash('sha1').update(NS).update('\0').update(parts.join('\0')).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
