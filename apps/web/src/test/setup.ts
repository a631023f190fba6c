import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { preloadCatalogs } from '../i18n/catalogs';

// Every English catalog fetched ahead: a component renders at once, as it did when English was one bundle.
await preloadCatalogs('en');

// Mantine reads these browser APIs, which happy-dom does not implement.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// Mantine's autosizing Textarea waits for fonts, which happy-dom does not load.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() } });
}

afterEach(() => cleanup());
