import { afterEach, describe, expect, it } from 'vitest';
import { installScrollRegions } from './scroll-regions';

/** A scroll-area viewport of the given widths (happy-dom has no layout: the sizes are set). */
function viewport(scrollWidth: number, clientWidth: number, label = 'Components'): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('data-scrollarea-viewport', 'true');
  el.innerHTML = `<div><table aria-label="${label}"><tbody><tr><td>cell</td></tr></tbody></table></div>`;
  Object.defineProperty(el, 'scrollWidth', { configurable: true, get: () => scrollWidth });
  Object.defineProperty(el, 'clientWidth', { configurable: true, get: () => clientWidth });
  Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => 100 });
  Object.defineProperty(el, 'clientHeight', { configurable: true, get: () => 100 });
  return el;
}

describe('scroll regions', () => {
  let stop: () => void = () => undefined;
  afterEach(() => {
    stop();
    document.body.innerHTML = '';
  });

  it('makes an overflowing viewport a focusable region named after its table, and leaves one that fits alone', () => {
    const wide = viewport(860, 390, 'Components of the offering');
    const fits = viewport(390, 390);
    document.body.append(wide, fits);
    stop = installScrollRegions();
    expect([wide.getAttribute('tabindex'), wide.getAttribute('role'), wide.getAttribute('aria-label')]).toEqual(['0', 'region', 'Components of the offering']);
    expect([fits.getAttribute('tabindex'), fits.getAttribute('role')]).toEqual([null, null]);
  });

  it('marks a viewport that arrives later, and never overrides a tab index set by the screen', async () => {
    stop = installScrollRegions();
    const later = viewport(900, 390);
    const own = viewport(900, 390);
    own.setAttribute('tabindex', '-1');
    document.body.append(later, own);
    await new Promise((r) => setTimeout(r, 0));
    expect(later.getAttribute('tabindex')).toBe('0');
    expect([own.getAttribute('tabindex'), own.getAttribute('role')]).toEqual(['-1', null]);
  });
});
