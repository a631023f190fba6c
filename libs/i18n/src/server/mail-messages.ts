import type { Locale } from '../locales.js';
import { formatMessage, type MessageValues } from './catalog.js';
import { en } from './mail/en.js';
import { id } from './mail/id.js';
import { ms } from './mail/ms.js';
import { th } from './mail/th.js';
import { vi } from './mail/vi.js';
import { zhCN } from './mail/zh-CN.js';

export type MailMessageKey = keyof typeof en;

const MAIL: Record<Locale, Readonly<Record<MailMessageKey, string>>> = { en, 'zh-CN': zhCN, vi, th, ms, id };

/** One message of the mail catalogs in the recipient's language. */
export function mailText(locale: Locale, key: MailMessageKey, values: MessageValues = {}): string {
  return formatMessage(locale, MAIL[locale][key], values);
}
