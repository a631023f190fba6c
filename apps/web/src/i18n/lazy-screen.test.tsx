import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, lazyScreen, useLocale, useT } from '.';
import { FRAME_NAMESPACES } from './catalogs';

function Home() {
  const t = useT();
  const { setLocale } = useLocale();
  return (
    <>
      <p>{t('home.loading')}</p>
      <button onClick={() => setLocale('vi')}>{t('common.close')}</button>
    </>
  );
}

describe(lazyScreen.name, () => {
  it('draws a screen only once its namespaces are in, and a language switch brings them in the new language', async () => {
    window.__attestaI18nErrors = [];
    const Screen = lazyScreen(['home'], async () => Home);
    render(
      // As the portal starts: only the frame's namespaces before anything draws.
      <I18nProvider initial={{ locale: 'en', pseudo: false, calendar: 'gregory' }} namespaces={FRAME_NAMESPACES}>
        <Suspense fallback={<p>waiting</p>}>
          <Screen />
        </Suspense>
      </I18nProvider>,
    );
    expect(await screen.findByText('Opening your start page')).toBeTruthy();
    await act(async () => screen.getByRole('button').click());
    expect(await screen.findByText('Đang mở trang bắt đầu của bạn')).toBeTruthy();
    expect(document.documentElement.lang).toBe('vi');
    expect(window.__attestaI18nErrors).toEqual([]);
  });
});
