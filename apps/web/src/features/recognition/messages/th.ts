import type { Translation } from '../../../i18n/types';
import type { en } from './en';

export const th: Translation<typeof en> = {
  'recognition.outcome.accept': 'ยอมรับ',
  'recognition.outcome.acceptWithResidualGaps': 'ยอมรับโดยมีช่องว่างคงเหลือ',
  'recognition.outcome.reassess': 'ประเมินใหม่',
  'recognition.title': 'เส้นทางการยอมรับ',
  'recognition.description': 'สิ่งที่แต่ละตลาดเป้าหมายยอมรับ ตามการจับคู่ที่อนุมัติแล้ว กฎการยอมรับ และหนังสือรับรองของชุดข้อเสนอ',
  'recognition.market': 'ตลาดเป้าหมาย',
  'recognition.downloadCsv': 'ดาวน์โหลด CSV เส้นทางการยอมรับ',
  'recognition.csvFailed': 'ไม่สามารถดาวน์โหลด CSV ได้',
  'recognition.loading': 'กำลังโหลดเส้นทางการยอมรับ',
  'recognition.empty.title': 'ไม่มีเส้นทางการยอมรับ',
  'recognition.empty.body': 'ไม่มีกรอบมาตรฐานเป้าหมายและกฎการยอมรับสำหรับ{market}',
  'recognition.frameworkInMarket': '{framework} {code} ใน{market}',
  'recognition.illustrative': 'กฎตัวอย่าง ไม่ใช่คำแนะนำทางกฎหมาย',
  'recognition.coverage.covered': 'ครอบคลุม {count, number}',
  'recognition.coverage.partial': 'จับคู่บางส่วน {count, number}',
  'recognition.coverage.unmapped': 'ยังไม่จับคู่ {count, number}',
  'recognition.coverage.via': 'จาก {total} ผ่าน {collection}',
  'recognition.residualGaps': 'ช่องว่างคงเหลือของ {code}',
  'recognition.column.requirement': 'ข้อกำหนด',
  'recognition.column.gap': 'ช่องว่าง',
  'recognition.column.closeWith': 'วิธีปิดช่องว่าง',
  'recognition.gap.partial': 'จับคู่บางส่วน',
  'recognition.gap.unmapped': 'ยังไม่จับคู่',
};
