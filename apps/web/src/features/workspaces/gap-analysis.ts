import type { Schemas } from '../../api/client';
import { formatPercent } from '../../components/format';
import type { MessageId, MessageValues } from '../../i18n';

export type GapAnalysis = Schemas['GapAnalysisDto'];
export type FrameworkGap = Schemas['FrameworkGapDto'];
export type GapRow = Schemas['GapRowDto'];

/** A series of the stacked bars: its key in `data`, its name for the reader, a theme colour (`teal.7`). */
export interface GapSeries {
  name: string;
  label: string;
  color: string;
  stackId: string;
}

export interface GapChart {
  data: Record<string, string | number>[];
  series: GapSeries[];
  /** The chart in words, for screen readers. */
  summary: string;
}

type Translate = (id: MessageId, values?: MessageValues) => string;

/**
 * One framework's gap analysis as two stacked bars over its applicable requirements:
 * how they are covered (own evidence, inherited through a crosswalk, or a gap) and how
 * many the assessor has accepted. Bars, series and the summary are in the reader's language.
 */
export function gapChart(f: FrameworkGap, t: Translate): GapChart {
  const notAccepted = Math.max(0, f.applicable - f.accepted);
  return {
    data: [
      { bucket: t('workspaces.gapChart.bucket.evidence'), covered: f.covered, inherited: f.inherited, gaps: f.gaps },
      { bucket: t('workspaces.gapChart.bucket.review'), accepted: f.accepted, notAccepted },
    ],
    series: [
      { name: 'covered', label: t('workspaces.gapChart.series.covered'), color: 'teal.7', stackId: 'requirements' },
      { name: 'inherited', label: t('workspaces.gapChart.series.inherited'), color: 'blue.6', stackId: 'requirements' },
      { name: 'gaps', label: t('workspaces.gapChart.series.gaps'), color: 'red.7', stackId: 'requirements' },
      { name: 'accepted', label: t('workspaces.gapChart.series.accepted'), color: 'green.8', stackId: 'requirements' },
      { name: 'notAccepted', label: t('workspaces.gapChart.series.notAccepted'), color: 'gray.5', stackId: 'requirements' },
    ],
    summary: t('workspaces.gapChart.summary', {
      framework: `${f.code} ${f.version}`,
      applicable: f.applicable,
      total: f.total,
      covered: f.covered,
      inherited: f.inherited,
      gaps: f.gaps,
      coveredPercent: formatPercent(f.coveredPercent / 100, 0),
      accepted: f.accepted,
      acceptedPercent: formatPercent(f.acceptedPercent / 100, 0),
      openFindings: f.openFindings,
    }),
  };
}

export type RowFilter = 'all' | 'gap' | 'covered' | 'inherited' | 'not_applicable' | 'accepted' | 'open_findings' | 'expiring';

export interface RowQuery {
  status: RowFilter;
  frameworkId: string | null;
  search: string;
  /** Requirements whose linked evidence expires soon or has expired. */
  expiring?: ReadonlySet<string>;
}

/** The requirement rows a filter selects, in the analysis' order. */
export function filterGapRows(rows: readonly GapRow[], q: RowQuery): GapRow[] {
  const term = q.search.trim().toLowerCase();
  return rows.filter((r) => {
    if (q.frameworkId && r.frameworkId !== q.frameworkId) return false;
    if (term && !r.ref.toLowerCase().includes(term) && !r.title.toLowerCase().includes(term)) return false;
    switch (q.status) {
      case 'all':
        return true;
      case 'accepted':
        return r.accepted;
      case 'open_findings':
        return r.openFindings > 0;
      case 'expiring':
        return q.expiring?.has(r.requirementId) ?? false;
      default:
        return r.status === q.status;
    }
  });
}

/** How many rows each filter would select (for the filter's labels). */
export function countByFilter(rows: readonly GapRow[], expiring?: ReadonlySet<string>): Record<RowFilter, number> {
  return {
    all: rows.length,
    gap: rows.filter((r) => r.status === 'gap').length,
    covered: rows.filter((r) => r.status === 'covered').length,
    inherited: rows.filter((r) => r.status === 'inherited').length,
    not_applicable: rows.filter((r) => r.status === 'not_applicable').length,
    accepted: rows.filter((r) => r.accepted).length,
    open_findings: rows.filter((r) => r.openFindings > 0).length,
    expiring: rows.filter((r) => expiring?.has(r.requirementId)).length,
  };
}
