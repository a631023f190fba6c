import { expect } from 'vitest';
import type { Client, Credentials } from './http.js';

interface EntryRow {
  entry: { requirementId: string; frameworkId: string; ref: string; evidence: unknown[] };
}
interface VerdictRow {
  requirementId: string;
  outcome: string;
  version: number;
}

/** Every frozen entry of a submission (all pages). */
export async function submissionEntries(http: Client, workspaceId: string, number: number, as: Credentials): Promise<EntryRow['entry'][]> {
  const out: EntryRow['entry'][] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; body: { data: EntryRow[]; nextCursor: string | null } } = await http.get(
      `/v1/workspaces/${workspaceId}/submissions/${number}/entries?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    out.push(...res.body.data.map((e) => e.entry));
    cursor = res.body.nextCursor;
  } while (cursor);
  return out;
}

async function verdicts(http: Client, workspaceId: string, number: number, as: Credentials): Promise<VerdictRow[]> {
  const out: VerdictRow[] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; body: { data: VerdictRow[]; nextCursor: string | null } } = await http.get(
      `/v1/workspaces/${workspaceId}/submissions/${number}/verdicts?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    out.push(...res.body.data);
    cursor = res.body.nextCursor;
  } while (cursor);
  return out;
}

/**
 * What a real assessor does before a positive decision: records `satisfied` on every
 * applicable requirement of the submission that is not yet satisfied (with a note saying
 * what it rests on, so requirements without frozen evidence are judged too). Recording the
 * first verdict starts the review. `except` leaves requirements alone.
 */
export async function judgeAll(
  http: Client,
  workspaceId: string,
  number: number,
  as: Credentials,
  options: { except?: string[]; comment?: string } = {},
): Promise<number> {
  const [entries, existing] = await Promise.all([submissionEntries(http, workspaceId, number, as), verdicts(http, workspaceId, number, as)]);
  const todo = entries.filter(
    (e) => !options.except?.includes(e.requirementId) && existing.find((v) => v.requirementId === e.requirementId)?.outcome !== 'satisfied',
  );
  const comment = options.comment ?? 'Judged on the submitted evidence, a remote demonstration and an interview with the service team.';
  for (let i = 0; i < todo.length; i += 8) {
    await Promise.all(
      todo.slice(i, i + 8).map(async (e) => {
        const prior = existing.find((v) => v.requirementId === e.requirementId);
        const res = await http.call('PUT', `/v1/workspaces/${workspaceId}/submissions/${number}/verdicts/${e.requirementId}`, {
          body: { outcome: 'satisfied', comment },
          as,
          headers: prior ? { 'if-match': `"${prior.version}"` } : {},
        });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }),
    );
  }
  return todo.length;
}

/** Moves a submitted submission to in_review (decisions are only taken from there). */
export async function startReview(http: Client, workspaceId: string, number: number, as: Credentials): Promise<void> {
  const res = await http.post(`/v1/workspaces/${workspaceId}/submissions/${number}/status`, { status: 'in_review' }, as);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}
