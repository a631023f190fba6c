import type { Translation } from '../catalog.js';
import type { en } from './en.js';

export const id: Translation<typeof en> = {
  'invitation.subject': 'Anda diundang ke {organization} di Attesta',
  'invitation.text':
    'Buka {url} untuk bergabung dengan {organization} di Attesta sebagai {role, select, owner {pemilik} admin {administrator} other {anggota}}. Tautan ini hanya dapat digunakan sekali dan kedaluwarsa pada {date}.',
  'signup.subject': 'Konfirmasi pendaftaran Attesta Anda',
  'signup.text':
    'Buka {url} untuk membuat {organization} di Attesta dan masuk. Tautan ini hanya dapat digunakan sekali dan kedaluwarsa pada {date}. Jika Anda tidak mendaftar, abaikan pesan ini.',
  'accountExists.subject': 'Anda sudah memiliki akun Attesta',
  'accountExists.text':
    'Seseorang (mungkin Anda) mencoba mendaftar dengan alamat ini, yang sudah memiliki akun Attesta. Masuk di {url}; untuk menambahkan organisasi, minta pemiliknya mengundang Anda. Jika itu bukan Anda, tidak ada yang berubah.',
  'certification.expiring.subject': 'Sertifikasi {scheme} Anda kedaluwarsa dalam {days} hari',
  'certification.expiring.text':
    '{scheme} ({level}) berlaku hingga {date}. Perpanjang sertifikasi ini agar Anda tetap dapat menangani penugasan layanan jarak jauh yang mensyaratkannya.',
  'certification.expired.subject': 'Sertifikasi {scheme} Anda telah kedaluwarsa',
  'certification.expired.text':
    '{scheme} ({level}) hanya berlaku hingga {date}. Perpanjang sertifikasi ini agar Anda tetap dapat menangani penugasan layanan jarak jauh yang mensyaratkannya.',
};
