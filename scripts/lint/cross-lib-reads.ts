/**
 * Finds libs reading another lib's tables: a mention of another lib's entity class (a
 * repository, a query builder, a relation), SQL text naming another lib's table, or SQL
 * calling a function (defined by a migration) that reads only other libs' tables and that
 * none of its owners declares as its read model. Owners come from the `@Entity('<table>')`
 * decorators; a SQL function belongs to the libs whose tables its body names. A lib reads
 * another's data through the read model the owner exports (functions taking the caller's
 * EntityManager, plain types), or through a SQL function the owner lists in its
 * `*_SQL_READ_MODEL` constant (in a `*.read-model.ts` file).
 *
 * libs/schema (which lists every lib's entities for the DataSource) and test code
 * (`*.spec.ts`, `src/testing/`) are not scanned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Ownership {
  /** Entity class name -> owning lib. */
  entities: Map<string, string>;
  /** Table name -> owning lib. */
  tables: Map<string, string>;
  /** SQL function name -> the libs whose tables its body names (empty: reads no table). */
  functions: Map<string, string[]>;
  /** SQL function name -> the lib that declares it as its read model. */
  readModels: Map<string, string>;
}

export interface CrossLibRead {
  file: string;
  line: number;
  kind: 'entity' | 'table' | 'function';
  name: string;
  owner: string;
}

