import type { Translation } from '../types';
import type { en } from './en';

export const zhCN: Translation<typeof en> = {};
