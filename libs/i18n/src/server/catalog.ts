import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../locales.js';

/** A translation of a catalog: every key of the English one, no other (a gap fails tsc). */
export type Translation<T> = { readonly [K in keyof T]: string };

export type MessageValues = Record<string, string | number>;

const compiled = new Map<string, IntlMessageFormat>();

/** Formats one ICU message of a server catalog; compiled once per locale and text. */
export function formatMessage(locale: Locale, message: string, values: MessageValues = {}): string {
  const key = `${locale}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, locale);
    compiled.set(key, format);
  }
  return String(format.format(values));
}
