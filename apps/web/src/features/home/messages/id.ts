import type { Translation } from '../../../i18n/types';
import type { en } from './en';

export const id: Translation<typeof en> = {
  'home.loading': 'Membuka halaman awal Anda',
};
