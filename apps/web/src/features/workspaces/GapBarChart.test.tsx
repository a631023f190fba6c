import { screen, within } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { MessageId, MessageValues } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { GapBarChart } from './GapBarChart';
import { gapChart, type FrameworkGap } from './gap-analysis';
import { en } from './messages/en';

const intl = createIntl({ locale: 'en', messages: en as Record<MessageId, string> });
const t = (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values as Record<string, string | number>);

const framework = {
  frameworkId: 'f1',
  code: 'attesta-dser',
  title: 'Digital Service Export Readiness Baseline',
  titleLanguage: 'en',
  version: '1.0',
  total: 12,
  applicable: 10,
  covered: 4,
  inherited: 2,
  accepted: 3,
  openFindings: 1,
  gaps: 4,
  coveredPercent: 60,
  acceptedPercent: 30,
} as FrameworkGap;

function draw(f: FrameworkGap = framework) {
  return renderWithProviders(<GapBarChart chart={gapChart(f, t)} max={f.applicable} axisLabel="Applicable requirements" />);
}

describe(GapBarChart.name, () => {
  it('draws each stacked part as its share of the applicable requirements, hidden from assistive technology and out of the tab order', () => {
    const { container } = draw();
    const drawing = container.querySelector('[aria-hidden="true"]')!;
    expect(drawing).not.toBeNull();
    const widths = [...drawing.querySelectorAll<HTMLElement>('[style*="width"]')].map((bar) => bar.style.width);
    // Evidence: covered 4, inherited 2, gaps 4; review: accepted 3, not accepted 7 — of 10.
    expect(widths).toEqual(['40%', '20%', '40%', '30%', '70%']);
    expect(drawing.querySelectorAll('a, button, input, select, textarea, [tabindex]')).toHaveLength(0);
    expect(within(drawing as HTMLElement).getByText('Covered by evidence')).toBeTruthy();
  });

  it('gives screen readers the same numbers as a table', () => {
    draw();
    const table = screen.getByRole('table', { name: 'Applicable requirements' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual(['Evidence', 'Covered by evidence4', 'Inherited (crosswalk)2', 'Gaps4', 'Review', 'Accepted by assessor3', 'Not yet accepted7']);
    expect(within(table).getByRole('rowheader', { name: 'Gaps' })).toBeTruthy();
  });

  it('draws nothing for an empty part and never past the end of the bar', () => {
    const { container } = draw({ ...framework, applicable: 0, covered: 0, inherited: 0, gaps: 0, accepted: 0 });
    expect(container.querySelectorAll('[aria-hidden="true"] [style*="width"]')).toHaveLength(0);
    const over = draw({ ...framework, applicable: 2, covered: 5, inherited: 0, gaps: 0 }).container;
    expect([...over.querySelectorAll<HTMLElement>('[aria-hidden="true"] [style*="width"]')].map((bar) => bar.style.width)).toContain('100%');
  });
});
