import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The e2e tier speaks HTTP only: an e2e file never resolves a provider of the booted app
 * (`app.get(SomeService)`, `moduleRef.get(...)`, `.resolve(...)`), directly or through a
 * test/setup helper that does. Service behaviour (a job's scan, a read model, a concurrency
 * rule) is tested in the service tier (test/service/*.service-spec.ts).
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `app.get(`, `t.app.get(`, `moduleRef.get(`, `app\n  .get(`, `.resolve(`: one entry per call, with its line. */
export function serviceResolutions(source: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const pattern = /\b(?:app|moduleRef|module|context)\s*\.\s*(?:get|resolve)\s*(?:<[^>]*>)?\s*\(/g;
  for (const m of source.matchAll(pattern)) {
    const line = source.slice(0, m.index).split('\n').length;
    out.push({ line, text: source.split('\n')[line - 1]!.trim() });
  }
  return out;
}

/** Relative module paths a file imports (static and dynamic). */
function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)].map((m) => m[1]!);
}

function filesUnder(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, suffix));
    else if (entry.name.endsWith(suffix)) out.push(path);
  }
  return out;
}

/** Every e2e file, wherever it lives under test/ (e2e/, security/, fuzz/ …). */
const e2eFiles = filesUnder(join(root, 'test'), '.e2e-spec.ts');
const setupFiles = filesUnder(join(root, 'test/setup'), '.ts');
const read = (path: string) => readFileSync(path, 'utf8');
const rel = (path: string) => relative(root, path).split('\\').join('/');

/** test/setup helpers that resolve the app's providers (service-tier helpers). */
const resolvingHelpers = new Set(setupFiles.filter((f) => serviceResolutions(read(f)).length > 0).map(rel));

/**
 * E2e files that still issue attestations from a hand-made decision snapshot
 * (test/setup/synthetic-decision.ts calls `AttestationsService.issue`): they issue a dozen
 * attestations each, with market subsets and validity (down to 1.5 seconds) that the review
 * workflow would take minutes per attestation to produce, and then assert over HTTP only.
 * Shrink this list; never grow it.
 */
const SYNTHETIC_ISSUE_ALLOWED = new Set<string>(['test/e2e/attestations.e2e-spec.ts', 'test/e2e/attestation-scope.e2e-spec.ts']);

describe('test tiers', () => {
  it('finds service resolutions in the shapes e2e files wrote them', () => {
    const sample = [
      'const a = t.app.get(AttestationsService);',
      'const b = await t.app',
      '  .get(AttestationsService)',
      '  .issue(actor, snapshot);',
      'const c = moduleRef.get<Db>(Db);',
      'const d = await app.resolve(RequestScoped);',
      "const ok = await http.get('/v1/workspaces');",
      'const server = t.app.getHttpServer();',
    ].join('\n');
    expect(serviceResolutions(sample).map((r) => r.line)).toEqual([1, 2, 5, 6]);
  });

  it('finds the e2e files and the helper that resolves a service', () => {
    expect(e2eFiles.length).toBeGreaterThan(15);
    expect(e2eFiles.map(rel)).toContain('test/security/workspace-audit-projection.e2e-spec.ts');
    expect(resolvingHelpers).toContain('test/setup/synthetic-decision.ts');
  });

  it('no e2e file resolves a service of the booted app', () => {
    const found = e2eFiles.flatMap((f) => serviceResolutions(read(f)).map((r) => `${rel(f)}:${r.line}: ${r.text}`));
    expect(found, 'move the test to test/service/ or use the public API (test/setup/scenario.ts)').toEqual([]);
  });

  it('no e2e file imports a test/setup helper that resolves a service (beyond the shrinking allowlist)', () => {
    const found: string[] = [];
    for (const f of e2eFiles) {
      for (const spec of importsOf(read(f))) {
        if (!spec.startsWith('.')) continue;
        const target = rel(join(f, '..', spec)).replace(/\.js$/, '.ts');
        if (resolvingHelpers.has(target) && !SYNTHETIC_ISSUE_ALLOWED.has(rel(f))) found.push(`${rel(f)} imports ${target}`);
      }
    }
    expect(found).toEqual([]);
  });
});
