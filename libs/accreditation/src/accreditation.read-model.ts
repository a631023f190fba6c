import type { EntityManager } from 'typeorm';
import { AccreditationBodyEntity } from './entities/accreditation-body.entity.js';

/**
 * What other libs may read of the trust list (public facts, on the caller's transaction): the
 * arrangements of listed accreditation bodies by name, as attestations name their issuer's body in
 * the accreditation claim frozen at issue (recognition rules ask for an arrangement).
 */
export async function listedBodyArrangements(em: EntityManager, bodyNames: readonly string[]): Promise<Map<string, string[]>> {
  const names = [...new Set(bodyNames)];
  if (!names.length) return new Map();
  const rows = await em
    .getRepository(AccreditationBodyEntity)
    .createQueryBuilder('b')
    .select(['b.name', 'b.arrangements'])
    .where('b.name IN (:...names)', { names })
    .andWhere('b.listed')
    .getMany();
  return new Map(rows.map((b) => [b.name, b.arrangements ?? []]));
}
