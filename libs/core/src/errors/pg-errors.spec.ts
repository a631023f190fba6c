import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isForeignKeyViolation, isUniqueViolation } from './pg-errors.js';

const root = join(import.meta.dirname, '../../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' || d.name === 'dist' ? [] : sources(p);
    return /\.ts$/.test(d.name) && !/\.(spec|e2e-spec|int-spec|service-spec)\.ts$/.test(d.name) ? [p] : [];
  });
}

describe(isUniqueViolation.name, () => {
  it("reads pg's code and constraint, on the error or on TypeORM's driverError", () => {
    const pg = { code: '23505', constraint: 'uq_tenders_ocid' };
    expect(isUniqueViolation(pg)).toBe(true);
    expect(isUniqueViolation({ message: 'query failed', driverError: pg })).toBe(true);
    expect(isUniqueViolation(pg, 'uq_tenders_ocid')).toBe(true);
    expect(isUniqueViolation(pg, 'uq_verdicts_requirement')).toBe(false);
    expect(isUniqueViolation({ code: '23503', constraint: 'uq_tenders_ocid' })).toBe(false);
    expect(isForeignKeyViolation({ driverError: { code: '23503' } })).toBe(true);
    expect(isUniqueViolation(new Error('23505'))).toBe(false);
  });

  it('is the only place that knows the unique-violation code: services call it', () => {
    const offenders = [...sources(join(root, 'libs')), ...sources(join(root, 'apps'))]
      .filter((f) => !f.endsWith(join('core', 'src', 'errors', 'pg-errors.ts')))
      .filter((f) => /['"`]23505['"`]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});
