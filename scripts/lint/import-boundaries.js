// ESLint rule `attesta/import-boundaries`: the dependency rules of docs/ARCHITECTURE.md.
// Resolves every relative import against the importing file, so `../../worker/src/x.js`
// is caught at any depth, not only paths that happen to start with `../../../`.
//   - apps never import each other; only apps/all-in-one (the composition root) imports
//     apps/api and apps/worker;
//   - libs never import apps;
//   - a lib is imported only through its public face (`@attesta/<lib>`, i.e. src/index.ts);
//     no deep `@attesta/<lib>/...` paths and no relative paths into another lib's files
//     (tests and tooling may use libs/<lib>/src/testing/);
//   - migrations are frozen: they import nothing but typeorm, node built-ins and other
//     files under migrations/ (no libs, no apps, no `@attesta/*`);
//   - entities stay inside their lib: nothing imports a name ending in `Entity` from another
//     lib's face, and only libs/schema imports a lib's entity list (`<lib>Entities`), to build the
//     DataSource; a face exports its entities as values only through that list (a read-model
//     alias such as `export type { OfferingEntity as Offering }` is type-only and allowed).
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const posix = (p) => p.split(sep).join('/');

/** `apps/api`, `libs/core`, `migrations`, `scripts`, `test` … for a repository-relative path. */
function unitOf(rel) {
  const m = /^(apps|libs)\/([^/]+)(\/|$)/.exec(rel);
  if (m) return { area: m[1], name: m[2], id: `${m[1]}/${m[2]}` };
  const top = rel.split('/')[0];
  return { area: top, name: top, id: top };
}

const COMPOSITION_ROOT = 'apps/all-in-one';
const COMPOSED = new Set(['apps/api', 'apps/worker']);

function isTestFile(rel) {
  return rel.startsWith('test/') || /\.(spec|e2e-spec|int-spec)\.ts$/.test(rel);
}

function isLibFace(rel) {
  return /^libs\/[^/]+\/src\/index(\.[jt]s)?$/.test(rel);
}

/** The reason an import is forbidden, or null. `fromRel`/`toRel` are repository-relative. */
export function boundaryViolation(fromRel, specifier) {
  const from = unitOf(fromRel);
  if (specifier.startsWith('@attesta/')) {
    if (from.area === 'migrations') return `migrations are frozen: they may not import ${specifier} (a later code change would change history)`;
    if (specifier.slice('@attesta/'.length).includes('/'))
      return `import ${specifier.split('/').slice(0, 2).join('/')} (the lib's index.ts), not a file inside it`;
    return null;
  }
  if (!specifier.startsWith('.')) return null;
  const toRel = posix(relative(root, resolve(root, dirname(fromRel), specifier)));
  if (toRel.startsWith('..')) return null;
  const to = unitOf(toRel);
  if (to.id === from.id) return null;
  if (from.area === 'migrations') return `migrations are frozen: they may not import ${toRel} (only typeorm and files under migrations/)`;
  if (to.area === 'apps') {
    if (from.area === 'libs') return `libs never import apps (${toRel})`;
    if (from.area === 'apps' && !(from.id === COMPOSITION_ROOT && COMPOSED.has(to.id))) {
      return `${from.id} may not import ${to.id}: apps meet only in the composition root (${COMPOSITION_ROOT})`;
    }
    return null;
  }
  if (to.area === 'libs') {
    if (isLibFace(toRel)) return `import ${to.id} as @attesta/${to.name}`;
    if (isTestFile(fromRel) || from.area === 'scripts' || from.area === 'test') {
      if (toRel.startsWith(`${to.id}/src/testing/`)) return null;
    }
    return `${toRel} is inside ${to.id}: import @attesta/${to.name} (its index.ts) instead`;
  }
  return null;
}

const SCHEMA_LIB = 'libs/schema';

/**
 * The reason importing `name` from `specifier` is forbidden because it is another lib's entity
 * (or entity list), or null. Only names of a lib's face (`@attesta/<lib>`) are judged here.
 */
export function entityImportViolation(fromRel, specifier, name) {
  const m = /^@attesta\/([a-z0-9-]+)$/.exec(specifier);
  if (!m || m[1] === 'migrations') return null;
  const from = unitOf(fromRel);
  if (from.id === `libs/${m[1]}`) return null;
  if (/Entity$/.test(name)) {
    return `${name} is an entity of libs/${m[1]}: read its rows through that lib's services or read-model types, not its entities`;
  }
  if (/Entities$/.test(name) && from.id !== SCHEMA_LIB) {
    return `${name} is the entity list of libs/${m[1]}: only libs/schema takes it (for the DataSource)`;
  }
  return null;
}

/** The reason a lib face's export of `name` is forbidden (an entity class exported as a value), or null. */
export function faceExportViolation(fromRel, name, typeOnly) {
  if (!isLibFace(fromRel) || typeOnly || !/Entity$/.test(name)) return null;
  return `${name} is an entity: a lib face exports entities only in its entity list; for callers, export a read model (e.g. export type { ${name} as ${name.replace(/Entity$/, '')} })`;
}

const nameOf = (node) => (node.type === 'Identifier' ? node.name : node.value);

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Dependency rules between apps, libs and migrations (docs/ARCHITECTURE.md).' },
    schema: [],
    messages: { forbidden: '{{reason}}' },
  },
  create(context) {
    const fromRel = posix(relative(root, context.filename));
    if (fromRel.startsWith('..')) return {};
    const check = (node) => {
      const source = node?.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const reason = boundaryViolation(fromRel, source.value);
      if (reason) context.report({ node: source, messageId: 'forbidden', data: { reason } });
    };
    const checkNames = (specifier, nodes) => {
      for (const { node, name } of nodes) {
        const reason = entityImportViolation(fromRel, specifier, name);
        if (reason) context.report({ node, messageId: 'forbidden', data: { reason } });
      }
    };
    return {
      ImportDeclaration(node) {
        check(node);
        const named = node.specifiers.filter((s) => s.type === 'ImportSpecifier').map((s) => ({ node: s, name: nameOf(s.imported) }));
        checkNames(node.source.value, named);
      },
      ExportAllDeclaration: check,
      ExportNamedDeclaration(node) {
        check(node);
        const named = node.specifiers.map((s) => ({
          node: s,
          name: nameOf(s.local),
          exported: nameOf(s.exported),
          typeOnly: node.exportKind === 'type' || s.exportKind === 'type',
        }));
        if (node.source && typeof node.source.value === 'string') checkNames(node.source.value, named);
        for (const s of named) {
          const reason = faceExportViolation(fromRel, s.exported, s.typeOnly);
          if (reason) context.report({ node: s.node, messageId: 'forbidden', data: { reason } });
        }
      },
      ImportExpression(node) {
        check(node);
        // const { XEntity } = await import('@attesta/x')
        const source = node.source;
        if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
        let parent = node.parent;
        if (parent?.type === 'AwaitExpression') parent = parent.parent;
        if (parent?.type === 'VariableDeclarator' && parent.id.type === 'ObjectPattern') {
          const named = parent.id.properties.filter((p) => p.type === 'Property' && p.key.type === 'Identifier').map((p) => ({ node: p, name: p.key.name }));
          checkNames(source.value, named);
        }
      },
    };
  },
};

export default { meta: { name: 'attesta' }, rules: { 'import-boundaries': rule } };