const EXEMPT_LIBS = new Set(['schema']);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'testing' && e.name !== 'node_modules') out.push(...sourceFiles(p));
    } else if (/\.tsx?$/.test(e.name) && !/\.(spec|test)\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function libsOf(root: string): string[] {
  return readdirSync(join(root, 'libs'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .filter((lib) => {
      try {
        return readdirSync(join(root, 'libs', lib, 'src')).length > 0;
      } catch {
        return false;
      }
    });
}

/** `@Entity('table')` (other decorators and comments may sit between it and the class) -> class and table. */
export function entitiesDeclared(source: string): { className: string; table: string }[] {
  const out: { className: string; table: string }[] = [];
  for (const m of source.matchAll(/@Entity\(\s*['"]([a-z0-9_]+)['"]/g)) {
    const cls = /export\s+(?:abstract\s+)?class\s+([A-Za-z0-9_]+)/.exec(source.slice(m.index));
    if (cls) out.push({ table: m[1]!, className: cls[1]! });
  }
  return out;
}

/** `CREATE [OR REPLACE] FUNCTION name(…) … $$ body $$` in a migration's `up` -> name and body. */
export function functionsDefined(migration: string): { name: string; body: string }[] {
  const down = migration.search(/\basync\s+down\s*\(/);
  const up = down === -1 ? migration : migration.slice(0, down);
  const out: { name: string; body: string }[] = [];
  const re = /CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+(?:public\.)?([a-z_][a-z0-9_]*)\s*\([\s\S]*?\$([a-z_]*)\$([\s\S]*?)\$\2\$/gi;
  for (let m = re.exec(up); m; m = re.exec(up)) out.push({ name: m[1]!.toLowerCase(), body: m[3]! });
  return out;
}

/** `export const X_SQL_READ_MODEL = ['fn', …]` -> the function names. */
export function readModelsDeclared(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/export\s+const\s+[A-Z0-9_]+_SQL_READ_MODEL\s*=\s*\[([^\]]*)\]/g)) {
    for (const n of m[1]!.matchAll(/['"]([a-z_][a-z0-9_]*)['"]/g)) out.push(n[1]!);
  }
  return out;
}

export function ownership(root: string): Ownership {
  const entities = new Map<string, string>();
  const tables = new Map<string, string>();
  const readModels = new Map<string, string>();
  for (const lib of libsOf(root)) {
    for (const file of sourceFiles(join(root, 'libs', lib, 'src'))) {
      const source = readFileSync(file, 'utf8');
      for (const { className, table } of entitiesDeclared(source)) {
        entities.set(className, lib);
        tables.set(table, lib);
      }
      if (file.endsWith('.read-model.ts')) for (const name of readModelsDeclared(source)) readModels.set(name, lib);
    }
  }
  const functions = new Map<string, string[]>();
  const migrations = join(root, 'migrations');
  for (const file of readdirSync(migrations)
    .filter((f) => /^\d+-.*\.ts$/.test(f))
    .sort()) {
    for (const { name, body } of functionsDefined(readFileSync(join(migrations, file), 'utf8'))) {
      // A function belongs to the libs whose tables it reads (a write into the outbox makes no owner).
      const owners = new Set(tablesNamed(body, true).flatMap((t) => (tables.has(t) ? [tables.get(t)!] : [])));
      // A redefinition that runs its query through EXECUTE (text built in the migration) names
      // no table the scan can see: it keeps the owners of the definition it replaces.
      if (owners.size === 0 && /\bEXECUTE\b/i.test(body)) continue;
      functions.set(name, [...owners].sort());
    }
  }
  return { entities, tables, functions, readModels };
}

/** The source without comments, string and template contents kept apart (positions preserved). */
function split(source: string): { code: string; literals: { text: string; index: number }[] } {
  let code = '';
  const literals: { text: string; index: number }[] = [];
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      code += blank(source.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      code += blank(source.slice(i, stop));
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      const text = source.slice(i + 1, j);
      literals.push({ text, index: i });
      code += c + blank(text) + (j < source.length ? c : '');
      i = j + 1;
    } else {
      code += c;
      i++;
    }
  }
  return { code, literals };
}

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length;

/**
 * Table names a piece of SQL reads or writes: after FROM, JOIN, INTO, UPDATE, TABLE, and in FROM
 * lists; with `readOnly`, only the tables it reads (FROM, JOIN and UPDATE; not INSERT INTO or DELETE FROM).
 */
export function tablesNamed(sql: string, readOnly = false): string[] {
  const names = new Set<string>();
  const ident = String.raw`(?:"?public"?\.)?"?([a-z_][a-z0-9_]*)"?`;
  const keywords = readOnly ? String.raw`(?<!\bdelete\s+)(?:from|join|update)` : String.raw`(?:from|join|into|update|table|references)`;
  const direct = new RegExp(String.raw`\b${keywords}\s+(?:only\s+)?${ident}`, 'gi');
  for (let m = direct.exec(sql); m; m = direct.exec(sql)) names.add(m[1]!.toLowerCase());
  // FROM a x, b y: every item of a comma list after FROM (until the next clause keyword).
  const list = /\bfrom\s+([\s\S]*?)(?=\b(?:where|join|left|right|inner|cross|full|group|order|limit|having|union|returning|on|window)\b|\)|;|$)/gi;
  for (let m = list.exec(sql); m; m = list.exec(sql)) {
    for (const item of m[1]!.split(',').slice(1)) {
      const t = new RegExp(String.raw`^\s*${ident}`, 'i').exec(item);
      if (t) names.add(t[1]!.toLowerCase());
    }
  }
  return [...names];
}

const SQL_HINT = /\b(select|insert|update|delete|from|join)\b/i;

/** Cross-lib reads in one file of `lib`. */
export function scanSource(lib: string, file: string, source: string, owners: Ownership): CrossLibRead[] {
  const out: CrossLibRead[] = [];
  const { code, literals } = split(source);
  for (const m of code.matchAll(/\b[A-Z][A-Za-z0-9_]*\b/g)) {
    const owner = owners.entities.get(m[0]);
    if (owner && owner !== lib) out.push({ file, line: lineAt(source, m.index), kind: 'entity', name: m[0], owner });
  }
  for (const { text, index } of literals) {
    if (SQL_HINT.test(text)) {
      for (const table of tablesNamed(text)) {
        const owner = owners.tables.get(table);
        if (owner && owner !== lib) out.push({ file, line: lineAt(source, index), kind: 'table', name: table, owner });
      }
    }
    // Known function names followed by "(" are specific enough to look for in any literal.
    for (const m of text.matchAll(/\b([a-z_][a-z0-9_]*)\s*\(/g)) {
      const fnOwners = owners.functions.get(m[1]!);
      if (!fnOwners || !fnOwners.length || fnOwners.includes(lib)) continue;
      const declaredBy = owners.readModels.get(m[1]!);
      if (declaredBy && fnOwners.includes(declaredBy)) continue;
      out.push({ file, line: lineAt(source, index + 1 + m.index), kind: 'function', name: m[1]!, owner: fnOwners.join('+') });
    }
  }
  return out;
}

/** Every cross-lib read under libs/ (libs/schema and test code excepted). */
export function findCrossLibReads(root: string, owners: Ownership = ownership(root)): CrossLibRead[] {
  const out: CrossLibRead[] = [];
  for (const lib of libsOf(root)) {
    if (EXEMPT_LIBS.has(lib)) continue;
    for (const file of sourceFiles(join(root, 'libs', lib, 'src'))) {
      out.push(...scanSource(lib, relative(root, file), readFileSync(file, 'utf8'), owners));
    }
  }
  return out;
}
