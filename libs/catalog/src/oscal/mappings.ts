import { fromSpreadsheetCell, spreadsheetSafeCast, type FieldIssue } from '@attesta/core';
import { CsvError, type InfoRecord } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { MappingImportError } from './oscal.errors.js';
import { isRecord } from './oscal-prose.js';

/**
 * How the source requirement relates to the target (OSCAL mapping vocabulary, read
 * as "source is <relation> target"): `subset` means satisfying the target covers all
 * of the source and more, so the source's evidence alone does not satisfy the target.
 */
export type MappingRelation = 'equal' | 'subset' | 'superset' | 'intersects';
export const MAPPING_RELATIONS: readonly MappingRelation[] = ['equal', 'subset', 'superset', 'intersects'];

/** One crosswalk entry. Frameworks are named by code, optionally `code@version`. */
export interface MappingRow {
  sourceFramework: string;
  sourceRef: string;
  targetFramework: string;
  targetRef: string;
  relation: MappingRelation;
  rationale: string | null;
}

export interface MappingsJsonDocument {
  mappings: MappingRow[];
}

export interface ParseMappingsOptions {
  maxRows?: number;
}

export const DEFAULT_MAX_MAPPING_ROWS = 10_000;
export const MAPPING_CSV_COLUMNS = ['source_framework', 'source_ref', 'target_framework', 'target_ref', 'relation', 'rationale'] as const;
type CsvColumn = (typeof MAPPING_CSV_COLUMNS)[number];
const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['source_framework', 'source_ref', 'target_framework', 'target_ref', 'relation'];

const FIELD_OF_COLUMN: Record<CsvColumn, keyof MappingRow> = {
  source_framework: 'sourceFramework',
  source_ref: 'sourceRef',
  target_framework: 'targetFramework',
  target_ref: 'targetRef',
  relation: 'relation',
  rationale: 'rationale',
};
const JSON_KEYS = Object.values(FIELD_OF_COLUMN);

/** OSCAL's own mapping model spells relations with a suffix; accept both spellings. */
const RELATION_ALIASES: Record<string, MappingRelation> = {
  equal: 'equal',
  'equal-to': 'equal',
  subset: 'subset',
  'subset-of': 'subset',
  superset: 'superset',
  'superset-of': 'superset',
  intersects: 'intersects',
  'intersects-with': 'intersects',
};

const MAX_FRAMEWORK_LENGTH = 100;
const MAX_REF_LENGTH = 200;
const MAX_RATIONALE_LENGTH = 2000;

/** Splits `iso-iec-27001@2022` into its code and version. */
export function splitFrameworkKey(key: string): { code: string; version: string | null } {
  const at = key.lastIndexOf('@');
  return at > 0 ? { code: key.slice(0, at), version: key.slice(at + 1) } : { code: key, version: null };
}

type RawRow = Partial<Record<keyof MappingRow, unknown>>;

/** Validates one row; `name` gives each field's name as the uploader wrote it (CSV column or JSON key). */
function validateRow(raw: RawRow, index: number, name: (field: keyof MappingRow) => string, where: string, issues: FieldIssue[]): MappingRow | null {
  const before = issues.length;
  const issue = (field: keyof MappingRow, message: string): void => {
    issues.push({ field: `rows.${index}.${name(field)}`, message: `${where}${name(field)} ${message}` });
  };
  const text = (field: keyof MappingRow, max: number, required: boolean): string | null => {
    const value = raw[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) issue(field, 'is required');
      return null;
    }
    if (typeof value !== 'string') {
      issue(field, 'must be a string');
      return null;
    }
    const trimmed = value.trim();
    if (trimmed.length > max) issue(field, `must be at most ${max} characters`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(trimmed)) issue(field, 'must not contain control characters');
    return trimmed;
  };

  const sourceFramework = text('sourceFramework', MAX_FRAMEWORK_LENGTH, true);
  const sourceRef = text('sourceRef', MAX_REF_LENGTH, true);
  const targetFramework = text('targetFramework', MAX_FRAMEWORK_LENGTH, true);
  const targetRef = text('targetRef', MAX_REF_LENGTH, true);
  const relationText = text('relation', 32, true);
  const rationale = text('rationale', MAX_RATIONALE_LENGTH, false);
  const relation = relationText === null ? null : RELATION_ALIASES[relationText.toLowerCase()];
  if (relationText !== null && !relation) issue('relation', `must be one of ${MAPPING_RELATIONS.join(', ')}`);
  if (sourceFramework && sourceFramework === targetFramework && sourceRef && sourceRef === targetRef) {
    issue('targetRef', 'must differ from the source: a requirement cannot be mapped to itself');
  }
  if (issues.length > before || !sourceFramework || !sourceRef || !targetFramework || !targetRef || !relation) return null;
  return { sourceFramework, sourceRef, targetFramework, targetRef, relation, rationale };
}

