import type { BarChartSeries } from '@mantine/charts';
import type { Schemas } from '../../api/client';

export type GapAnalysis = Schemas['GapAnalysisDto'];
export type FrameworkGap = Schemas['FrameworkGapDto'];
export type GapRow = Schemas['GapRowDto'];

export interface GapChart {
  data: Record<string, string | number>[];
  series: BarChartSeries[];
  /** The chart in words, for screen readers. */
  summary: string;
}

/**
 * One framework's gap analysis as two stacked bars over its applicable requirements:
 * how they are covered (own evidence, inherited through a crosswalk, or a gap) and how
 * many the assessor has accepted.
 */
export function gapChart(f: FrameworkGap): GapChart {
  const notAccepted = Math.max(0, f.applicable - f.accepted);
  return {
    data: [
      { bucket: 'Evidence', covered: f.covered, inherited: f.inherited, gaps: f.gaps },
      { bucket: 'Review', accepted: f.accepted, notAccepted },
    ],
    series: [
      { name: 'covered', label: 'Covered by evidence', color: 'teal.7', stackId: 'requirements' },
      { name: 'inherited', label: 'Inherited (crosswalk)', color: 'blue.6', stackId: 'requirements' },
      { name: 'gaps', label: 'Gaps', color: 'red.7', stackId: 'requirements' },
      { name: 'accepted', label: 'Accepted by assessor', color: 'green.8', stackId: 'requirements' },
      { name: 'notAccepted', label: 'Not yet accepted', color: 'gray.5', stackId: 'requirements' },
    ],
    summary:
      `${f.code} ${f.version}: ${f.applicable} of ${f.total} requirements apply. ` +
      `${f.covered} covered by evidence, ${f.inherited} inherited through crosswalks, ${f.gaps} ${f.gaps === 1 ? 'gap' : 'gaps'} (${f.coveredPercent} % covered). ` +
      `${f.accepted} accepted by the assessor (${f.acceptedPercent} %), ${f.openFindings} open ${f.openFindings === 1 ? 'finding' : 'findings'}.`,
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
