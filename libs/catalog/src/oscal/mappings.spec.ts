import { describe, expect, it } from 'vitest';
import { MappingRow, parseMappingsCsv, parseMappingsJson, splitFrameworkKey, toMappingsCsv, toMappingsJson } from './mappings.js';
import { MappingImportError } from './oscal.errors.js';

const HEADER = 'source_framework,source_ref,target_framework,target_ref,relation,rationale';

const rows: MappingRow[] = [
  {
    sourceFramework: 'attesta-dser@1.0',
    sourceRef: 'DSER-3.1',
    targetFramework: 'iso-iec-27001@2022',
    targetRef: 'A.8.15',
    relation: 'subset',
    rationale: 'Logging remote sessions is a case of logging, "narrower" in scope.',
  },
  {
    sourceFramework: 'attesta-dser@1.0',
    sourceRef: 'DSER-9.4',
    targetFramework: 'iso-iec-27001@2022',
    targetRef: 'A.8.13',
    relation: 'intersects',
    rationale: 'Both require backups,\nwith different emphasis.',
  },
  { sourceFramework: 'x', sourceRef: 'AC-2(1)', targetFramework: 'y', targetRef: '4.1', relation: 'equal', rationale: null },
];

function refusal(run: () => unknown): MappingImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MappingImportError);
    return error as MappingImportError;
  }
  throw new Error('expected a MappingImportError');
}

