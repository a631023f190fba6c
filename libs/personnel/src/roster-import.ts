import type { FieldIssue } from '@attesta/core';
import { parse } from 'csv-parse/sync';

/** The columns of a roster CSV (header row required; list cells separated by `;`). */
export const ROSTER_CSV_COLUMNS = [
  'internal_id',
  'display_name',
  'email',
  'markets',
  'time_zones',
  'languages',
  'remote_privileges',
  'cert_scheme',
  'cert_level',
  'cert_issuing_body',
  'cert_number',
  'cert_valid_from',
  'cert_valid_until',
  'cert_machine_families',
  'cert_device_models',
  'cert_service_types',
] as const;

const REQUIRED = ['internal_id', 'display_name', 'markets'] as const;
const CERT_REQUIRED = ['cert_scheme', 'cert_level', 'cert_issuing_body', 'cert_valid_from'] as const;
export const MAX_IMPORT_ROWS = 5000;
/** At most this many issues are listed in the refusal (all are counted). */
const MAX_LISTED_ISSUES = 1000;

export interface PersonFields {
  internalId: string;
  displayName: string;
  email: string | null;
  markets: string[];
  timeZones: string[];
  languages: string[];
  remotePrivileges: string[];
}

export interface CertificationFields {
  scheme: string;
  level: string;
  issuingBody: string;
  number: string | null;
  validFrom: string;
  validUntil: string | null;
  machineFamilies: string[];
  deviceModels: string[];
  serviceTypes: string[];
}

export interface ImportedRow {
  /** The row's line in the file (the header is line 1). */
  line: number;
  person: PersonFields;
  certification: CertificationFields | null;
}

export interface RosterValidation {
  rows: ImportedRow[];
  issues: FieldIssue[];
  /** Lines with at least one issue, ascending. */
  rejectedLines: number[];
  issueCount: number;
}

/** The API's field names as the CSV's column names, in row issues. */
const CSV_NAMES: Record<string, string> = {
  internalId: 'internal_id',
  displayName: 'display_name',
  timeZones: 'time_zones',
  remotePrivileges: 'remote_privileges',
  scheme: 'cert_scheme',
  level: 'cert_level',
  issuingBody: 'cert_issuing_body',
  validFrom: 'cert_valid_from',
  validUntil: 'cert_valid_until',
};

function csvField(field: string, at: string): string {
  if (!field.startsWith(at)) return field;
  const name = field.slice(at.length);
  return `${at}${CSV_NAMES[name] ?? name}`;
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  // Years PostgreSQL's date type and people's certificates both know.
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '1900-01-01' && s <= '9999-12-31';
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
}

export function isMarket(m: string): boolean {
  return /^[A-Z]{2}$/.test(m);
}

export function isLanguage(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Field checks shared by the single-person API and the import; `at` prefixes the field names. */
export function personIssues(p: PersonFields, at = ''): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (!p.internalId.trim() || p.internalId.length > 100) out.push({ field: `${at}internalId`, message: 'is required (at most 100 characters)' });
  if (!p.displayName.trim() || p.displayName.length > 200) out.push({ field: `${at}displayName`, message: 'is required (at most 200 characters)' });
  if (p.email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.email)) out.push({ field: `${at}email`, message: 'is not an e-mail address' });
  if (!p.markets.length) out.push({ field: `${at}markets`, message: 'must name at least one market' });
  const badMarkets = p.markets.filter((m) => !isMarket(m));
  if (badMarkets.length) out.push({ field: `${at}markets`, message: `not ISO 3166-1 alpha-2 codes: ${badMarkets.join(', ')}` });
  const badZones = p.timeZones.filter((z) => !isTimeZone(z));
  if (badZones.length) out.push({ field: `${at}timeZones`, message: `not IANA time zones: ${badZones.join(', ')}` });
  const badLanguages = p.languages.filter((l) => !isLanguage(l));
  if (badLanguages.length) out.push({ field: `${at}languages`, message: `not BCP 47 language tags: ${badLanguages.join(', ')}` });
  return out;
}

export function certificationIssues(c: CertificationFields, at = ''): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const [k, v] of [
    ['scheme', c.scheme],
    ['level', c.level],
    ['issuingBody', c.issuingBody],
  ] as const) {
    if (!v.trim() || v.length > 200) out.push({ field: `${at}${k}`, message: 'is required (at most 200 characters)' });
  }
  if (!isIsoDate(c.validFrom)) out.push({ field: `${at}validFrom`, message: 'must be a date (YYYY-MM-DD)' });
  if (c.validUntil !== null && !isIsoDate(c.validUntil)) out.push({ field: `${at}validUntil`, message: 'must be a date (YYYY-MM-DD)' });
  else if (c.validUntil !== null && isIsoDate(c.validFrom) && c.validUntil < c.validFrom)
    out.push({ field: `${at}validUntil`, message: 'must not be before validFrom' });
  return out;
}

