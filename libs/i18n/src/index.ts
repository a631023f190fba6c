export * from './locales.js';
export * from './dates.js';
