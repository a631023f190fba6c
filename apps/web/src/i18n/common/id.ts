import type { Translation } from '../types';
import type { en } from './en';

export const id: Translation<typeof en> = {};
