import type { Translation } from '../../../i18n/types';
import type { en } from './en';

export const zhCN: Translation<typeof en> = {
  'home.loading': '正在打开您的起始页',
};
