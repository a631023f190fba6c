import type { SnapshotHandOff } from '@attesta/core';
import { auditEventHash, type HashedAuditFields } from './audit-hash.js';

// What verify checks link by link, free of Nest and TypeORM: the API process runs it over the
// batches it reads, and the verifier worker (chain-verify.worker.ts) over the batches it reads
// on its own connection. One walk, wherever it runs. (Type-only imports from other libs: the
// worker loads this module without them.)

export type ChainBreakReason =
  /** The event's content does not hash to its stored hash (an edit, or a timestamp its canonical form cannot hold). */
  | 'hash_mismatch'
  /** The event's previous hash is not the stored hash of the event before it (a rewrite that re-hashed an earlier event). */
  | 'chain_broken'
  /** Positions missing from here (deleted events). */
  | 'sequence_gap'
  /** The stream ends before the position a valid checkpoint signed (its tail was cut off). */
  | 'truncated'
  /** The hash at a checkpoint's position differs from the signed one (the chain was rewritten and re-hashed). */
  | 'checkpoint_mismatch'
  /** A checkpoint whose signature, key or fields do not verify. */
  | 'checkpoint_signature_invalid';

export interface ChainBreak {
  /** The position concerned (for `truncated`: the first missing one). */
  seq: number;
  reason: ChainBreakReason;
  /** For `truncated`: the position the checkpoint signed. */
  checkpointSeq?: number;
}

/** Verify lists this many breaks at most (a wholly rewritten stream would list every event). */
export const MAX_BREAKS_LISTED = 1000;

/** Rows a verify batch reads at a time. */
export const VERIFY_BATCH = 2000;

/** One position of a chain as verify walks it: its link, and its content when the reader may read it. */
export interface ChainLink {
  seq: number;
  prevHash: string | null;
  hash: string;
  event: (HashedAuditFields & { hash: string }) | undefined;
}

/** One batch of a stream for verify: the hashed fields, the time to the microsecond, in order. */
export const FULL_LINKS_SQL = `SELECT stream_type, stream_id, seq, organization_id, actor_type, actor_id, action, subject_type, subject_id, payload,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at_precise, hash_version, prev_hash, hash
  FROM audit_events WHERE stream_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`;

/**
 * A row of FULL_LINKS_SQL as a link with its content. Plain rows, not entities: verify needs the
 * hashed fields only, and hydrating 2,000 entities a batch was most of its time.
 */
export function fullLinkOf(r: Record<string, unknown>): ChainLink {
  const seq = Number(r.seq);
  const event = {
    streamType: r.stream_type as string,
    streamId: r.stream_id as string,
    seq,
    organizationId: r.organization_id as string,
    actorType: r.actor_type as string,
    actorId: r.actor_id as string,
    action: r.action as string,
    subjectType: r.subject_type as string,
    subjectId: r.subject_id as string | null,
    payload: r.payload as Record<string, unknown>,
    // Hashed from the stored microseconds; no Date is parsed for it.
    occurredAtPrecise: r.occurred_at_precise as string,
    hashVersion: Number(r.hash_version),
    prevHash: r.prev_hash as string | null,
    hash: r.hash as string,
  };
  return { seq, prevHash: event.prevHash, hash: event.hash, event };
}

/** Where a walk starts and which positions a checkpoint signed. */
export interface ChainWalkStart {
  /** The first position expected: 1, or the anchoring checkpoint's. */
  from: number;
  /** The anchoring checkpoint's position (an incremental walk), else null. */
  anchorSeq: number | null;
  /** Positions whose hash the checkpoints are compared with afterwards. */
  signedSeqs: readonly number[];
}

/** What a walk found. Plain data, so it crosses a worker's message port as it is. */
export interface ChainWalkResult {
  /** Links examined. */
  checked: number;
  /** The last position seen (0 when none). */
  length: number;
  /** The first MAX_BREAKS_LISTED breaks, in stream order. */
  breaks: ChainBreak[];
  /** Every break found (listed or not). */
  breakCount: number;
  /** The hash at each signed position the walk reached. */
  hashAt: [number, string][];
  /** An incremental walk's first link was not the anchor's (the anchor's event is gone): nothing to start from. */
  anchorMissing: boolean;
}

/**
 * Sequence, links and content hashes over a stream's links in order, batch by batch. It keeps
 * the first MAX_BREAKS_LISTED breaks and counts the rest; the breaks it finds come in stream order,
 * so those are the first of any later merge.
 */
export class ChainWalk {
  private readonly signed: ReadonlySet<number>;
  private readonly hashAt = new Map<number, string>();
  private readonly breaks: ChainBreak[] = [];
  private breakCount = 0;
  private expectedSeq: number;
  private prevHash: string | null = null;
  private checked = 0;
  private anchorMissing = false;

  constructor(private readonly start: ChainWalkStart) {
    this.signed = new Set(start.signedSeqs);
    this.expectedSeq = start.from;
  }

  /** Checks a batch; false once the walk cannot go on (the anchor's event is gone). */
  push(batch: readonly ChainLink[]): boolean {
    const anchorSeq = this.start.anchorSeq;
    for (const link of batch) {
      // The anchoring checkpoint's event is gone (a tail cut before it, or a gap there).
      if (anchorSeq !== null && this.checked === 0 && link.seq !== anchorSeq) {
        this.anchorMissing = true;
        return false;
      }
      if (link.seq !== this.expectedSeq) {
        // The missing predecessor's hash is unknown: the gap is the break, not this link.
        this.broken({ seq: this.expectedSeq, reason: 'sequence_gap' });
      } else if (link.prevHash !== this.prevHash && link.seq !== anchorSeq) {
        // (The anchor's own predecessor is vouched for by the signed hash, checked against it afterwards.)
        this.broken({ seq: link.seq, reason: 'chain_broken' });
      }
      const e = link.event;
      if (e && (e.hash !== link.hash || auditEventHash(e) !== e.hash)) this.broken({ seq: link.seq, reason: 'hash_mismatch' });
      if (this.signed.has(link.seq)) this.hashAt.set(link.seq, link.hash);
      this.checked++;
      this.expectedSeq = link.seq + 1;
      this.prevHash = link.hash;
    }
    return true;
  }

  result(): ChainWalkResult {
    return {
      checked: this.checked,
      length: this.expectedSeq - 1,
      breaks: this.breaks,
      breakCount: this.breakCount,
      hashAt: [...this.hashAt],
      // An incremental walk that met no link at all has no anchor either.
      anchorMissing: this.anchorMissing || (this.start.anchorSeq !== null && this.checked === 0),
    };
  }

  private broken(b: ChainBreak): void {
    this.breakCount++;
    if (this.breaks.length < MAX_BREAKS_LISTED) this.breaks.push(b);
  }
}

/** Marks the data a verifier worker is started with. */
export const CHAIN_VERIFY_JOB = 'attesta.audit.chain-verify';

/** What the API hands the verifier worker (chain-verify.worker.ts). */
export interface ChainVerifyJob {
  kind: typeof CHAIN_VERIFY_JOB;
  /** pg client settings of the app role (row-level security applies to the worker as to the API). */
  connection: SnapshotHandOff['connection'];
  /** Opens the worker's transaction on the API transaction's snapshot, with its tenant settings. */
  begin: string;
  streamId: string;
  start: ChainWalkStart;
}

/** The worker's one message back. */
export type ChainVerifyReply = { ok: true; result: ChainWalkResult } | { ok: false; message: string };