/**
 * Parses and validates a whole roster file. Nothing is stored here: the service imports the rows
 * only when `issues` is empty, so a file with one bad row imports nothing.
 */
export function validateRosterCsv(text: string, existingInternalIds: ReadonlySet<string> = new Set()): RosterValidation {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (e) {
    const issue = { field: 'csv', message: `is not readable CSV: ${(e as Error).message}` };
    return { rows: [], issues: [issue], rejectedLines: [], issueCount: 1 };
  }
  const [header, ...data] = records;
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !(ROSTER_CSV_COLUMNS as readonly string[]).includes(c));
  if (!header || missing.length || unknown.length) {
    const issues: FieldIssue[] = [];
    if (missing.length) issues.push({ field: 'csv.header', message: `misses the columns ${missing.join(', ')}` });
    if (unknown.length) issues.push({ field: 'csv.header', message: `has unknown columns ${unknown.join(', ')} (known: ${ROSTER_CSV_COLUMNS.join(', ')})` });
    if (!header) issues.push({ field: 'csv', message: 'is empty' });
    return { rows: [], issues, rejectedLines: [], issueCount: issues.length };
  }
  if (!data.length || data.length > MAX_IMPORT_ROWS) {
    const issue = { field: 'csv', message: `must hold between 1 and ${MAX_IMPORT_ROWS} rows` };
    return { rows: [], issues: [issue], rejectedLines: [], issueCount: 1 };
  }
  const rows: ImportedRow[] = [];
  const issues: FieldIssue[] = [];
  const rejected = new Set<number>();
  const seen = new Map<string, number>();
  data.forEach((cells, i) => {
    const line = i + 2;
    const at = `rows[${line}].`;
    const cell = (name: string) => {
      const idx = columns.indexOf(name);
      return idx >= 0 ? (cells[idx] ?? '').trim() : '';
    };
    const rowIssues: FieldIssue[] = [];
    if (cells.length !== columns.length) rowIssues.push({ field: `rows[${line}]`, message: `has ${cells.length} cells, the header ${columns.length}` });
    const person: PersonFields = {
      internalId: cell('internal_id'),
      displayName: cell('display_name'),
      email: cell('email') || null,
      markets: list(cell('markets')).map((m) => m.toUpperCase()),
      timeZones: list(cell('time_zones')),
      languages: list(cell('languages')),
      remotePrivileges: list(cell('remote_privileges')),
    };
    rowIssues.push(...personIssues(person, at));
    const firstLine = seen.get(person.internalId);
    if (person.internalId && firstLine !== undefined) rowIssues.push({ field: `${at}internalId`, message: `repeats line ${firstLine}` });
    else if (person.internalId && existingInternalIds.has(person.internalId)) rowIssues.push({ field: `${at}internalId`, message: 'is already in the roster' });
    if (person.internalId && firstLine === undefined) seen.set(person.internalId, line);
    let certification: CertificationFields | null = null;
    const anyCert = ROSTER_CSV_COLUMNS.filter((c) => c.startsWith('cert_')).some((c) => cell(c) !== '');
    if (anyCert) {
      for (const c of CERT_REQUIRED) if (!cell(c)) rowIssues.push({ field: `${at}${c}`, message: 'is required when the row names a certification' });
      certification = {
        scheme: cell('cert_scheme'),
        level: cell('cert_level'),
        issuingBody: cell('cert_issuing_body'),
        number: cell('cert_number') || null,
        validFrom: cell('cert_valid_from'),
        validUntil: cell('cert_valid_until') || null,
        machineFamilies: list(cell('cert_machine_families')),
        deviceModels: list(cell('cert_device_models')),
        serviceTypes: list(cell('cert_service_types')),
      };
      if (CERT_REQUIRED.every((c) => cell(c))) rowIssues.push(...certificationIssues(certification, at));
    }
    if (rowIssues.length) {
      rejected.add(line);
      issues.push(...rowIssues.map((x) => ({ ...x, field: csvField(x.field, at) })));
    } else rows.push({ line, person, certification });
  });
  return { rows, issues: issues.slice(0, MAX_LISTED_ISSUES), rejectedLines: [...rejected].sort((a, b) => a - b), issueCount: issues.length };
}
