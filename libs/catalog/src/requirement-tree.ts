import type { FieldIssue } from '@attesta/core';
import { CatalogError, CatalogErrorCode } from './catalog.errors.js';
import type { RequirementKind } from './oscal/index.js';

/** A requirement as a client writes it: flat, the tree given by `parentRef`. */
export interface RequirementInput {
  ref: string;
  title: string;
  kind?: RequirementKind;
  parentRef?: string | null;
  statement?: string | null;
  guidance?: string | null;
  expectedEvidenceTypes?: string[];
  componentKinds?: string[];
}

export interface OrderedRequirement extends RequirementInput {
  kind: RequirementKind;
  parentIndex: number | null;
  depth: number;
}

/**
 * Orders a flat list into the tree's pre-order (parents first, siblings in the order
 * given), as storage and export expect. Refuses duplicate refs, unknown parents and
 * cycles, naming the offending items (`requirements.3.parentRef`).
 */
export function orderRequirementTree(items: readonly RequirementInput[]): OrderedRequirement[] {
  const issues: FieldIssue[] = [];
  const indexOfRef = new Map<string, number>();
  items.forEach((item, i) => {
    if (indexOfRef.has(item.ref)) issues.push({ field: `requirements.${i}.ref`, message: `duplicates requirements.${indexOfRef.get(item.ref)}.ref` });
    else indexOfRef.set(item.ref, i);
  });
  const children = new Map<number | null, number[]>();
  items.forEach((item, i) => {
    const parentRef = item.parentRef ?? null;
    let parent: number | null = null;
    if (parentRef !== null) {
      const p = indexOfRef.get(parentRef);
      if (p === undefined) issues.push({ field: `requirements.${i}.parentRef`, message: `names no requirement of this framework (${parentRef})` });
      else if (p === i) issues.push({ field: `requirements.${i}.parentRef`, message: 'names the requirement itself' });
      else parent = p;
    }
    const list = children.get(parent) ?? [];
    list.push(i);
    children.set(parent, list);
  });
  if (issues.length) throw new CatalogError(CatalogErrorCode.InvalidRequirementTree, 'The requirements do not form a tree.', { errors: issues.slice(0, 50) });

  const out: OrderedRequirement[] = [];
  const visit = (parent: number | null, parentIndex: number | null, depth: number): void => {
    for (const i of children.get(parent) ?? []) {
      const item = items[i]!;
      const index = out.length;
      const hasChildren = (children.get(i)?.length ?? 0) > 0;
      out.push({ ...item, kind: item.kind ?? (hasChildren && !item.statement ? 'group' : 'control'), parentIndex, depth });
      visit(i, index, depth + 1);
    }
  };
  visit(null, null, 0);
  if (out.length !== items.length) {
    const reached = new Set(out.map((r) => r.ref));
    const stuck = items.map((item, i) => ({ item, i })).filter(({ item }) => !reached.has(item.ref));
    throw new CatalogError(CatalogErrorCode.InvalidRequirementTree, 'The parent references form a cycle.', {
      errors: stuck.slice(0, 50).map(({ i }) => ({ field: `requirements.${i}.parentRef`, message: 'is part of a cycle' })),
    });
  }
  return out;
}
