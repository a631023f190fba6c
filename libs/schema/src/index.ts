export { pendingSchemaChanges, runMigrations } from './migrate.js';
export { SCHEMA } from './schema.js';
export { runSeedSteps, type SeedStep } from './seed-steps.js';
