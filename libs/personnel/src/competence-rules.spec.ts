import { describe, expect, it } from 'vitest';
import { evaluateCompetenceRule, type CompetenceFact } from './competence-rules.js';
import { validateRosterCsv } from './roster-import.js';

const fact = (personNo: number, validUntil: string | null, extra: Partial<CompetenceFact> = {}): CompetenceFact => ({
  personNo,
  markets: ['VN'],
  timeZones: ['Asia/Ho_Chi_Minh'],
  scheme: 'Remote diagnostics technician',
  level: 'L2',
  validFrom: '2025-01-01',
  validUntil,
  machineFamilies: ['VMC-850'],
  deviceModels: [],
  serviceTypes: ['remote_diagnosis'],
  ...extra,
});

describe('evaluateCompetenceRule', () => {
  const rule = {
    minPeople: 2,
    scheme: 'remote diagnostics technician',
    levels: ['L2'],
    machineFamilies: ['VMC-850'],
    market: 'vn',
    timeZone: 'Asia/Ho_Chi_Minh',
  };
  const now = new Date('2026-06-01T12:00:00Z');

  it('counts distinct people with an active matching certification; the last valid day still counts', () => {
    const r = evaluateCompetenceRule(rule, [fact(1, '2026-06-01'), fact(1, '2027-01-01'), fact(2, null)], now);
    expect(r).toMatchObject({ result: 'met', qualifiedPeople: 2, expiredPeople: 0, reasons: [] });
  });

  it('does not count another market, time zone, level or scope, nor an expired certification', () => {
    const r = evaluateCompetenceRule(
      rule,
      [
        fact(1, '2027-01-01', { markets: ['TH'] }),
        fact(2, '2027-01-01', { timeZones: ['Asia/Bangkok'] }),
        fact(3, '2027-01-01', { level: 'L1' }),
        fact(4, '2027-01-01', { machineFamilies: ['VMC-1000'] }),
        fact(5, '2026-05-31'),
        fact(6, '2027-01-01'),
      ],
      now,
    );
    expect(r.result).toBe('not_met');
    expect(r.qualifiedPeople).toBe(1);
    expect(r.expiredPeople).toBe(1);
    expect(r.reasons.map((x) => [x.code, x.expected, x.actual])).toEqual([
      ['competence_insufficient', 2, 1],
      ['competence_certifications_expired', undefined, 1],
    ]);
  });

  it('warns when the rule would fail within 30 days', () => {
    const r = evaluateCompetenceRule(rule, [fact(1, '2026-06-20'), fact(2, '2027-01-01')], now);
    expect(r.result).toBe('expiring');
    expect(r.reasons[0]).toMatchObject({ code: 'competence_expiring', severity: 'warning', actual: 1 });
  });
});

describe('validateRosterCsv', () => {
  it('names each bad row by its line and column, duplicates included', () => {
    const v = validateRosterCsv('internal_id,display_name,markets,cert_scheme\nA,Ann,VN,\nA,Bob,VN,\nC,,XX1,Scheme\n');
    expect(v.rejectedLines).toEqual([3, 4]);
    expect(v.issues.map((i) => i.field)).toEqual([
      'rows[3].internal_id',
      'rows[4].display_name',
      'rows[4].markets',
      'rows[4].cert_level',
      'rows[4].cert_issuing_body',
      'rows[4].cert_valid_from',
    ]);
    expect(v.rows.map((r) => r.person.internalId)).toEqual(['A']);
  });

  it('refuses a header without the required columns or with unknown ones', () => {
    const v = validateRosterCsv('name,markets,shoe_size\nAnn,VN,42\n');
    expect(v.issues.map((i) => i.message).join(' ')).toMatch(/misses the columns internal_id, display_name.*unknown columns name, shoe_size/);
  });
});
