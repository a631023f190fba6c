import { intlLocale, type CalendarChoice, type Locale } from '@attesta/i18n';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl, type IntlConfig } from 'react-intl';
import { en } from './catalog/en';
import { initialLocaleState, localeState, rememberChoice, setLocaleState, setTranslator, type LocaleState } from './runtime';
import type { MessageId } from './types';

type Messages = Record<string, string>;

/** Each language's catalog, loaded when first chosen (English is in the first bundle). */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  'zh-CN': () => import('./catalog/zh-CN').then((m) => m.zhCN),
  vi: () => import('./catalog/vi').then((m) => m.vi),
  th: () => import('./catalog/th').then((m) => m.th),
  ms: () => import('./catalog/ms').then((m) => m.ms),
  id: () => import('./catalog/id').then((m) => m.id),
};

/** Every message id or format error the portal hit, for the browser tests (a missing key is a failure there). */
declare global {
  interface Window {
    __attestaI18nErrors?: string[];
  }
}

const onError: IntlConfig['onError'] = (error) => {
  const line = `${error.code}: ${error.message}`;
  (window.__attestaI18nErrors ??= []).push(line);
  console.error(`[i18n] ${line}`);
};

async function load(next: LocaleState): Promise<Messages> {
  try {
    if (next.pseudo) return (await import('./pseudo')).pseudoMessages(en);
    return next.locale === 'en' ? en : await LOADERS[next.locale]();
  } catch (error) {
    // A catalog that cannot be loaded (e.g. offline after a deploy) leaves the portal in English, not blank.
    onError?.({ code: 'MISSING_DATA', message: `catalog ${next.locale}: ${(error as Error).message}` } as Parameters<NonNullable<IntlConfig['onError']>>[0]);
    return en;
  }
}

interface LocaleContextValue extends LocaleState {
  /** Switches the portal's language (and, for Thai readers, the calendar); remembered on this device. */
  setLocale: (locale: Locale, calendar?: CalendarChoice) => void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside I18nProvider');
  return value;
}

/**
 * The portal's language: `?lang=`, the reader's choice (this device, then their profile),
 * else the browser's languages. `<html lang>` follows; the subtree re-renders on a switch.
 */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: LocaleState }) {
  const [target, setTarget] = useState<LocaleState>(() => initial ?? initialLocaleState());
  const [loaded, setLoaded] = useState<{ state: LocaleState; messages: Messages } | null>(() =>
    target.locale === 'en' && !target.pseudo ? { state: target, messages: en } : null,
  );

  useEffect(() => {
    let cancelled = false;
    void load(target).then((messages) => {
      if (cancelled) return;
      setLocaleState(target);
      setLoaded({ state: target, messages });
    });
    return () => {
      cancelled = true;
    };
  }, [target]);

  const setLocale = useCallback((locale: Locale, calendar?: CalendarChoice) => {
    const current = localeState();
    const next: LocaleState = { locale, pseudo: false, calendar: calendar ?? (locale === 'th' ? current.calendar : 'gregory') };
    if (next.locale === current.locale && next.calendar === current.calendar && !current.pseudo) return;
    rememberChoice(next.locale, next.calendar);
    setTarget(next);
  }, []);

  const context = useMemo<LocaleContextValue | null>(() => (loaded ? { ...loaded.state, setLocale } : null), [loaded, setLocale]);
  if (!loaded || !context) return null;
  if (localeState() !== loaded.state) setLocaleState(loaded.state);
  return (
    <LocaleContext.Provider value={context}>
      <IntlProvider
        key={`${loaded.state.locale}:${loaded.state.pseudo}:${loaded.state.calendar}`}
        locale={intlLocale(loaded.state.locale, loaded.state.calendar)}
        messages={loaded.messages as Record<MessageId, string>}
        defaultLocale="en"
        onError={onError}
      >
        <TranslatorBridge />
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

/** Hands the current messages to code outside React (the API client's problem titles). */
function TranslatorBridge() {
  const intl = useIntl();
  setTranslator((id, values) => intl.formatMessage({ id }, values));
  return null;
}
