import { DEFAULT_LOCALE, negotiateLocale, isLocale, type CalendarChoice, type Locale } from '@attesta/i18n';
import { PSEUDO_CLOSE, PSEUDO_LOCALE, PSEUDO_OPEN } from './pseudo-marks';
import type { MessageId } from './types';

/**
 * The portal's current language outside React (formatters, the API client's
 * Accept-Language). The catalogs (catalogs.ts) are the only writer, when a language's messages
 * are in; the provider re-renders the whole tree then, so module-level readers never show a stale language.
 */
export interface LocaleState {
  locale: Locale;
  /** The pseudo-locale for tests: English keys accented and bracketed. */
  pseudo: boolean;
  calendar: CalendarChoice;
}

const STORAGE_KEY = 'attesta.locale';
const CALENDAR_KEY = 'attesta.calendar';

let state: LocaleState = { locale: DEFAULT_LOCALE, pseudo: false, calendar: 'gregory' };

export function localeState(): LocaleState {
  return state;
}

export function setLocaleState(next: LocaleState): void {
  state = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next.pseudo ? PSEUDO_LOCALE : next.locale;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** `?lang=` (kept for the visit), then the reader's earlier choice, then the browser's languages (its Accept-Language). */
export function initialLocaleState(): LocaleState {
  const store = storage();
  const fromUrl = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');
  if (fromUrl && (fromUrl === PSEUDO_LOCALE || isLocale(fromUrl))) store?.setItem(STORAGE_KEY, fromUrl);
  const chosen = fromUrl ?? store?.getItem(STORAGE_KEY);
  const calendar: CalendarChoice = store?.getItem(CALENDAR_KEY) === 'buddhist' ? 'buddhist' : 'gregory';
  if (chosen === PSEUDO_LOCALE) return { locale: 'en', pseudo: true, calendar };
  if (isLocale(chosen)) return { locale: chosen, pseudo: false, calendar };
  const browser = typeof navigator === 'undefined' ? undefined : navigator.languages;
  return { locale: negotiateLocale(browser), pseudo: false, calendar };
}

export function rememberChoice(locale: Locale, calendar: CalendarChoice): void {
  const store = storage();
  store?.setItem(STORAGE_KEY, locale);
  store?.setItem(CALENDAR_KEY, calendar);
}

/** Wraps a formatter's output in the pseudo-locale's marks, so formatted values count as translated. */
export function marked(text: string): string {
  return state.pseudo ? `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}` : text;
}

type Translator = (id: MessageId, values?: Record<string, string | number>) => string;
let translator: Translator | null = null;

export function setTranslator(next: Translator): void {
  translator = next;
}

/** A message outside React (e.g. a problem title made up by the client); the id itself before the provider mounts. */
export function translate(id: MessageId, values?: Record<string, string | number>): string {
  return translator ? translator(id, values) : id;
}
