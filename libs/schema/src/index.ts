export * from './migrate.js';
export * from './schema.js';
export * from './seed-steps.js';
