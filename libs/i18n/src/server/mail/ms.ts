import type { Translation } from '../catalog.js';
import type { en } from './en.js';

export const ms: Translation<typeof en> = {
  'invitation.subject': 'Anda dijemput menyertai {organization} di Attesta',
  'invitation.text':
    'Buka {url} untuk menyertai {organization} di Attesta sebagai {role, select, owner {pemilik} admin {pentadbir} other {ahli}}. Pautan ini hanya boleh digunakan sekali dan tamat tempoh pada {date}.',
  'signup.subject': 'Sahkan pendaftaran Attesta anda',
  'signup.text':
    'Buka {url} untuk mencipta {organization} di Attesta dan log masuk. Pautan ini hanya boleh digunakan sekali dan tamat tempoh pada {date}. Jika anda tidak mendaftar, abaikan mesej ini.',
  'accountExists.subject': 'Anda sudah mempunyai akaun Attesta',
  'accountExists.text':
    'Seseorang (mungkin anda) cuba mendaftar dengan alamat ini, yang sudah mempunyai akaun Attesta. Log masuk di {url}; untuk menambah organisasi, minta pemiliknya menjemput anda. Jika itu bukan anda, tiada apa-apa yang berubah.',
  'certification.expiring.subject': 'Pensijilan {scheme} anda tamat tempoh dalam {days} hari',
  'certification.expiring.text':
    '{scheme} ({level}) sah sehingga {date}. Perbaharuinya supaya anda boleh terus menjalankan tugasan perkhidmatan jarak jauh yang memerlukannya.',
  'certification.expired.subject': 'Pensijilan {scheme} anda telah tamat tempoh',
  'certification.expired.text':
    '{scheme} ({level}) sah sehingga {date} sahaja. Perbaharuinya supaya anda boleh terus menjalankan tugasan perkhidmatan jarak jauh yang memerlukannya.',
};
