import type { Translation } from '../types';
import type { en } from './en';

export const th: Translation<typeof en> = {};
