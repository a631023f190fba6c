import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index.js';

describe('migrations/index.ts', () => {
  it('registers every migration file, in timestamp order', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f))
      .sort();
    const names = MIGRATIONS.map((m) => m.name);
    expect(names).toHaveLength(files.length);
    files.forEach((f, i) => {
      const [ts, name] = f.replace(/\.ts$/, '').split('-');
      expect(names[i]).toBe(`${name}${ts}`);
    });
  });
});

describe('frozen migrations', () => {
  // Replaying history must give the same schema and rows whatever the code is today: a
  // migration imports nothing from libs/ or apps/ (content goes through seed steps instead).
  it('no migration file imports from libs/, apps/ or @attesta/*', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const files = (function walk(d: string): string[] {
      return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [join(d, e.name)] : [],
      );
    })(dir);
    expect(files.length).toBeGreaterThan(10);
    const offending: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) {
        const escapes = spec!.startsWith('.') && relative(dir, resolve(dirname(file), spec!)).startsWith('..');
        if (spec!.startsWith('@attesta/') || escapes) offending.push(`${relative(dir, file)} imports ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
