import type { Translation } from '../types';
import type { en } from './en';

export const vi: Translation<typeof en> = {};
