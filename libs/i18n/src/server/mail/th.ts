import type { Translation } from '../catalog.js';
import type { en } from './en.js';

export const th: Translation<typeof en> = {
  'invitation.subject': 'คุณได้รับเชิญให้เข้าร่วม {organization} บน Attesta',
  'invitation.text':
    'เปิด {url} เพื่อเข้าร่วม {organization} บน Attesta ในฐานะ{role, select, owner {เจ้าของ} admin {ผู้ดูแลระบบ} other {สมาชิก}} ลิงก์นี้ใช้ได้เพียงครั้งเดียวและจะหมดอายุในวันที่ {date}',
  'signup.subject': 'ยืนยันการสมัครใช้งาน Attesta ของคุณ',
  'signup.text': 'เปิด {url} เพื่อสร้าง {organization} บน Attesta และเข้าสู่ระบบ ลิงก์นี้ใช้ได้เพียงครั้งเดียวและจะหมดอายุในวันที่ {date} หากคุณไม่ได้สมัครใช้งาน โปรดเพิกเฉยต่ออีเมลนี้',
  'accountExists.subject': 'คุณมีบัญชี Attesta อยู่แล้ว',
  'accountExists.text':
    'มีผู้ใด (อาจเป็นคุณ) พยายามสมัครใช้งานด้วยที่อยู่อีเมลนี้ ซึ่งมีบัญชี Attesta อยู่แล้ว โปรดเข้าสู่ระบบที่ {url} หากต้องการเข้าร่วมองค์กร โปรดขอให้เจ้าขององค์กรนั้นเชิญคุณ หากไม่ใช่คุณ ก็ไม่มีสิ่งใดเปลี่ยนแปลง',
  'certification.expiring.subject': 'ใบรับรองคุณวุฒิ {scheme} ของคุณจะหมดอายุในอีก {days} วัน',
  'certification.expiring.text': '{scheme} ({level}) มีผลถึงวันที่ {date} โปรดต่ออายุเพื่อให้ยังรับงานบริการระยะไกลที่กำหนดให้ต้องมีใบรับรองนี้ได้ต่อไป',
  'certification.expired.subject': 'ใบรับรองคุณวุฒิ {scheme} ของคุณหมดอายุแล้ว',
  'certification.expired.text': '{scheme} ({level}) มีผลถึงวันที่ {date} เท่านั้น โปรดต่ออายุเพื่อให้ยังรับงานบริการระยะไกลที่กำหนดให้ต้องมีใบรับรองนี้ได้ต่อไป',
};
