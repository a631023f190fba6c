/**
 * Scrolled regions a keyboard can reach. A wide table on a phone scrolls sideways inside its
 * scroll area; without a tab stop a keyboard user can never see its right-hand columns
 * (WCAG 2.1.1, axe `scrollable-region-focusable`). Every scroll-area viewport that overflows
 * becomes a focusable, named region; one that fits gets no extra tab stop. Installed once for
 * the whole portal, so each of the many `Table.ScrollContainer`s needs nothing of its own.
 */
const VIEWPORT = '[data-scrollarea-viewport]';
const MARK = 'data-keyboard-scroll';

function overflows(el: HTMLElement): boolean {
  return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
}

function update(el: HTMLElement): void {
  if (overflows(el)) {
    if (el.getAttribute('tabindex') === null) {
      el.setAttribute('tabindex', '0');
      el.setAttribute(MARK, '');
    }
    if (el.hasAttribute(MARK) && !el.hasAttribute('aria-label')) {
      const named = el.querySelector<HTMLElement>('[aria-label]');
      const label = named?.getAttribute('aria-label');
      if (label) {
        el.setAttribute('role', 'region');
        el.setAttribute('aria-label', label);
      }
    }
  } else if (el.hasAttribute(MARK)) {
    for (const name of ['tabindex', 'role', 'aria-label', MARK]) el.removeAttribute(name);
  }
}

export function installScrollRegions(root: HTMLElement = document.body): () => void {
  if (typeof ResizeObserver === 'undefined' || typeof MutationObserver === 'undefined') return () => undefined;
  const watched = new WeakSet<Element>();
  const resize = new ResizeObserver((entries) =>
    entries.forEach((e) => {
      const viewport = e.target.closest<HTMLElement>(VIEWPORT);
      if (viewport) update(viewport);
    }),
  );
  const watch = (el: HTMLElement) => {
    if (watched.has(el)) return;
    watched.add(el);
    resize.observe(el);
    // Its content changes size too (rows arrive after the first paint).
    const inner = el.firstElementChild;
    if (inner) resize.observe(inner);
    update(el);
  };
  const scan = (node: ParentNode) => node.querySelectorAll<HTMLElement>(VIEWPORT).forEach(watch);
  const mutations = new MutationObserver((records) => {
    for (const r of records) {
      r.addedNodes.forEach((n) => {
        if (!(n instanceof HTMLElement)) return;
        if (n.matches(VIEWPORT)) watch(n);
        scan(n);
        const viewport = n.closest<HTMLElement>(VIEWPORT);
        if (viewport) update(viewport);
      });
    }
  });
  scan(root);
  mutations.observe(root, { childList: true, subtree: true });
  return () => {
    mutations.disconnect();
    resize.disconnect();
  };
}
