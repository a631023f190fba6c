import type { Translation } from '../../../i18n/types';
import type { en } from './en';

export const th: Translation<typeof en> = {
  'home.loading': 'กำลังเปิดหน้าเริ่มต้นของคุณ',
};
