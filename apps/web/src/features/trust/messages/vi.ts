import type { Translation } from '../../../i18n/types';
import type { en } from './en';

export const vi: Translation<typeof en> = {};
