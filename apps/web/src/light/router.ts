import { useEffect, useState } from 'preact/hooks';

/**
 * Navigation inside one light page (from one serial to another on /verify): the history
 * API, no router library. Links to other pages are plain links (full page loads).
 */
const CHANGE = 'attesta:navigate';

export function navigate(path: string): void {
  if (path === location.pathname + location.search) return;
  history.pushState(null, '', path);
  window.dispatchEvent(new Event(CHANGE));
}

/** The current path, re-rendering on navigate() and on the browser's back and forward. */
export function usePath(): string {
  const [path, setPath] = useState(() => location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return path;
}

/** A click on a link of this page: handled here unless the reader asked for a new tab or window. */
export function followInPage(event: MouseEvent): void {
  const link = event.currentTarget as HTMLAnchorElement;
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target) return;
  event.preventDefault();
  navigate(link.getAttribute('href')!);
  window.scrollTo?.(0, 0);
}
