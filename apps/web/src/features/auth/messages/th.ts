import type { en } from './en';

/** The auth messages: exactly the English keys, each an ICU message. */
export const th: { readonly [K in keyof typeof en]: string } = {
  'auth.signIn.product': 'Attesta',
  'auth.signIn.tagline': 'การตรวจประเมินความสอดคล้องสำหรับฮาร์ดแวร์และบริการอัจฉริยะ',
  'auth.signIn.form': 'เข้าสู่ระบบ',
  'auth.signIn.email': 'อีเมล',
  'auth.signIn.password': 'รหัสผ่าน',
  'auth.signIn.submit': 'เข้าสู่ระบบ',
  'auth.signIn.verifyHint': 'ต้องการตรวจสอบใบรับรองหรือไม่ <link>ตรวจสอบหนังสือรับรอง</link>ได้โดยไม่ต้องเข้าสู่ระบบ',
  'auth.confirmSignup.title': 'ยืนยันการลงทะเบียน',
  'auth.confirmSignup.noToken': 'ไม่มีโทเค็นยืนยัน',
  'auth.confirmSignup.noTokenHint': 'โปรดเปิดลิงก์จากอีเมลลงทะเบียนตามที่ได้รับโดยไม่แก้ไข ลิงก์จะลงท้ายด้วย ?token=…',
  'auth.confirmSignup.form': 'ยืนยันการลงทะเบียน',
  'auth.confirmSignup.intro': 'กรอกอีเมลและรหัสผ่านที่ใช้ลงทะเบียน เมื่อยืนยันแล้ว ระบบจะสร้างองค์กรของคุณและนำคุณเข้าสู่ระบบ',
  'auth.confirmSignup.email': 'อีเมล',
  'auth.confirmSignup.password': 'รหัสผ่าน',
  'auth.confirmSignup.submit': 'ยืนยันและเข้าสู่ระบบ',
  'auth.confirmSignup.welcome': 'ยินดีต้อนรับสู่ Attesta องค์กรของคุณพร้อมใช้งานแล้ว',
};
