#!/usr/bin/env node
// The dependency graph check of .ci/run (npm run depgraph): runs dependency-cruiser with
// .dependency-cruiser.cjs over apps, libs, migrations and scripts, fails on any forbidden edge
// (the rules of docs/ARCHITECTURE.md) and on any cycle between libs, and prints the lib graph
// as Mermaid (written to the file given with --out, e.g. test-results/lib-graph.mmd).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : null;
const bin = new URL('../../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url).pathname;
const json = execFileSync(process.execPath, [bin, 'apps', 'libs', 'migrations', 'scripts', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
  maxBuffer: 256 * 1024 * 1024,
  encoding: 'utf8',
});
const result = JSON.parse(json);
const problems = [];

for (const v of result.summary.violations ?? []) {
  if (v.rule.severity === 'error') problems.push(`${v.rule.name}: ${v.from} → ${v.to}`);
}
const unresolved = result.modules.flatMap((m) =>
  m.dependencies.filter((d) => d.couldNotResolve && /^(\.|@attesta\/)/.test(d.module)).map((d) => `${m.source}: ${d.module}`),
);
for (const u of unresolved) problems.push(`unresolved import ${u}`);

// The lib graph: libs/<a> → libs/<b> when any file of a imports any file of b.
const libOf = (path) => /^libs\/([^/]+)\//.exec(path)?.[1] ?? null;
const edges = new Map();
for (const m of result.modules) {
  const from = libOf(m.source);
  if (!from) continue;
  if (!edges.has(from)) edges.set(from, new Set());
  for (const d of m.dependencies) {
    const to = libOf(d.resolved);
    if (to && to !== from) edges.get(from).add(to);
  }
}

// Tarjan's strongly connected components: any component with more than one lib is a cycle.
let index = 0;
const stack = [];
const meta = new Map();
const cycles = [];
function connect(v) {
  meta.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v) ?? []) {
    if (!meta.has(w)) {
      connect(w);
      meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
    } else if (meta.get(w).onStack) {
      meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
    }
  }
  if (meta.get(v).low === meta.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      meta.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
}
for (const v of [...edges.keys()].sort()) if (!meta.has(v)) connect(v);
for (const c of cycles) {
  const links = c.flatMap((a) => [...edges.get(a)].filter((b) => c.includes(b)).map((b) => `${a} → ${b}`));
  problems.push(`cycle between libs ${c.join(', ')}: ${links.join('; ')}`);
}

const mermaid = [
  'graph LR',
  ...[...edges].sort(([a], [b]) => a.localeCompare(b)).flatMap(([a, tos]) => (tos.size ? [...tos].sort().map((b) => `  ${a} --> ${b}`) : [`  ${a}`])),
].join('\n');
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${mermaid}\n`);
}
console.log(
  `lib graph: ${edges.size} libs, ${[...edges.values()].reduce((n, s) => n + s.size, 0)} edges, ${result.summary.totalCruised} modules cruised${out ? ` (written to ${out})` : ''}`,
);
if (problems.length) {
  console.error(problems.map((p) => `  ${p}`).join('\n'));
  console.error(`${problems.length} dependency rule violation(s): see docs/ARCHITECTURE.md, "Dependency rules".`);
  process.exit(1);
}
