import type { en } from './en';

/** The auth messages: exactly the English keys, each an ICU message. */
export const ms: { readonly [K in keyof typeof en]: string } = {
  'auth.signIn.product': 'Attesta',
  'auth.signIn.tagline': 'Penilaian pematuhan untuk perkakasan dan perkhidmatan pintar',
  'auth.signIn.form': 'Log masuk',
  'auth.signIn.email': 'E-mel',
  'auth.signIn.password': 'Kata laluan',
  'auth.signIn.submit': 'Log masuk',
  'auth.signIn.verifyHint': 'Ingin menyemak sijil? <link>Semak pengesahan</link> tanpa log masuk.',
  'auth.confirmSignup.title': 'Sahkan pendaftaran anda',
  'auth.confirmSignup.noToken': 'Tiada token pengesahan',
  'auth.confirmSignup.noTokenHint': 'Buka pautan daripada e-mel pendaftaran seperti yang diterima; pautan itu berakhir dengan ?token=….',
  'auth.confirmSignup.form': 'Sahkan pendaftaran',
  'auth.confirmSignup.intro':
    'Masukkan e-mel dan kata laluan yang anda gunakan semasa mendaftar: pengesahan akan mewujudkan organisasi anda dan melog masuk anda.',
  'auth.confirmSignup.email': 'E-mel',
  'auth.confirmSignup.password': 'Kata laluan',
  'auth.confirmSignup.submit': 'Sahkan dan log masuk',
  'auth.confirmSignup.welcome': 'Selamat datang ke Attesta: organisasi anda sudah sedia.',
};
