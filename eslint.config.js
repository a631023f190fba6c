import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import attesta from './scripts/lint/import-boundaries.js';

/** Other libs only through their index (tests may reach libs/<lib>/src/testing/). */
const LIB_IMPORT_PATTERNS = [
  { group: ['../../../*'], message: 'Import other libs through @attesta/<lib>.' },
  { regex: 'libs/[^/]+/src/(?!testing/)', message: 'Import other libs through @attesta/<lib> (tests may use libs/<lib>/src/testing/).' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      'apps/web/dist/**',
      'openapi/**',
      'test-results/**',
      'libs/api-client/src/schema.d.ts',
      'libs/*/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    plugins: { attesta },
    rules: {
      // apps ↛ apps (except the composition root), libs ↛ apps, libs only through their index, no other lib's entities
      // (only libs/schema takes the entity lists), frozen migrations.
      'attesta/import-boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings from AppConfig (libs/core/src/config); only the config loader reads process.env.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: LIB_IMPORT_PATTERNS,
        },
      ],
    },
  },
  {
    // The API has no global pipe: its bodies and queries are validated by @attesta/core's Body and Query.
    files: ['apps/api/src/**/*.ts', 'test/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/common',
              importNames: ['Body', 'Query', 'UsePipes'],
              message: "Use @attesta/core's Body and Query: they carry the validation pipe (the API has no global pipe).",
            },
          ],
          patterns: LIB_IMPORT_PATTERNS,
        },
      ],
    },
  },
  {
    // Inside the portal, deep relative paths stay within apps/web (message catalogs reach src/i18n).
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: 'libs/[^/]+/src/(?!testing/)', message: 'Import other libs through @attesta/<lib> (tests may use libs/<lib>/src/testing/).' }] },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.int-spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']", message: 'No .only in committed tests.' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The config loader, dev tooling (which discovers servers) and test setup may read the environment.
    files: ['libs/core/src/config/app-config.ts', 'apps/web/vite.config.ts', 'scripts/**/*.ts', 'test/setup/**/*.ts', 'vitest.config.ts', 'test/bench/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Plain JavaScript tooling (ESLint rules, the dependency graph check) runs on Node.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', module: 'writable', require: 'readonly' } },
  },
  {
    // The web portal: React hooks rules.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
