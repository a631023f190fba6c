import type { en } from './en';

/** The auth messages: exactly the English keys, each an ICU message. */
export const vi: { readonly [K in keyof typeof en]: string } = {
  'auth.signIn.product': 'Attesta',
  'auth.signIn.tagline': 'Đánh giá sự phù hợp cho phần cứng và dịch vụ thông minh',
  'auth.signIn.form': 'Đăng nhập',
  'auth.signIn.email': 'Email',
  'auth.signIn.password': 'Mật khẩu',
  'auth.signIn.submit': 'Đăng nhập',
  'auth.signIn.verifyHint': 'Cần kiểm tra một chứng chỉ? <link>Xác minh chứng thư</link> mà không cần đăng nhập.',
  'auth.confirmSignup.title': 'Xác nhận đăng ký',
  'auth.confirmSignup.noToken': 'Thiếu mã xác nhận',
  'auth.confirmSignup.noTokenHint': 'Hãy mở nguyên vẹn đường liên kết trong email đăng ký; liên kết kết thúc bằng ?token=….',
  'auth.confirmSignup.form': 'Xác nhận đăng ký',
  'auth.confirmSignup.intro': 'Nhập email và mật khẩu bạn đã dùng khi đăng ký: việc xác nhận sẽ tạo tổ chức của bạn và đăng nhập cho bạn.',
  'auth.confirmSignup.email': 'Email',
  'auth.confirmSignup.password': 'Mật khẩu',
  'auth.confirmSignup.submit': 'Xác nhận và đăng nhập',
  'auth.confirmSignup.welcome': 'Chào mừng bạn đến với Attesta: tổ chức của bạn đã sẵn sàng.',
};
