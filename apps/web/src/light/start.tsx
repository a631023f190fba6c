/** @jsxImportSource preact */
import { render, type ComponentType } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { initialLocaleState, setLocaleState, type LocaleState } from '../i18n/runtime';
import { Frame } from './Frame';
import { applyLocale, chosenLocale, createIntl, IntlProvider, loadMessages, type CatalogFiles, type Intl } from './i18n';

/** A light page: its catalogs (only these namespaces are loaded) and its content. */
export interface LightPage {
  namespaces: CatalogFiles[];
  Page: ComponentType;
}

/**
 * The page in the reader's language inside the public frame. Nothing shows until the
 * language's catalog is in (one small file); the page's own API read was started before
 * (see startLightPage), so the heading and the form come first and the data follows.
 */
export function LightApp({ page, initial }: { page: LightPage; initial: LocaleState }) {
  const [target, setTarget] = useState(initial);
  const [intl, setIntl] = useState<Intl | null>(null);
  const setLocale = useCallback<Intl['setLocale']>((locale, calendar) => {
    const next = chosenLocale(locale, calendar);
    if (next) setTarget(next);
  }, []);
  useEffect(() => {
    let cancelled = false;
    void loadMessages(target, page.namespaces).then((messages) => {
      if (cancelled) return;
      const next = createIntl(target, messages, setLocale);
      applyLocale(next, target);
      setIntl(next);
    });
    return () => {
      cancelled = true;
    };
  }, [target, page, setLocale]);
  // Until the catalog is in: the frame the HTML drew before any script (verify.html, trust.html).
  if (!intl) {
    return (
      <div class="frame-header" aria-hidden="true">
        <div class="container header-row">
          <span class="brand">Attesta</span>
        </div>
      </div>
    );
  }
  return (
    <IntlProvider value={intl}>
      <Frame>
        <page.Page />
      </Frame>
    </IntlProvider>
  );
}

/**
 * Mounts a light page: the language is chosen first (`?lang=`, the reader's stored choice,
 * the browser's languages) so that `<html lang>` and the Accept-Language of the reads the
 * page starts right away (`prefetch`) are already the reader's.
 */
export function startLightPage(page: LightPage, prefetch?: () => void): void {
  const initial = initialLocaleState();
  setLocaleState(initial);
  prefetch?.();
  const root = document.getElementById('root')!;
  // The page draws the same frame at once in place of the HTML's.
  root.replaceChildren();
  render(<LightApp page={page} initial={initial} />, root);
}
