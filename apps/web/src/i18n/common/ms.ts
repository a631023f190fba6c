import type { Translation } from '../types';
import type { en } from './en';

export const ms: Translation<typeof en> = {};
