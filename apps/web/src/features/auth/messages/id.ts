import type { en } from './en';

/** The auth messages: exactly the English keys, each an ICU message. */
export const id: { readonly [K in keyof typeof en]: string } = {
  'auth.signIn.product': 'Attesta',
  'auth.signIn.tagline': 'Penilaian kesesuaian untuk perangkat keras dan layanan cerdas',
  'auth.signIn.form': 'Masuk',
  'auth.signIn.email': 'Email',
  'auth.signIn.password': 'Kata sandi',
  'auth.signIn.submit': 'Masuk',
  'auth.signIn.verifyHint': 'Ingin memeriksa sertifikat? <link>Verifikasi atestasi</link> tanpa masuk.',
  'auth.confirmSignup.title': 'Konfirmasi pendaftaran Anda',
  'auth.confirmSignup.noToken': 'Token konfirmasi tidak ada',
  'auth.confirmSignup.noTokenHint': 'Buka tautan dari email pendaftaran apa adanya; tautan itu diakhiri dengan ?token=….',
  'auth.confirmSignup.form': 'Konfirmasi pendaftaran',
  'auth.confirmSignup.intro':
    'Masukkan email dan kata sandi yang Anda gunakan saat mendaftar: konfirmasi akan membuat organisasi Anda dan memasukkan Anda ke portal.',
  'auth.confirmSignup.email': 'Email',
  'auth.confirmSignup.password': 'Kata sandi',
  'auth.confirmSignup.submit': 'Konfirmasi dan masuk',
  'auth.confirmSignup.welcome': 'Selamat datang di Attesta: organisasi Anda sudah siap.',
};
