import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import type { MessageId, MessageValues } from '../../i18n';
import { countByFilter, filterGapRows, gapChart, type FrameworkGap, type GapRow } from './gap-analysis';

const intl = createIntl({ locale: 'en', messages: en as Record<MessageId, string> });
const t = (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values as Record<string, string | number>);

const framework: FrameworkGap = {
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
};

const row = (over: Partial<GapRow>): GapRow => ({
  frameworkId: 'f1',
  requirementId: 'r',
  ref: 'DSER-1.1',
  title: 'Service-level description',
  titleLanguage: 'en',
  applicable: true,
  evidenceCount: 0,
  accepted: false,
  openFindings: 0,
  status: 'gap',
  inheritedFrom: null,
  ...over,
});

describe('gapChart', () => {
  it('stacks coverage (covered, inherited, gaps) and review (accepted, the rest) over the applicable requirements, with named series', () => {
    const chart = gapChart(framework, t);
    expect(chart.data).toEqual([
      { bucket: 'Evidence', covered: 4, inherited: 2, gaps: 4 },
      { bucket: 'Review', accepted: 3, notAccepted: 7 },
    ]);
    expect(chart.series.map((s) => s.name)).toEqual(['covered', 'inherited', 'gaps', 'accepted', 'notAccepted']);
    expect(chart.series.map((s) => s.label)).toEqual(['Covered by evidence', 'Inherited (crosswalk)', 'Gaps', 'Accepted by assessor', 'Not yet accepted']);
    expect(new Set(chart.series.map((s) => s.stackId)).size).toBe(1);
  });

  it('says the same in words, in the reader’s notation', () => {
    expect(gapChart(framework, t).summary).toBe(
      'attesta-dser 1.0: 10 of 12 requirements apply. 4 covered by evidence, 2 inherited through crosswalks, 4 gaps (60% covered). 3 accepted by the assessor (30%), 1 open finding.',
    );
  });

  it('never draws a negative remainder', () => {
    expect(gapChart({ ...framework, applicable: 0, accepted: 0 }, t).data[1]).toEqual({ bucket: 'Review', accepted: 0, notAccepted: 0 });
  });
});

describe('filterGapRows', () => {
  const rows = [
    row({ requirementId: 'a', ref: 'DSER-1.1', status: 'covered', evidenceCount: 1, accepted: true }),
    row({ requirementId: 'b', ref: 'DSER-1.2', title: 'Incident response', status: 'gap', openFindings: 2 }),
    row({ requirementId: 'c', ref: 'A.5.1', frameworkId: 'f2', status: 'inherited' }),
    row({ requirementId: 'd', ref: 'A.5.2', frameworkId: 'f2', status: 'not_applicable', applicable: false }),
  ];
  const ids = (q: Parameters<typeof filterGapRows>[1]) => filterGapRows(rows, q).map((r) => r.requirementId);

  it('selects by status, acceptance, open findings and expiring evidence', () => {
    expect(ids({ status: 'all', frameworkId: null, search: '' })).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ status: 'gap', frameworkId: null, search: '' })).toEqual(['b']);
    expect(ids({ status: 'accepted', frameworkId: null, search: '' })).toEqual(['a']);
    expect(ids({ status: 'open_findings', frameworkId: null, search: '' })).toEqual(['b']);
    expect(ids({ status: 'expiring', frameworkId: null, search: '', expiring: new Set(['c']) })).toEqual(['c']);
    expect(ids({ status: 'expiring', frameworkId: null, search: '' })).toEqual([]);
  });

  it('narrows by framework and by a search over ref and title', () => {
    expect(ids({ status: 'all', frameworkId: 'f2', search: '' })).toEqual(['c', 'd']);
    expect(ids({ status: 'all', frameworkId: null, search: 'incident' })).toEqual(['b']);
    expect(ids({ status: 'all', frameworkId: null, search: 'a.5' })).toEqual(['c', 'd']);
  });

  it('counts what each filter would show', () => {
    expect(countByFilter(rows, new Set(['a', 'b']))).toEqual({
      all: 4,
      gap: 1,
      covered: 1,
      inherited: 1,
      not_applicable: 1,
      accepted: 1,
      open_findings: 1,
      expiring: 2,
    });
  });
});
