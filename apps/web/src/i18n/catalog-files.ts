import type { Messages } from './catalogs';

/**
 * The feature catalogs in every language but English, by path: loaded (in parallel with the
 * frame's own words) only when the reader's language is another one, so an English first visit
 * does not carry the names of some eighty files it never asks for.
 */
export const TRANSLATIONS = import.meta.glob<Record<string, Messages>>(['../features/*/messages/*.ts', '!../features/*/messages/en.ts']);
