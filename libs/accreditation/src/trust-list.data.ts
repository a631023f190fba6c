import { findShipped, newId } from '@attesta/core';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrustListFile } from './trust-list.service.js';

const SHIPPED_TRUST_LIST = join('libs', 'accreditation', 'data', 'trust-list.json');

/**
 * The trust list shipped with the repository (libs/accreditation/data/trust-list.json,
 * ILLUSTRATIVE: names and arrangements of real bodies, numbers and keys made up), found above
 * this module (the sources, dist/, the bundles) or under the working directory; the container
 * image keeps it beside dist/.
 */
export function readTrustListFile(path?: string): TrustListFile {
  const file = path ?? findShipped(SHIPPED_TRUST_LIST, import.meta.url) ?? join(process.cwd(), SHIPPED_TRUST_LIST);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as TrustListFile;
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw new Error(`trust list file not found: ${file}`, { cause: e });
    throw e;
  }
}

/** The content version of the shipped trust list (the seed step runs again when it changes). */
export function trustListVersion(file: TrustListFile = readTrustListFile()): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(file)).digest('hex')}`;
}

/**
 * The `accreditation.trust_list` seed step (after migrations, as the owner role): adds the
 * shipped bodies that are not on the list yet, matched by code. Never changes or removes a
 * body: once listed, the operator curates it.
 */
export async function seedTrustList(
  sql: { query(q: string, p?: unknown[]): Promise<unknown> },
  file: TrustListFile = readTrustListFile(),
): Promise<{ added: number; present: number }> {
  let added = 0;
  for (const b of file.bodies) {
    const rows = (await sql.query(
      `INSERT INTO accreditation_bodies (id, code, name, country, identifiers, arrangements, public_keys, dids, organization_id, listed, version, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, true, 1, now(), now()) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [newId(), b.code, b.name, b.country, JSON.stringify(b.identifiers ?? []), b.arrangements ?? [], JSON.stringify(b.publicKeys ?? []), b.dids ?? []],
    )) as unknown[];
    added += rows.length;
  }
  return { added, present: file.bodies.length - added };
}
