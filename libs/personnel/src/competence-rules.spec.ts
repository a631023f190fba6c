import { describe, expect, it } from 'vitest';
import { certificationActive, evaluateCompetenceRule, type CompetenceFact } from './competence-rules.js';
import { MAX_IMPORT_ROWS, validateRosterCsv } from './roster-import.js';

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
    const lastDay = evaluateCompetenceRule({ ...rule, minPeople: 1 }, [fact(1, '2026-06-01')], now);
    expect(lastDay).toMatchObject({ qualifiedPeople: 1, expiredPeople: 0 });
  });

  it('matches a time zone case aside, as its validation accepts it (asia/ho_chi_minh is Asia/Ho_Chi_Minh)', () => {
    const facts = [fact(1, null), fact(2, null, { timeZones: ['asia/ho_chi_minh'] })];
    expect(evaluateCompetenceRule({ ...rule, timeZone: 'asia/HO_CHI_MINH' }, facts, now)).toMatchObject({ result: 'met', qualifiedPeople: 2 });
    expect(evaluateCompetenceRule({ ...rule, timeZone: 'Asia/Bangkok' }, facts, now)).toMatchObject({ result: 'not_met', qualifiedPeople: 0 });
  });

  it.each<[string, string, string | null, boolean]>([
    ['from its first day', '2026-06-01', null, true],
    ['on its last day', '2025-01-01', '2026-06-01', true],
    ['not before its first day', '2026-06-02', null, false],
    ['not after its last day', '2025-01-01', '2026-05-31', false],
  ])('a certification is active %s', (_name, validFrom, validUntil, active) => {
    expect(certificationActive({ validFrom, validUntil }, '2026-06-01')).toBe(active);
  });

  it('does not count a certification that is not valid yet, nor call it expired', () => {
    const r = evaluateCompetenceRule({ ...rule, minPeople: 1 }, [fact(1, null, { validFrom: '2026-06-02' })], now);
    expect(r).toMatchObject({ result: 'not_met', qualifiedPeople: 0, expiredPeople: 0 });
  });

  it('needs every listed machine family, device model and service type in the scope; no levels listed accepts any level', () => {
    const scoped = {
      minPeople: 1,
      scheme: 'Remote diagnostics technician',
      levels: [],
      machineFamilies: ['VMC-850'],
      deviceModels: ['FANUC 0i-F'],
      serviceTypes: ['remote_diagnosis', 'firmware_update'],
      market: 'VN',
    };
    const all = { level: 'L3', deviceModels: ['fanuc 0i-f'], serviceTypes: ['firmware_update', 'remote_diagnosis'] };
    expect(evaluateCompetenceRule(scoped, [fact(1, null, all)], now).qualifiedPeople).toBe(1);
    expect(evaluateCompetenceRule(scoped, [fact(1, null, { ...all, deviceModels: ['FANUC 31i-B'] })], now).qualifiedPeople).toBe(0);
    expect(evaluateCompetenceRule(scoped, [fact(1, null, { ...all, serviceTypes: ['remote_diagnosis'] })], now).qualifiedPeople).toBe(0);
  });

  it('a person holding an expired and an active matching certification is counted, not reported expired', () => {
    const r = evaluateCompetenceRule({ ...rule, minPeople: 1 }, [fact(1, '2026-01-31'), fact(1, '2027-01-01')], now);
    expect(r).toMatchObject({ result: 'met', qualifiedPeople: 1, expiredPeople: 0, reasons: [] });
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

  it('a certification ending on the 30th day is expiring; one ending the day after is not', () => {
    expect(evaluateCompetenceRule(rule, [fact(1, '2026-07-01'), fact(2, null)], now).result).toBe('expiring');
    expect(evaluateCompetenceRule(rule, [fact(1, '2026-07-02'), fact(2, null)], now)).toMatchObject({ result: 'met', reasons: [] });
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

  const COLUMNS = [
    'internal_id',
    'display_name',
    'email',
    'markets',
    'time_zones',
    'languages',
    'cert_scheme',
    'cert_level',
    'cert_issuing_body',
    'cert_valid_from',
    'cert_valid_until',
  ];
  const GOOD: Record<string, string> = {
    internal_id: 'A',
    display_name: 'Ann',
    email: 'ann@cloudops.example',
    markets: 'VN',
    time_zones: 'Asia/Ho_Chi_Minh',
    languages: 'vi',
    cert_scheme: 'Remote diagnostics technician',
    cert_level: 'L2',
    cert_issuing_body: 'VinaCert',
    cert_valid_from: '2025-01-01',
    cert_valid_until: '2027-01-01',
  };
  const oneRow = (cells: Record<string, string> = {}) => `${COLUMNS.join(',')}\n${COLUMNS.map((c) => ({ ...GOOD, ...cells })[c]).join(',')}\n`;

  it.each<[string, Record<string, string>, string]>([
    ['a time-zone abbreviation instead of an IANA zone', { time_zones: 'EST' }, 'rows[2].time_zones'],
    ['an e-mail address without a domain', { email: 'ann@cloudops' }, 'rows[2].email'],
    ['a language that is no BCP 47 tag', { languages: 'not a tag' }, 'rows[2].languages'],
    ['a day that does not exist', { cert_valid_from: '2025-02-30' }, 'rows[2].cert_valid_from'],
    ['a certification ending before it starts', { cert_valid_until: '2024-12-31' }, 'rows[2].cert_valid_until'],
    ['certification fields without the scheme', { cert_scheme: '' }, 'rows[2].cert_scheme'],
  ])('refuses a row with %s', (_name, cells, field) => {
    expect(validateRosterCsv(oneRow()).issues).toEqual([]);
    const v = validateRosterCsv(oneRow(cells));
    expect(v.issues.map((i) => i.field)).toEqual([field]);
    expect(v.rejectedLines).toEqual([2]);
    expect(v.rows).toEqual([]);
  });

  it('refuses a row whose cell count differs from the header', () => {
    const v = validateRosterCsv('internal_id,display_name,markets\nA,Ann,VN,TH\n');
    expect(v.issues).toEqual([{ field: 'rows[2]', message: 'has 4 cells, the header 3' }]);
  });

  it('reads the header in any case, markets in any case, and UTC as a time zone', () => {
    const v = validateRosterCsv('Internal_ID,Display_Name,MARKETS,time_zones\nA,Ann,vn;th,UTC\n');
    expect(v.issues).toEqual([]);
    expect(v.rows[0]!.person).toMatchObject({ internalId: 'A', markets: ['VN', 'TH'], timeZones: ['UTC'] });
  });

  it(`takes between 1 and ${MAX_IMPORT_ROWS} rows`, () => {
    const rows = (n: number) => `internal_id,display_name,markets\n${Array.from({ length: n }, (_, i) => `P-${i},Person ${i},VN`).join('\n')}\n`;
    expect(validateRosterCsv(rows(MAX_IMPORT_ROWS)).rows).toHaveLength(MAX_IMPORT_ROWS);
    for (const n of [0, MAX_IMPORT_ROWS + 1]) {
      expect(validateRosterCsv(rows(n)).issues).toEqual([{ field: 'csv', message: `must hold between 1 and ${MAX_IMPORT_ROWS} rows` }]);
    }
  });
});
