/** @jsxImportSource preact */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import { setLocaleState, type LocaleState } from '../i18n/runtime';
import { LightApp, type LightPage } from '../light/start';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
});

/**
 * Renders a light page (Preact, src/light) at `path` as its entry does, in a language: the
 * frame, the page and its catalogs (loaded as in the browser, so wait for the first text).
 */
export async function renderLightPage(
  page: LightPage,
  path: string,
  initial: LocaleState = { locale: 'en', pseudo: false, calendar: 'gregory' },
): Promise<HTMLElement> {
  history.replaceState(null, '', path);
  setLocaleState(initial);
  const container = document.createElement('div');
  document.body.appendChild(container);
  mounted.push(container);
  await act(() => render(<LightApp page={page} initial={initial} />, container));
  return container;
}
