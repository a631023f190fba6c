/** @jsxImportSource preact */
import type { ComponentChild } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface Tab {
  id: string;
  label: string;
  panel: () => ComponentChild;
}

/**
 * Tabs as the WAI-ARIA pattern has them: one tab stop, arrow keys (Home, End) move between
 * tabs and select them; only the selected panel is drawn.
 */
export function Tabs({ tabs, label }: { tabs: Tab[]; label: string }) {
  const [selected, setSelected] = useState(tabs[0]!.id);
  const list = useRef<HTMLDivElement>(null);
  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length]!;
    setSelected(tab.id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${tab.id}`)?.focus();
  };
  const current = tabs.find((t) => t.id === selected) ?? tabs[0]!;
  return (
    <div class="tabs">
      <div
        class="tab-list"
        role="tablist"
        aria-label={label}
        ref={list}
        onKeyDown={(e) => {
          const at = tabs.findIndex((t) => t.id === selected);
          const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
          if (to === undefined) return;
          e.preventDefault();
          select(to);
        }}
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            class="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls={t.id === current.id ? `panel-${t.id}` : undefined}
            tabIndex={t.id === current.id ? 0 : -1}
            onClick={() => setSelected(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div class="tab-panel" role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
        {current.panel()}
      </div>
    </div>
  );
}
