/** @jsxImportSource preact */
import { LOCALE_ENDONYMS, LOCALES, isLocale } from '@attesta/i18n';
import type { ComponentChildren } from 'preact';
import { marked } from '../i18n/runtime';
import { useIntl } from './i18n';

/**
 * The language picker (each language named in itself) and, for Thai readers, the calendar:
 * native selects, keyboard and screen-reader friendly without a component library.
 */
export function LocaleSwitcher() {
  const intl = useIntl();
  return (
    <div class="locale-switcher">
      <select
        aria-label={intl.t('common.locale.label')}
        data-testid="locale-switcher"
        value={intl.locale}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isLocale(value) && value !== intl.locale) intl.setLocale(value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {marked(LOCALE_ENDONYMS[l])}
          </option>
        ))}
      </select>
      {intl.locale === 'th' ? (
        <select
          aria-label={intl.t('common.locale.calendar')}
          value={intl.calendar}
          onChange={(e) => intl.setLocale('th', e.currentTarget.value === 'buddhist' ? 'buddhist' : 'gregory')}
        >
          <option value="gregory">{intl.t('common.locale.gregorian')}</option>
          <option value="buddhist">{intl.t('common.locale.buddhist')}</option>
        </select>
      ) : null}
    </div>
  );
}

/** The frame of the pages anyone may open without signing in: brand, language, sign-in link. */
export function Frame({ children }: { children: ComponentChildren }) {
  const intl = useIntl();
  return (
    <>
      <a class="skip-link" href="#main">
        {intl.t('common.shell.skipToContent')}
      </a>
      <header class="frame-header">
        <div class="container header-row">
          <a class="brand" href="/verify">
            {intl.t('common.brand')}
          </a>
          <div class="header-controls">
            <LocaleSwitcher />
            {/* The portal is another page (the full React app): a plain link, a full load. */}
            <a class="small" href="/sign-in">
              {intl.t('common.public.signIn')}
            </a>
          </div>
        </div>
      </header>
      <main id="main" class="container page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