function rejectDuplicates(
  rows: readonly (MappingRow | null)[],
  name: (f: keyof MappingRow) => string,
  where: (i: number) => string,
  issues: FieldIssue[],
): void {
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    if (!row) return;
    const key = JSON.stringify([row.sourceFramework, row.sourceRef, row.targetFramework, row.targetRef]);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      issues.push({
        field: `rows.${index}.${name('targetRef')}`,
        message: `${where(index)}repeats the mapping of row ${first} between the same two requirements`,
      });
    }
  });
}

function finish(rows: (MappingRow | null)[], issues: FieldIssue[]): MappingRow[] {
  if (issues.length > 0) {
    throw new MappingImportError(
      'invalid_mappings',
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the mappings; first: ${issues[0]!.message}.`,
      issues,
    );
  }
  return rows as MappingRow[];
}

function tooManyRows(count: number, maxRows: number): MappingImportError {
  return new MappingImportError('too_large', `${count} mappings given; at most ${maxRows} are accepted.`, [
    { field: 'rows', message: `at most ${maxRows} rows are accepted` },
  ]);
}

/**
 * Reads a crosswalk CSV (RFC 4180; header row with the `MAPPING_CSV_COLUMNS`, in any
 * order, `rationale` optional). Issues name the data row from 0 (`rows.2.relation`)
 * and, in the message, the line of the file.
 */
export function parseMappingsCsv(text: string, options: ParseMappingsOptions = {}): MappingRow[] {
  const maxRows = options.maxRows ?? DEFAULT_MAX_MAPPING_ROWS;
  let records: { record: string[]; info: InfoRecord }[];
  try {
    // With `info`, csv-parse yields { record, info } pairs, which its typings do not model.
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, to: maxRows + 2 }) as unknown as {
      record: string[];
      info: InfoRecord;
    }[];
  } catch (error) {
    const message = error instanceof CsvError || error instanceof Error ? error.message : String(error);
    throw new MappingImportError('invalid_csv', `The file is not valid CSV: ${message}`, [{ field: 'rows', message }], { cause: error });
  }
  const [header, ...data] = records;
  if (!header) throw new MappingImportError('invalid_csv', 'The file is empty.', [{ field: 'header', message: 'is required' }]);
  if (data.length > maxRows) throw tooManyRows(data.length, maxRows);

  const issues: FieldIssue[] = [];
  const columns = header.record.map((c) =>
    c
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  columns.forEach((column, i) => {
    if (!(MAPPING_CSV_COLUMNS as readonly string[]).includes(column)) {
      issues.push({ field: `header.${i}`, message: `unknown column "${header.record[i]}"; expected ${MAPPING_CSV_COLUMNS.join(', ')}` });
    } else if (columns.indexOf(column) !== i) {
      issues.push({ field: `header.${i}`, message: `column "${column}" appears twice` });
    }
  });
  for (const column of REQUIRED_CSV_COLUMNS) {
    if (!columns.includes(column)) issues.push({ field: 'header', message: `column "${column}" is missing` });
  }
  if (issues.length) {
    throw new MappingImportError('invalid_mappings', `The header row is wrong: ${issues[0]!.message}.`, issues);
  }

  const columnOf = Object.fromEntries(Object.entries(FIELD_OF_COLUMN).map(([c, f]) => [f, c])) as Record<keyof MappingRow, CsvColumn>;
  const name = (field: keyof MappingRow): string => columnOf[field];
  // csv-parse reports the line a record ends on; a quoted cell may span several lines.
  const lineOf = (index: number): string => {
    const { record, info } = data[index]!;
    const breaks = record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return `line ${info.lines - breaks}: `;
  };
  const rows = data.map(({ record }, index) => {
    if (record.length > columns.length) {
      issues.push({ field: `rows.${index}`, message: `${lineOf(index)}has ${record.length} cells; the header has ${columns.length}` });
    }
    const raw: RawRow = {};
    columns.forEach((column, i) => {
      raw[FIELD_OF_COLUMN[column as CsvColumn]] = record[i] === undefined ? undefined : fromSpreadsheetCell(record[i]);
    });
    return validateRow(raw, index, name, lineOf(index), issues);
  });
  rejectDuplicates(rows, name, lineOf, issues);
  return finish(rows, issues);
}

/** Writes rows as RFC 4180 CSV (CRLF line ends, quoted where needed) with a header row. */
export function toMappingsCsv(rows: readonly MappingRow[]): string {
  return stringify(
    rows.map((row) => [row.sourceFramework, row.sourceRef, row.targetFramework, row.targetRef, row.relation, row.rationale ?? '']),
    { header: true, columns: [...MAPPING_CSV_COLUMNS], record_delimiter: 'windows', cast: spreadsheetSafeCast() },
  );
}

/**
 * Reads crosswalk JSON: either an array of rows, or `{ mappings: [...] }` where
 * `sourceFramework`/`targetFramework` given beside `mappings` apply to every row
 * that does not name its own (this is the shape of the built-in crosswalk files).
 */
export function parseMappingsJson(value: unknown, options: ParseMappingsOptions = {}): MappingRow[] {
  const maxRows = options.maxRows ?? DEFAULT_MAX_MAPPING_ROWS;
  let list: unknown;
  let defaults: RawRow = {};
  if (Array.isArray(value)) list = value;
  else if (isRecord(value) && Array.isArray(value.mappings)) {
    list = value.mappings;
    defaults = { sourceFramework: value.sourceFramework, targetFramework: value.targetFramework };
    const unknown = Object.keys(value).filter((k) => !['mappings', 'sourceFramework', 'targetFramework'].includes(k));
    if (unknown.length) {
      throw new MappingImportError(
        'invalid_mappings',
        `Unknown member "${unknown[0]}".`,
        unknown.map((k) => ({ field: k, message: 'is not a known member' })),
      );
    }
  } else {
    throw new MappingImportError('invalid_json', 'Expected an array of mappings or an object with a "mappings" array.', [
      { field: 'mappings', message: 'must be an array' },
    ]);
  }
  const items = list as unknown[];
  if (items.length > maxRows) throw tooManyRows(items.length, maxRows);

  const issues: FieldIssue[] = [];
  const name = (field: keyof MappingRow): string => field;
  const rows = items.map((item, index) => {
    if (!isRecord(item)) {
      issues.push({ field: `rows.${index}`, message: 'must be an object' });
      return null;
    }
    for (const key of Object.keys(item)) {
      if (!(JSON_KEYS as string[]).includes(key)) issues.push({ field: `rows.${index}.${key}`, message: `${key} is not a known member` });
    }
    const raw: RawRow = {
      ...item,
      sourceFramework: item.sourceFramework ?? defaults.sourceFramework,
      targetFramework: item.targetFramework ?? defaults.targetFramework,
    };
    return validateRow(raw, index, name, '', issues);
  });
  rejectDuplicates(rows, name, () => '', issues);
  return finish(rows, issues);
}

export function toMappingsJson(rows: readonly MappingRow[]): MappingsJsonDocument {
  return { mappings: rows.map((row) => ({ ...row })) };
}
