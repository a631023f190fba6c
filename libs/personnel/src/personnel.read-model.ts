import type { EntityManager } from 'typeorm';
import { certificationActive, dayOf, type CompetenceFact } from './competence-rules.js';
import { RosterSnapshotEntity } from './entities/roster-snapshot.entity.js';

/**
 * What other libs may read of the roster: certification facts of the people assigned to an
 * offering's components, without a personal field or an id (`personnel_competence_facts`,
 * SECURITY DEFINER, so a procurer can count a supplier's people; empty for an organization that is
 * no party to the offering: `offering_party`). Runs on the caller's transaction.
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

/**
 * The competence summary an attestation states (docs/personnel.md): counts only, from the roster
 * frozen with the submission, of the people holding a certification active on the day it was
 * frozen. No name, no id, no pseudonym.
 */
export interface CompetenceSummary {
  /** When the roster was frozen with the submission (the day certifications are judged active on). */
  frozenAt: string;
  /** SHA-256 (hex) of the frozen roster, as the assessor saw it. */
  rosterDigest: string;
  /** People in the frozen roster. */
  people: number;
  /** Of them, people with at least one active certification. */
  certifiedPeople: number;
  /** People with an active certification of that scheme and level. */
  byQualification: { scheme: string; level: string; people: number }[];
  /** Certified people serving that market (ISO 3166-1 alpha-2). */
  byMarket: { market: string; people: number }[];
}

/**
 * The competence summary of the roster frozen with submission `submissionNumber` of the
 * workspace, or null when no roster was frozen with it. Reads `roster_snapshots` on the
 * caller's transaction (its row-level security: the workspace's owner and assessors).
 */
export async function submissionCompetenceSummary(em: EntityManager, workspaceId: string, submissionNumber: number): Promise<CompetenceSummary | null> {
  const snapshot = await em.getRepository(RosterSnapshotEntity).findOne({ where: { workspaceId, submissionNumber } });
  if (!snapshot) return null;
  const day = dayOf(snapshot.createdAt);
  const qualifications = new Map<string, { scheme: string; level: string; people: number }>();
  const markets = new Map<string, number>();
  let certifiedPeople = 0;
  for (const entry of snapshot.entries) {
    const active = entry.certifications.filter((c) => certificationActive(c, day));
    if (!active.length) continue;
    certifiedPeople += 1;
    const held = new Map(active.map((c) => [`${c.scheme}\0${c.level}`, c]));
    for (const [key, c] of held) {
      const q = qualifications.get(key) ?? { scheme: c.scheme, level: c.level, people: 0 };
      q.people += 1;
      qualifications.set(key, q);
    }
    for (const market of new Set(entry.markets.map((m) => m.toUpperCase()))) markets.set(market, (markets.get(market) ?? 0) + 1);
  }
  return {
    frozenAt: snapshot.createdAt.toISOString(),
    rosterDigest: snapshot.digest,
    people: snapshot.entries.length,
    certifiedPeople,
    byQualification: [...qualifications.values()].sort((a, b) => a.scheme.localeCompare(b.scheme) || a.level.localeCompare(b.level)),
    byMarket: [...markets.entries()].map(([market, people]) => ({ market, people })).sort((a, b) => a.market.localeCompare(b.market)),
  };
}

/**
 * Whether a person of the caller's organization is on its roster and not erased (row-level
 * security applies: another organization's person reads as not). The mail sender asks it before
 * mailing a certification notice, whose address may have been taken from an event queued before
 * the person was erased.
 */
export async function personStillOnRoster(em: EntityManager, personId: string): Promise<boolean> {
  const rows: { status: string }[] = await em.query('SELECT status FROM people WHERE id = $1', [personId]);
  return rows[0]?.status === 'active';
}
