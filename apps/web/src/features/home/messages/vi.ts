import type { Translation } from '../../../i18n/types';
import type { en } from './en';

export const vi: Translation<typeof en> = {
  'home.loading': 'Đang mở trang bắt đầu của bạn',
};
