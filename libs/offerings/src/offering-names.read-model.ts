import { EntityManager } from 'typeorm';

/** The names of the offerings among `ids` the caller can read (row-level security), unordered. */
export async function offeringNames(em: EntityManager, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  return (await em.query('SELECT id, name FROM offerings WHERE id = ANY($1::uuid[])', [unique])) as { id: string; name: string }[];
}
