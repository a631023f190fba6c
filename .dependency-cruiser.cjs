// Dependency rules between apps, libs and migrations (docs/ARCHITECTURE.md, "Dependency rules").
// `npm run depgraph:check` (in .ci/run) fails on any of these; scripts/dependency-graph.mjs also
// fails on a cycle between libs and writes the lib graph (docs/lib-graph.mmd).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'apps-not-to-apps',
      comment: 'Apps never import each other; only the composition root (apps/all-in-one) imports apps/api and apps/worker.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/', pathNot: '^apps/all-in-one/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'composition-root-only-api-and-worker',
      severity: 'error',
      from: { path: '^apps/all-in-one/' },
      to: { path: '^apps/', pathNot: '^apps/(all-in-one|api|worker)/' },
    },
    {
      name: 'libs-not-to-apps',
      comment: 'Domain code does not know its adapters.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'migrations-frozen',
      comment: "Migrations import nothing from libs or apps: replaying history must not depend on today's code.",
      severity: 'error',
      from: { path: '^migrations/' },
      to: { path: '^(libs|apps|scripts)/' },
    },
    {
      name: 'libs-through-their-index',
      comment: 'A lib reaches another lib only through its index.ts (@attesta/<lib>).',
      severity: 'error',
      from: { path: '^libs/([^/]+)/', pathNot: '^libs/tracing/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'tracing-only-the-config-schema',
      comment: 'libs/tracing starts before pg and ioredis load, so it may read the config schema file of libs/core and nothing else of it.',
      severity: 'error',
      from: { path: '^libs/tracing/' },
      to: { path: '^libs/', pathNot: ['^libs/tracing/', '^libs/core/src/config/app-config\\.ts$'] },
    },
    {
      name: 'apps-through-lib-index',
      comment: 'Apps, scripts and migrations reach libs only through their index (tests may use libs/<lib>/src/testing/).',
      severity: 'error',
      from: { path: '^(apps|scripts)/' },
      to: { path: '^libs/[^/]+/', pathNot: ['^libs/[^/]+/src/index\\.ts$', '^libs/api-client/'] },
    },
  ],
  options: {
    includeOnly: '^(apps|libs|migrations|scripts)/',
    exclude: { path: ['\\.spec\\.ts$', '^apps/web/', '\\.d\\.ts$', '^libs/[^/]+/dist/'] },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.json'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
