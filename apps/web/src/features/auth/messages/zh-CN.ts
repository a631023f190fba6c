import type { en } from './en';

/** The auth messages: exactly the English keys, each an ICU message. */
export const zhCN: { readonly [K in keyof typeof en]: string } = {
  'auth.signIn.product': 'Attesta',
  'auth.signIn.tagline': '硬件与智能服务的符合性评估',
  'auth.signIn.form': '登录',
  'auth.signIn.email': '电子邮箱',
  'auth.signIn.password': '密码',
  'auth.signIn.submit': '登录',
  'auth.signIn.verifyHint': '要核对证书？无需登录即可<link>验证符合性证明</link>。',
  'auth.confirmSignup.title': '确认注册',
  'auth.confirmSignup.noToken': '缺少确认令牌',
  'auth.confirmSignup.noTokenHint': '请原样打开注册邮件中的链接，链接以 ?token=… 结尾。',
  'auth.confirmSignup.form': '确认注册',
  'auth.confirmSignup.intro': '请输入注册时使用的电子邮箱和密码：确认后将创建您的组织并为您登录。',
  'auth.confirmSignup.email': '电子邮箱',
  'auth.confirmSignup.password': '密码',
  'auth.confirmSignup.submit': '确认并登录',
  'auth.confirmSignup.welcome': '欢迎使用 Attesta：您的组织已就绪。',
};
