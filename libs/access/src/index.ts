export * from './ability.factory.js';
export * from './access.errors.js';
export * from './permissions.js';
