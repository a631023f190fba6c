import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { precompileMessages } from '../../precompile-messages';
import { pseudoMessages } from './pseudo';

/** A catalog as the build's transform sees it (TypeScript already stripped). */
const SOURCE = `/** Comment. */
export const vi = {
  'x.plain': 'Xin chào',
  'x.argument': 'Chào {name}, {count, plural, =0 {không có mục nào} one {# mục} other {# mục}}',
  'x.tag': 'Xem <b>{title}</b> tại {when, date, medium}',
};
`;

function transform(code: string, id: string): string | null {
  const plugin = precompileMessages();
  const hook = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | null;
  const out = hook.call(
    {
      error: (message: string) => {
        throw new Error(message);
      },
    },
    code,
    id,
  );
  return out?.code ?? null;
}

function load(code: string): Record<string, MessageFormatElement[]> {
  return new Function(`"use strict"; ${code.replace(/export const \w+ =/, 'return')}`)() as Record<string, MessageFormatElement[]>;
}

const values = { name: 'Lan', count: 3, title: 'ISO 27001', when: new Date(Date.UTC(2026, 0, 15)), b: (chunks: unknown[]) => `[${chunks.join('')}]` };

function formatAll(messages: Record<string, string | MessageFormatElement[]>): string[] {
  const intl = createIntl({ locale: 'vi', timeZone: 'UTC', messages: messages as Record<string, string> });
  return Object.keys(messages).map((id) => String(intl.formatMessage({ id: id as never }, values as never)));
}

describe('precompiled messages (precompile-messages.ts)', () => {
  const strings = load(SOURCE) as unknown as Record<string, string>;

  it('turns a catalog file into parsed messages that format exactly as the strings do', () => {
    const code = transform(SOURCE, '/repo/apps/web/src/features/workspaces/messages/vi.ts');
    expect(code).not.toBeNull();
    const trees = load(code!);
    expect(Object.values(trees).every(Array.isArray)).toBe(true);
    expect(formatAll(trees)).toEqual(formatAll(strings));
    expect(formatAll(trees)[1]).toBe('Chào Lan, 3 mục');
  });

  it('leaves every other module alone', () => {
    expect(transform(SOURCE, '/repo/apps/web/src/features/workspaces/WorkspaceOverview.tsx')).toBeNull();
  });

  it('the pseudo-locale accents parsed messages as it does strings', () => {
    const trees = load(transform(SOURCE, '/repo/apps/web/src/i18n/common/vi.ts')!);
    expect(formatAll(pseudoMessages(trees))).toEqual(formatAll(pseudoMessages(strings)));
    expect(formatAll(pseudoMessages(trees))[0]).toBe('［Xíñ çhàó］');
  });
});
