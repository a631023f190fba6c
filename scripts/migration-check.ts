/** Fails when the entities and the migrations disagree (CI runs this). */
import 'reflect-metadata';
import { pendingSchemaChanges } from '@attesta/schema';
import { withScratchDatabase } from './lib/scratch-db.js';

const pending = await withScratchDatabase(process.env, pendingSchemaChanges);
if (pending.length > 0) {
  console.error('Entities and migrations disagree. Run `npm run migration:generate -- <Name>`. Missing SQL:');
  pending.forEach((q) => console.error(`  ${q}`));
  process.exit(1);
}
console.log('migration check: entities and migrations agree');
