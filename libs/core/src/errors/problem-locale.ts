import {
  DEFAULT_LOCALE,
  httpDetail,
  type HttpDetailKey,
  type Locale,
  localizeFieldMessage,
  type MessageValues,
  negotiateLocale,
  problemDetailForCode,
  problemTitle,
} from '@attesta/i18n';
import type { DomainError, FieldIssue } from './domain-error.js';

/**
 * Problem details in the caller's language (`Accept-Language`, RFC 9110 §12.5.4). English
 * answers keep the texts each error was raised with, word for word; other languages take the
 * server catalogs of libs/i18n, and keep the English detail of a code that has no translation yet.
 */
export function problemLocale(acceptLanguage: string | string[] | undefined): Locale {
  return negotiateLocale(Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage);
}

export function localizedTitle(locale: Locale, status: number, english: string): string {
  return locale === DEFAULT_LOCALE ? english : problemTitle(locale, status);
}

export function localizedHttpDetail(locale: Locale, key: HttpDetailKey, english: string, values?: MessageValues): string {
  return locale === DEFAULT_LOCALE ? english : httpDetail(locale, key, values);
}

export function localizedFieldIssues(locale: Locale, issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((i) => ({ field: i.field, message: localizeFieldMessage(locale, i.field, i.message) }));
}

/** Codes whose English detail lists the field issues: translated, the list is the detail. */
const DETAIL_IS_THE_ISSUES = new Set(['core.validation_failed', 'core.unsupported_characters']);

export function localizedDomainDetail(locale: Locale, error: DomainError): string {
  if (locale === DEFAULT_LOCALE) return error.message;
  if (DETAIL_IS_THE_ISSUES.has(error.code) && error.errors?.length) {
    return localizedFieldIssues(locale, error.errors)
      .map((i) => `${i.field}: ${i.message}`)
      .join('; ');
  }
  const seconds = Math.max(1, Math.ceil(error.retryAfterSeconds ?? 1));
  return problemDetailForCode(locale, error.code, { seconds }) ?? error.message;
}
