import type { EntityManager } from 'typeorm';
import type { CompetenceFact } from './competence-rules.js';

/**
 * What other libs may read of the roster: certification facts of the people assigned to an
 * offering's components, without a personal field or an id (`personnel_competence_facts`,
 * SECURITY DEFINER, so a procurer can count a supplier's people). Runs on the caller's transaction.
 */
export async function competenceFacts(em: EntityManager, offeringId: string): Promise<CompetenceFact[]> {
  const rows: {
    person_no: number;
    markets: string[];
    time_zones: string[];
    scheme: string;
    level: string;
    valid_from: string;
    valid_until: string | null;
    machine_families: string[];
    device_models: string[];
    service_types: string[];
  }[] = await em.query('SELECT * FROM personnel_competence_facts($1)', [offeringId]);
  return rows.map((r) => ({
    personNo: Number(r.person_no),
    markets: r.markets,
    timeZones: r.time_zones,
    scheme: r.scheme,
    level: r.level,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    machineFamilies: r.machine_families,
    deviceModels: r.device_models,
    serviceTypes: r.service_types,
  }));
}

/** SQL functions over this lib's tables that other libs may call. */
export const PERSONNEL_SQL_READ_MODEL = ['personnel_competence_facts'] as const;