describe('parseMappingsCsv', () => {
  it('round-trips rows through RFC 4180 CSV, quotes and line breaks included', () => {
    const csv = toMappingsCsv(rows);
    expect(csv.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(csv).toContain('"Logging remote sessions is a case of logging, ""narrower"" in scope."');
    expect(parseMappingsCsv(csv)).toEqual(rows);
  });

  it('writes a cell a spreadsheet would evaluate as text, and reads it back as it was', () => {
    const risky: MappingRow[] = [
      {
        sourceFramework: 'x',
        sourceRef: '=HYPERLINK("http://evil.example")',
        targetFramework: 'y',
        targetRef: '+1',
        relation: 'equal',
        rationale: '-covers both',
      },
    ];
    const csv = toMappingsCsv(risky);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain(`,'+1,`);
    expect(csv).toContain(`'-covers both`);
    expect(parseMappingsCsv(csv)).toEqual(risky);
  });

  it('accepts columns in any order, a BOM, OSCAL relation spellings and a missing rationale column', () => {
    const csv = '\uFEFFrelation,target_ref,target_framework,source_ref,source_framework\r\nSubset-Of,A.5.1,iso,DSER-1.1,dser\r\n\r\n';
    expect(parseMappingsCsv(csv)).toEqual([
      { sourceFramework: 'dser', sourceRef: 'DSER-1.1', targetFramework: 'iso', targetRef: 'A.5.1', relation: 'subset', rationale: null },
    ]);
  });

  it('reads every OSCAL relation spelling as the same relation, direction kept', () => {
    const csv = [HEADER, 'a,1,b,1,equal-to,', 'a,2,b,2,subset-of,', 'a,3,b,3,superset-of,', 'a,4,b,4,intersects-with,'].join('\n');
    expect(parseMappingsCsv(csv).map((r) => r.relation)).toEqual(['equal', 'subset', 'superset', 'intersects']);
  });

  it('accepts one requirement mapped to several targets, and the same ref in two frameworks', () => {
    const csv = [HEADER, 'dser,DSER-1.1,iso,A.5.1,subset,', 'dser,DSER-1.1,iso,A.5.2,intersects,', 'dser,DSER-1.1,dser-2,DSER-1.1,equal,renumbered'].join('\n');
    expect(parseMappingsCsv(csv).map((r) => [r.sourceRef, r.targetFramework, r.targetRef])).toEqual([
      ['DSER-1.1', 'iso', 'A.5.1'],
      ['DSER-1.1', 'iso', 'A.5.2'],
      ['DSER-1.1', 'dser-2', 'DSER-1.1'],
    ]);
  });

  it('names the row, the column and the line of each bad cell', () => {
    const csv = [
      HEADER,
      'dser,DSER-1.1,iso,A.5.1,equal,fine',
      'dser,,iso,A.5.2,same-ish,',
      '"dser","DSER-1.3","iso","A.5.3","intersect","multi',
      'line"',
      'dser,DSER-1.4,iso,A.5.4,overlaps,',
      'dser,DSER-1.1,iso,A.5.1,subset,duplicate pair',
      'dser,DSER-1.1,dser,DSER-1.1,equal,self',
    ].join('\n');
    const error = refusal(() => parseMappingsCsv(csv));
    expect(error).toMatchObject({ code: 'invalid_mappings', kind: 'unprocessable' });
    expect(error.errors).toEqual([
      { field: 'rows.1.source_ref', message: 'line 3: source_ref is required' },
      { field: 'rows.1.relation', message: 'line 3: relation must be one of equal, subset, superset, intersects' },
      { field: 'rows.2.relation', message: 'line 4: relation must be one of equal, subset, superset, intersects' },
      { field: 'rows.3.relation', message: 'line 6: relation must be one of equal, subset, superset, intersects' },
      { field: 'rows.5.target_ref', message: 'line 8: target_ref must differ from the source: a requirement cannot be mapped to itself' },
      { field: 'rows.4.target_ref', message: 'line 7: repeats the mapping of row 0 between the same two requirements' },
    ]);
  });

  it('refuses a wrong header', () => {
    const error = refusal(() => parseMappingsCsv('source_framework,source_ref,target_framework,target_ref,relaton\r\na,b,c,d,equal\r\n'));
    expect(error.code).toBe('invalid_mappings');
    expect(error.errors.map((e) => e.field)).toEqual(['header.4', 'header']);
    expect(error.errors[1]!.message).toBe('column "relation" is missing');
  });

  it('refuses rows with more cells than the header', () => {
    const error = refusal(() => parseMappingsCsv(`${HEADER}\na,b,c,d,equal,why,extra\n`));
    expect(error.errors[0]).toEqual({ field: 'rows.0', message: 'line 2: has 7 cells; the header has 6' });
  });

  it('refuses malformed CSV, empty files and too many rows', () => {
    expect(refusal(() => parseMappingsCsv(`${HEADER}\n"unterminated,b,c,d,equal,\n`))).toMatchObject({ code: 'invalid_csv', kind: 'invalid' });
    expect(refusal(() => parseMappingsCsv('')).code).toBe('invalid_csv');
    const many = [HEADER, ...Array.from({ length: 4 }, (_, i) => `a,r${i},b,t${i},equal,`)].join('\n');
    expect(parseMappingsCsv(many, { maxRows: 4 })).toHaveLength(4);
    expect(refusal(() => parseMappingsCsv(many, { maxRows: 3 }))).toMatchObject({ code: 'too_large', kind: 'payload_too_large' });
  });
});

describe('parseMappingsJson', () => {
  it('round-trips rows through JSON', () => {
    const document = toMappingsJson(rows);
    expect(parseMappingsJson(JSON.parse(JSON.stringify(document)))).toEqual(rows);
    expect(parseMappingsJson(document.mappings)).toEqual(rows);
  });

  it('applies framework names given beside the rows', () => {
    const parsed = parseMappingsJson({
      sourceFramework: 'attesta-dser@1.0',
      targetFramework: 'iso-iec-42001@2023',
      mappings: [{ sourceRef: 'DSER-8.1', targetRef: 'A.6.2.4', relation: 'subset-of' }],
    });
    expect(parsed).toEqual([
      {
        sourceFramework: 'attesta-dser@1.0',
        sourceRef: 'DSER-8.1',
        targetFramework: 'iso-iec-42001@2023',
        targetRef: 'A.6.2.4',
        relation: 'subset',
        rationale: null,
      },
    ]);
  });

  it('names the row and the member of each problem', () => {
    const error = refusal(() =>
      parseMappingsJson([
        { sourceFramework: 'a', sourceRef: 'x', targetFramework: 'b', targetRef: 'y', relation: 'equal' },
        { sourceFramework: 'a', sourceRef: 7, targetFramework: 'b', targetRef: 'y', relation: 'nope', colour: 'red' },
        'not an object',
        { sourceFramework: 'a', sourceRef: 'x', targetFramework: 'b', targetRef: 'y', relation: 'equal', rationale: 'r'.repeat(2001) },
      ]),
    );
    expect(error.errors).toEqual([
      { field: 'rows.1.colour', message: 'colour is not a known member' },
      { field: 'rows.1.sourceRef', message: 'sourceRef must be a string' },
      { field: 'rows.1.relation', message: 'relation must be one of equal, subset, superset, intersects' },
      { field: 'rows.2', message: 'must be an object' },
      { field: 'rows.3.rationale', message: 'rationale must be at most 2000 characters' },
    ]);
  });

  it('refuses what is not a list of mappings', () => {
    expect(refusal(() => parseMappingsJson({ rows: [] }))).toMatchObject({ code: 'invalid_json', kind: 'invalid' });
    expect(refusal(() => parseMappingsJson({ mappings: [], extra: 1 })).code).toBe('invalid_mappings');
    expect(refusal(() => parseMappingsJson(rows, { maxRows: 2 })).code).toBe('too_large');
  });
});

describe('splitFrameworkKey', () => {
  it('splits code and version at the last @', () => {
    expect(splitFrameworkKey('iso-iec-27001@2022')).toEqual({ code: 'iso-iec-27001', version: '2022' });
    expect(splitFrameworkKey('custom')).toEqual({ code: 'custom', version: null });
  });
});
