import { intlLocale, type CalendarChoice, type Locale } from '@attesta/i18n';
import { createContext, use, useCallback, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { IntlProvider, useIntl, type IntlConfig } from 'react-intl';
import { catalogSnapshot, loadNamespaces, NAMESPACES, onCatalogError, startCatalogs, subscribeCatalogs, switchCatalogs } from './catalogs';
import { initialLocaleState, localeState, rememberChoice, setTranslator, type LocaleState } from './runtime';
import type { MessageId, Namespace } from './types';

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
onCatalogError((message) => onError({ code: 'MISSING_DATA', message } as Parameters<NonNullable<IntlConfig['onError']>>[0]));

interface LocaleContextValue extends LocaleState {
  /** Switches the portal's language (and, for Thai readers, the calendar); remembered on this device. */
  setLocale: (locale: Locale, calendar?: CalendarChoice) => void;
  /** The namespaces whose messages are in. */
  namespaces: ReadonlySet<Namespace>;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside I18nProvider');
  return value;
}

/** Suspends until the namespaces' messages are in (a screen loaded with `lazyScreen` has them already). */
export function useNamespaces(namespaces: readonly Namespace[]): void {
  const { namespaces: loaded } = useLocale();
  if (!namespaces.every((ns) => loaded.has(ns))) use(loadNamespaces(namespaces));
}

/**
 * The portal's language: `?lang=`, the reader's choice (this device, then their profile),
 * else the browser's languages. `<html lang>` follows; the subtree re-renders on a switch.
 * `namespaces` are the messages loaded before anything draws (the portal: the frame's own,
 * `common`; screens load theirs); without it, every namespace (component tests).
 */
export function I18nProvider({
  children,
  initial,
  namespaces = NAMESPACES,
}: {
  children: ReactNode;
  initial?: LocaleState;
  namespaces?: readonly Namespace[];
}) {
  useState(() => startCatalogs(initial ?? initialLocaleState(), namespaces));
  const snapshot = useSyncExternalStore(subscribeCatalogs, catalogSnapshot);

  const setLocale = useCallback((locale: Locale, calendar?: CalendarChoice) => {
    const current = localeState();
    const next: LocaleState = { locale, pseudo: false, calendar: calendar ?? (locale === 'th' ? current.calendar : 'gregory') };
    if (next.locale === current.locale && next.calendar === current.calendar && !current.pseudo) return;
    rememberChoice(next.locale, next.calendar);
    switchCatalogs(next);
  }, []);

  const context = useMemo<LocaleContextValue | null>(
    () => (snapshot ? { ...snapshot.state, namespaces: snapshot.namespaces, setLocale } : null),
    [snapshot, setLocale],
  );
  if (!snapshot || !context) return null;
  return (
    <LocaleContext.Provider value={context}>
      <IntlProvider
        key={`${snapshot.state.locale}:${snapshot.state.pseudo}:${snapshot.state.calendar}`}
        locale={intlLocale(snapshot.state.locale, snapshot.state.calendar)}
        messages={snapshot.messages as Record<MessageId, string>}
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
