// eslint-disable-next-line no-restricted-imports -- the portal’s own catalog type (apps/web/src/i18n), not another lib
import type { Translation } from '../../../i18n/types';
import type { en } from './en';

export const zhCN: Translation<typeof en> = {
  'home.loading': '正在打开您的起始页',
};
