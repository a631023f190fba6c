import type { FieldIssue } from '@attesta/core';

/** OSCAL 1.2 mapping relationships ("source is <relationship> of target"). */
export type VersionRelationship = 'equal-to' | 'equivalent-to' | 'subset-of' | 'superset-of' | 'intersects-with' | 'no-relationship';
export const VERSION_RELATIONSHIPS: readonly VersionRelationship[] = [
  'equal-to',
  'equivalent-to',
  'subset-of',
  'superset-of',
  'intersects-with',
  'no-relationship',
];
/** Relationships across which applicability, parameter values, evidence links and verdicts carry. */
export const CARRYING_RELATIONSHIPS: readonly VersionRelationship[] = ['equal-to', 'equivalent-to'];

/** One entry of a version mapping: a requirement of the old version and its counterpart (or none). */
export interface VersionMappingEntry {
  sourceRef: string;
  /** Null (or absent) with `no-relationship`: the requirement is gone. */
  targetRef?: string | null;
  relationship: VersionRelationship;
  rationale?: string | null;
}

export interface VersionedRequirement {
  id: string;
  ref: string;
  title: string;
  statement: string | null;
  oscalId: string | null;
}

export interface RequirementPair {
  from: VersionedRequirement;
  to: VersionedRequirement;
  relationship: VersionRelationship;
  /** Implied: both versions hold the ref with the same title and statement, and no entry names it. */
  implied: boolean;
}

export interface VersionDiff {
  /** In the new version, counterpart of no old requirement. */
  added: VersionedRequirement[];
  /** In the old version, with no counterpart (no entry and no ref of the new, or `no-relationship`). */
  removed: VersionedRequirement[];
  /** A counterpart that is not equal/equivalent, or the same ref with different text and no entry. */
  changed: (RequirementPair & { reason: string })[];
  /** Equal or equivalent: what carries forward. */
  unchanged: RequirementPair[];
}

const same = (a: VersionedRequirement, b: VersionedRequirement) => a.title === b.title && (a.statement ?? '') === (b.statement ?? '');

/**
 * Validates the entries against the two versions' controls (every issue named by its JSON
 * path) and derives what changed. A ref present in both versions that no entry names counts as
 * equal when its title and statement are the same, otherwise as changed.
 */
export function versionDiff(
  oldReqs: VersionedRequirement[],
  newReqs: VersionedRequirement[],
  entries: unknown,
): { diff: VersionDiff; entries: VersionMappingEntry[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const oldByRef = new Map(oldReqs.map((r) => [r.ref, r]));
  const newByRef = new Map(newReqs.map((r) => [r.ref, r]));
  const clean: VersionMappingEntry[] = [];
  if (!Array.isArray(entries))
    return { diff: { added: [], removed: [], changed: [], unchanged: [] }, entries: [], issues: [{ field: 'entries', message: 'must be an array' }] };
  const seen = new Set<string>();
  entries.forEach((raw: unknown, i) => {
    const e = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const at = `entries.${i}`;
    const sourceRef = typeof e.sourceRef === 'string' ? e.sourceRef : '';
    const targetRef = typeof e.targetRef === 'string' && e.targetRef ? e.targetRef : null;
    const relationship = e.relationship as VersionRelationship;
    const before = issues.length;
    const issue = (field: string, message: string) => issues.push({ field: `${at}.${field}`, message });
    if (!oldByRef.has(sourceRef)) issue('sourceRef', 'names no requirement of the old version');
    else if (seen.has(sourceRef)) issue('sourceRef', 'is mapped twice');
    if (!VERSION_RELATIONSHIPS.includes(relationship)) issue('relationship', `must be one of ${VERSION_RELATIONSHIPS.join(', ')}`);
    if (relationship === 'no-relationship' ? targetRef !== null : !targetRef || !newByRef.has(targetRef))
      issue('targetRef', relationship === 'no-relationship' ? 'must be absent with no-relationship' : 'names no requirement of the new version');
    if (e.rationale !== undefined && e.rationale !== null && typeof e.rationale !== 'string') issue('rationale', 'must be a string');
    const ok = issues.length === before;
    seen.add(sourceRef);
    if (ok) clean.push({ sourceRef, targetRef, relationship, ...(typeof e.rationale === 'string' ? { rationale: e.rationale } : {}) });
  });
  const diff: VersionDiff = { added: [], removed: [], changed: [], unchanged: [] };
  const targeted = new Set<string>();
  const named = new Map(clean.map((e) => [e.sourceRef, e]));
  for (const from of oldReqs) {
    const e = named.get(from.ref);
    if (e) {
      if (e.relationship === 'no-relationship') {
        diff.removed.push(from);
        continue;
      }
      const to = newByRef.get(e.targetRef!)!;
      targeted.add(to.ref);
      const pair = { from, to, relationship: e.relationship, implied: false };
      if (CARRYING_RELATIONSHIPS.includes(e.relationship)) diff.unchanged.push(pair);
      else diff.changed.push({ ...pair, reason: `${from.ref} is ${e.relationship} ${to.ref}` });
      continue;
    }
    const to = newByRef.get(from.ref);
    if (!to) {
      diff.removed.push(from);
      continue;
    }
    targeted.add(to.ref);
    if (same(from, to)) diff.unchanged.push({ from, to, relationship: 'equal-to', implied: true });
    else diff.changed.push({ from, to, relationship: 'intersects-with', implied: true, reason: `${from.ref}: the text differs and no mapping entry names it` });
  }
  diff.added = newReqs.filter((r) => !targeted.has(r.ref));
  return { diff, entries: clean, issues };
}
