import { EntityManager } from 'typeorm';
import type { BidEntity } from './entities/bid.entity.js';

/** What a bid shows by name: its offering, its report's frameworks, and why a relied-on attestation is suspended or withdrawn. */
export interface BidNames {
  /** Null if the offering cannot be found. */
  offeringName: string | null;
  /** Framework id → title, for the frameworks the compliance report names. */
  frameworkTitles: Record<string, string>;
  /** Attestation id → recorded reason, for relied-on attestations that are suspended or withdrawn. */
  statusReasons: Record<string, string>;
}

/** A bid with the names it shows. */
export type NamedBid = BidEntity & { names: BidNames };

/**
 * `bid_display_names` for the bids among `$1` the caller placed or receives; one statement,
 * so it can join a `Db.statements` batch (`$1` then being an array of the page's ids).
 */
export const BID_DISPLAY_NAMES_SQL = 'SELECT * FROM bid_display_names($1::uuid[])';

const NO_NAMES: BidNames = { offeringName: null, frameworkTitles: {}, statusReasons: {} };

/** The rows of `BID_DISPLAY_NAMES_SQL` attached to their bids. */
export function attachBidNames(bids: readonly BidEntity[], rows: readonly Record<string, unknown>[]): NamedBid[] {
  const byBid = new Map(
    rows.map((r) => [
      r.bid_id as string,
      {
        offeringName: (r.offering_name as string | null) ?? null,
        frameworkTitles: (r.framework_titles as Record<string, string> | null) ?? {},
        statusReasons: (r.status_reasons as Record<string, string> | null) ?? {},
      },
    ]),
  );
  return bids.map((b) => Object.assign(b, { names: byBid.get(b.id) ?? NO_NAMES }));
}

/** The bids with their names, read on the caller's transaction. */
export async function withBidNames(em: EntityManager, bids: readonly BidEntity[]): Promise<NamedBid[]> {
  if (!bids.length) return [];
  const rows = (await em.query(BID_DISPLAY_NAMES_SQL, [bids.map((b) => b.id)])) as Record<string, unknown>[];
  return attachBidNames(bids, rows);
}

/** The names of these bids' offerings (those the caller placed or receives), by bid id. */
export async function bidOfferingNames(em: EntityManager, bidIds: readonly string[]): Promise<Map<string, string | null>> {
  if (!bidIds.length) return new Map();
  const rows = (await em.query(BID_DISPLAY_NAMES_SQL, [bidIds])) as Record<string, unknown>[];
  return new Map(rows.map((r) => [r.bid_id as string, (r.offering_name as string | null) ?? null]));
}
