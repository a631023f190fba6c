import type { Translation } from '../../../i18n/types';
import type { en } from './en';

export const ms: Translation<typeof en> = {
  'home.loading': 'Membuka halaman permulaan anda',
};
