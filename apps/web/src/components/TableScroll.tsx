import type { ReactNode } from 'react';

/**
 * A wide table scrolling sideways with the browser's own scrollbar: Mantine's
 * `Table.ScrollContainer` draws a scroll area that brings a floating-UI library with it, too
 * heavy for a screen that loads first. Marked as a scroll viewport, so scroll-regions.ts makes it
 * a named, keyboard-reachable region whenever it overflows (as it does for scroll areas).
 */
export function TableScroll({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  return (
    <div data-scrollarea-viewport="" data-scroll-x="" style={{ overflowX: 'auto' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
