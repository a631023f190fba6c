/**
 * Writes a migration with the SQL that brings a fully migrated database in line with
 * the entities, and registers it in migrations/index.ts. Read it before committing.
 */
import 'reflect-metadata';
import { buildDataSourceOptions } from '@attesta/core';
import { SCHEMA } from '@attesta/schema';
import { readFileSync, writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { withScratchDatabase } from './lib/scratch-db.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}

const sql = await withScratchDatabase(process.env, async (config) => {
  const ds = new DataSource(buildDataSourceOptions(config, 'owner', SCHEMA, 'attesta-migration-generate'));
  await ds.initialize();
  try {
    return await ds.driver.createSchemaBuilder().log();
  } finally {
    await ds.destroy();
  }
});

if (sql.upQueries.length === 0) {
  console.log('No changes: entities and migrations agree.');
  process.exit(0);
}

const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
const timestamp = Date.now();
const className = `${name}${timestamp}`;
const file = `migrations/${timestamp}-${name}.ts`;
const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((q) => `    await queryRunner.query(\`${esc(q.query)}\`);`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((q) => `    await queryRunner.query(\`${esc(q.query)}\`);`)
  .join('\n')}
  }
}
`;
writeFileSync(file, body);
const index = readFileSync('migrations/index.ts', 'utf8')
  .replace(/^(\/\*\*[\s\S]*?\*\/\n)/, `$1import { ${className} } from './${timestamp}-${name}.js';\n`)
  .replace(/export const MIGRATIONS: Function\[\] = \[([\s\S]*?)\];/, (_m, list: string) => {
    const items = list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return `export const MIGRATIONS: Function[] = [${[...items, className].join(', ')}];`;
  });
writeFileSync('migrations/index.ts', index);
console.log(`wrote ${file} (${sql.upQueries.length} statements); registered in migrations/index.ts`);
