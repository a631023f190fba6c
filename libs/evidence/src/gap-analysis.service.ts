import { Injectable } from '@nestjs/common';
import { Actor, AppConfig, Db, scopeOf, spreadsheetSafeCast } from '@attesta/core';
import { localizedFrameworkSummaries, localizedRequirementTitleSql } from '@attesta/catalog';
import type { Locale } from '@attesta/i18n';
import { workspaceContext } from '@attesta/workspaces';
import { stringify } from 'csv-stringify/sync';
import { gapRowFrom } from './requirement-evidence.read-model.js';

export interface GapRow {
  frameworkId: string;
  requirementId: string;
  ref: string;
  /** In the reader's language where translated, else the source title. */
  title: string;
  /** The language `title` is in. */
  titleLanguage: string;
  applicable: boolean;
  /** Evidence items linked directly and in effect today (uploaded, effective date reached, not past validUntil). */
  evidenceCount: number;
  /** Verdict of the latest decided submission (filled by the review workflow). */
  accepted: boolean;
  openFindings: number;
  status: 'not_applicable' | 'covered' | 'inherited' | 'gap';
  /**
   * The crosswalk requirement whose evidence covers this one (`equal`, or a `superset` of it:
   * status `inherited`), or only part of it (`intersects`: the row stays a `gap`).
   */
  inheritedFrom: { requirementId: string; ref: string; frameworkId: string; relation: 'equal' | 'superset' | 'intersects' } | null;
}

export interface FrameworkGapSummary {
  frameworkId: string;
  code: string;
  /** In the reader's language where translated, else the source title. */
  title: string;
  /** The language `title` is in. */
  titleLanguage: string;
  version: string;
  total: number;
  applicable: number;
  covered: number;
  inherited: number;
  accepted: number;
  openFindings: number;
  gaps: number;
  coveredPercent: number;
  acceptedPercent: number;
}

/** An evidence item past or near its end date, with the requirements it is linked to. */
export interface FlaggedEvidence {
  id: string;
  title: string;
  validUntil: string;
  freshness: 'expiring' | 'expired';
  requirementIds: string[];
}

export interface GapAnalysis {
  workspaceId: string;
  asOf: string;
  frameworks: FrameworkGapSummary[];
  rows: GapRow[];
  /** Every participant's evidence, counted (the same figures for every reader). */
  expiringEvidence: number;
  expiredEvidence: number;
  /** The flagged items the reader may see (none for readers of no evidence), soonest end date first, at most FLAGGED_EVIDENCE_LIMIT. */
  flaggedEvidence: FlaggedEvidence[];
}

/** The overview lists flagged items to renew; past this many, the evidence list (filtered by freshness) has them all. */
export const FLAGGED_EVIDENCE_LIMIT = 100;

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 10);

/**
 * Per target framework: requirements applicable, covered by current evidence, covered
 * through crosswalk mappings from another target framework (inherited), accepted by
 * assessors, with open findings — and the gaps. Computed by one set-based SQL function
 * (`workspace_gap_rows`) over every participant's evidence, so each participant sees
 * the same outcome even where it may not see the evidence itself.
 */
@Injectable()
export class GapAnalysisService {
  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
  ) {}

  /** Titles in `locale` where translated, else (and with `locale` null) the source titles. */
  async analyse(actor: Actor, workspaceId: string, locale: Locale | null = null, today = new Date()): Promise<GapAnalysis> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'read', 'GapAnalysis');
      const asOf = today.toISOString().slice(0, 10);
      const t = localizedRequirementTitleSql('g', '$3');
      const raw: Record<string, unknown>[] = await em.query(
        `SELECT g.*, ${t.columns} FROM workspace_gap_rows($1, $2::date) WITH ORDINALITY g ${t.joins} ORDER BY g.ordinality`,
        [workspaceId, asOf, locale],
      );
      const rows: GapRow[] = raw.map((r) => gapRowFrom(r, locale));
      const ids = [...new Set(rows.map((r) => r.frameworkId))];
      const frameworks = await localizedFrameworkSummaries(em, ids, locale);
      // The counts over every participant's evidence, and the items this reader may see (row-level
      // security), with their linked requirements: one statement instead of a read per item.
      const [fresh] = (await em.query(
        `SELECT f.expiring, f.expired,
                (SELECT coalesce(json_agg(x ORDER BY x."validUntil", x.id), '[]'::json) FROM (
                   SELECT e.id, e.title, e.valid_until::text AS "validUntil",
                          evidence_freshness(e.valid_until, $2::date, $3::int) AS freshness,
                          ARRAY(SELECT DISTINCT l.requirement_id FROM evidence_links l WHERE l.evidence_id = e.id ORDER BY 1) AS "requirementIds"
                     FROM evidence e
                    WHERE e.workspace_id = $1 AND e.valid_until IS NOT NULL AND e.valid_until <= $2::date + $3::int
                    ORDER BY e.valid_until, e.id
                    LIMIT ${FLAGGED_EVIDENCE_LIMIT}) x) AS flagged
           FROM workspace_evidence_freshness($1, $2::date, $3::int) f`,
        [workspaceId, asOf, this.config.EVIDENCE_EXPIRY_WARNING_DAYS],
      )) as { expiring: string; expired: string; flagged: FlaggedEvidence[] }[];
      return {
        workspaceId,
        asOf,
        rows,
        expiringEvidence: Number(fresh?.expiring ?? 0),
        expiredEvidence: Number(fresh?.expired ?? 0),
        flaggedEvidence: fresh?.flagged ?? [],
        frameworks: frameworks.map((f) => {
          const mine = rows.filter((r) => r.frameworkId === f.id);
          const applicable = mine.filter((r) => r.applicable);
          const covered = applicable.filter((r) => r.status === 'covered').length;
          const inherited = applicable.filter((r) => r.status === 'inherited').length;
          const accepted = applicable.filter((r) => r.accepted).length;
          return {
            frameworkId: f.id,
            code: f.code,
            title: f.title,
            titleLanguage: f.titleLanguage,
            version: f.version,
            total: mine.length,
            applicable: applicable.length,
            covered,
            inherited,
            accepted,
            openFindings: applicable.reduce((n, r) => n + r.openFindings, 0),
            gaps: applicable.filter((r) => r.status === 'gap').length,
            coveredPercent: pct(covered + inherited, applicable.length),
            acceptedPercent: pct(accepted, applicable.length),
          };
        }),
      };
    });
  }
}

/** The gap list as CSV (RFC 4180). */
export function gapAnalysisCsv(a: GapAnalysis): string {
  const code = new Map(a.frameworks.map((f) => [f.frameworkId, `${f.code}@${f.version}`]));
  const records = a.rows.map((r) => [
    code.get(r.frameworkId) ?? r.frameworkId,
    r.ref,
    r.title,
    r.applicable,
    r.status,
    r.evidenceCount,
    r.inheritedFrom ? `${code.get(r.inheritedFrom.frameworkId) ?? r.inheritedFrom.frameworkId} ${r.inheritedFrom.ref} (${r.inheritedFrom.relation})` : '',
    r.accepted,
    r.openFindings,
  ]);
  return stringify(records, {
    header: true,
    columns: ['framework', 'ref', 'title', 'applicable', 'status', 'evidence_count', 'inherited_from', 'accepted', 'open_findings'],
    record_delimiter: '\r\n',
    cast: spreadsheetSafeCast({ boolean: (v: boolean) => String(v) }),
  });
}
