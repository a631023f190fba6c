/** @jsxImportSource preact */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIntl, loadMessages, type CatalogFiles } from './i18n';

const files = (catalogs: Record<string, Record<string, string>>): CatalogFiles =>
  Object.fromEntries(Object.entries(catalogs).map(([locale, messages]) => [`./messages/${locale}.ts`, async () => ({ [locale]: messages })]));

afterEach(() => {
  delete window.__attestaI18nErrors;
  vi.restoreAllMocks();
});

describe('light page words', () => {
  it('loads only the reader’s language, every namespace merged', async () => {
    const en = vi.fn(async () => ({ en: { 'public.verify.title': 'Verify an attestation' } }));
    const vi1 = vi.fn(async () => ({ vi: { 'public.verify.title': 'Xác minh chứng thư' } }));
    const common = files({ vi: { 'common.brand': 'Attesta' } });
    const messages = await loadMessages({ locale: 'vi', pseudo: false, calendar: 'gregory' }, [{ './messages/en.ts': en, './messages/vi.ts': vi1 }, common]);
    expect(messages).toEqual({ 'public.verify.title': 'Xác minh chứng thư', 'common.brand': 'Attesta' });
    expect(en).not.toHaveBeenCalled();
  });

  it('falls back to English when a language’s catalog cannot be loaded, and says so', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const catalogs: CatalogFiles = {
      './messages/en.ts': async () => ({ en: { 'public.verify.title': 'Verify an attestation' } }),
      './messages/th.ts': () => Promise.reject(new Error('offline')),
    };
    const messages = await loadMessages({ locale: 'th', pseudo: false, calendar: 'gregory' }, [catalogs]);
    expect(messages).toEqual({ 'public.verify.title': 'Verify an attestation' });
    expect(window.__attestaI18nErrors).toEqual(['MISSING_DATA: catalog th: offline']);
  });

  it('formats ICU messages (plurals, markup) in the language, and reports a missing id', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const intl = createIntl(
      { locale: 'en', pseudo: false, calendar: 'gregory' },
      { 'trust.page.count': '{count, plural, one {# attestation} other {# attestations}}', 'public.serial.notFound': 'No attestation <b>{serial}</b>.' },
      () => undefined,
    );
    expect(intl.t('trust.page.count', { count: 1 })).toBe('1 attestation');
    expect(intl.t('trust.page.count', { count: 1200 })).toBe('1,200 attestations');
    const container = document.createElement('div');
    render(<p>{intl.rich('public.serial.notFound', { serial: 'AT-1', b: (chunks) => <strong>{chunks}</strong> })}</p>, container);
    expect(container.innerHTML).toBe('<p>No attestation <strong>AT-1</strong>.</p>');
    expect(intl.t('public.verify.title')).toBe('public.verify.title');
    expect(window.__attestaI18nErrors).toEqual(['MISSING_TRANSLATION: Missing message: "public.verify.title" for locale: "en"']);
  });
});
