/** @jsxImportSource preact */
import { intlLocale, type CalendarChoice, type Locale } from '@attesta/i18n';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { createContext, type ComponentChild, type VNode } from 'preact';
import { useContext } from 'preact/hooks';
import { localeState, rememberChoice, setLocaleState, setTranslator, type LocaleState } from '../i18n/runtime';
import type { MessageId } from '../i18n/types';

/**
 * The words of the light public pages (/verify, /trust): the portal's own catalogs
 * (features/<feature>/messages/<locale>.ts, ICU MessageFormat; parsed at build time, see
 * precompile-messages.ts), only the namespaces a page shows and only in the reader's language,
 * formatted with intl-messageformat instead of react-intl. The locale comes from the same place as the portal's (`?lang=`, the reader's
 * stored choice, the browser's languages: i18n/runtime.ts).
 */
export type Messages = Partial<Record<MessageId, string | MessageFormatElement[]>>;

/** A catalog file: one exported object (`export const th: Translation<typeof en>`). */
export type CatalogModule = Record<string, Messages>;

/** A namespace's catalog files by path (`import.meta.glob<CatalogModule>('./messages/*.ts')`). */
export type CatalogFiles = Record<string, () => Promise<CatalogModule>>;

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;
export type RichValues = Record<string, string | number | ComponentChild | ((chunks: ComponentChild[]) => ComponentChild)>;

declare global {
  interface Window {
    /** Every missing message or format error a page hit, for the browser tests (shared with the portal). */
    __attestaI18nErrors?: string[];
  }
}

function report(code: string, message: string): void {
  const line = `${code}: ${message}`;
  (window.__attestaI18nErrors ??= []).push(line);
  console.error(`[i18n] ${line}`);
}

/** The messages of the given namespaces in one language; the pseudo-locale accents the English ones. */
export async function loadMessages(state: LocaleState, namespaces: CatalogFiles[]): Promise<Messages> {
  const locale = state.pseudo ? 'en' : state.locale;
  const read = async (files: CatalogFiles) => {
    const file = Object.keys(files).find((path) => path.endsWith(`/${locale}.ts`));
    if (!file) throw new Error(`no ${locale} catalog`);
    return Object.values(await files[file]!())[0]!;
  };
  try {
    const messages = Object.assign({}, ...(await Promise.all(namespaces.map(read)))) as Messages;
    if (!state.pseudo) return messages;
    const { pseudoMessages } = await import('../i18n/pseudo');
    return pseudoMessages(messages as Parameters<typeof pseudoMessages>[0]) as Messages;
  } catch (error) {
    report('MISSING_DATA', `catalog ${state.locale}: ${(error as Error).message}`);
    // A catalog that cannot be loaded (offline after a deploy) leaves the page in English, not blank.
    if (locale === 'en') return {};
    return loadMessages({ ...state, locale: 'en', pseudo: false }, namespaces);
  }
}

export interface Intl {
  locale: Locale;
  pseudo: boolean;
  calendar: CalendarChoice;
  /** A message as plain text. */
  t(id: MessageId, values?: MessageValues): string;
  /** A message with markup (`<b>…</b>`) or elements among its values. */
  rich(id: MessageId, values: RichValues): ComponentChild;
  /** Switches the language (and, for Thai readers, the calendar); remembered on this device. */
  setLocale(locale: Locale, calendar?: CalendarChoice): void;
}

/** A translator over one language's messages; formats are compiled once per message. */
export function createIntl(state: LocaleState, messages: Messages, setLocale: Intl['setLocale']): Intl {
  const compiled = new Map<MessageId, IntlMessageFormat | null>();
  const tag = intlLocale(state.locale, state.calendar);
  const formatOf = (id: MessageId): IntlMessageFormat | null => {
    if (compiled.has(id)) return compiled.get(id)!;
    const message = messages[id];
    let format: IntlMessageFormat | null = null;
    if (message === undefined) report('MISSING_TRANSLATION', `Missing message: "${id}" for locale: "${state.locale}"`);
    else {
      try {
        format = new IntlMessageFormat(message, tag);
      } catch (error) {
        report('INVALID_MESSAGE', `${id}: ${(error as Error).message}`);
      }
    }
    compiled.set(id, format);
    return format;
  };
  const format = (id: MessageId, values?: Record<string, unknown>): unknown => {
    const f = formatOf(id);
    if (!f) return id;
    try {
      return f.format(values as Record<string, never>);
    } catch (error) {
      report('FORMAT_ERROR', `${id}: ${(error as Error).message}`);
      return id;
    }
  };
  return {
    locale: state.locale,
    pseudo: state.pseudo,
    calendar: state.calendar,
    t: (id, values) => {
      const out = format(id, values);
      return Array.isArray(out) ? out.join('') : String(out);
    },
    rich: (id, values) => format(id, values) as ComponentChild,
    setLocale,
  };
}

const IntlContext = createContext<Intl | null>(null);
export const IntlProvider = IntlContext.Provider;

export function useIntl(): Intl {
  const intl = useContext(IntlContext);
  if (!intl) throw new Error('useIntl outside IntlProvider');
  return intl;
}

/** `<b>` in a message, as the portal renders it. */
export const bold = (chunks: ComponentChild[]): VNode => <strong>{chunks}</strong>;

/** The next language state after a reader's choice, remembered on this device (null: nothing changes). */
export function chosenLocale(locale: Locale, calendar?: CalendarChoice): LocaleState | null {
  const current = localeState();
  const next: LocaleState = { locale, pseudo: false, calendar: calendar ?? (locale === 'th' ? current.calendar : 'gregory') };
  if (next.locale === current.locale && next.calendar === current.calendar && !current.pseudo) return null;
  rememberChoice(next.locale, next.calendar);
  return next;
}

/** Makes a loaded language current: `<html lang>`, the formatters and the API client's problem titles follow. */
export function applyLocale(intl: Intl, state: LocaleState): void {
  setLocaleState(state);
  setTranslator((id, values) => intl.t(id, values));
}
