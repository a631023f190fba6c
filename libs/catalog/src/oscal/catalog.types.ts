/**
 * A node of a framework's requirement tree. `group` nodes only organise (an OSCAL
 * group, a clause heading); `control` nodes are what evidence is linked to and
 * verdicts are recorded on.
 */
export type RequirementKind = 'group' | 'control';

/**
 * The shape shared by imported and built-in requirements, so one service can store
 * both. Lists of these are in pre-order: a node's parent always comes before it,
 * so `parentIndex` can be resolved to a database id while inserting in order.
 */
export interface RequirementNode {
  kind: RequirementKind;
  /** Human reference, unique within the framework: `AC-2(1)`, `A.5.1`, `DSER-3.2`. */
  ref: string;
  title: string;
  /** Plain text; null for groups and for controls that have no statement. */
  statement: string | null;
  guidance: string | null;
  parentRef: string | null;
  /** Index of the parent in the same list, always lower than this node's own index. */
  parentIndex: number | null;
  /** Position among its siblings, from 0. */
  sortOrder: number;
  /** 0 for top-level nodes. */
  depth: number;
}

export interface ParsedRequirement extends RequirementNode {
  /** The OSCAL `id`; null only for OSCAL groups, where the id is optional. */
  oscalId: string | null;
  /** The OSCAL `class` (e.g. `SP800-53-enhancement`), kept to tell enhancements apart. */
  oscalClass: string | null;
}

export interface ParsedFrameworkInfo {
  /** A slug derived from the title; callers may replace it with their own code. */
  code: string;
  title: string;
  version: string;
  publisher: string | null;
  oscalUuid: string;
  oscalVersion: string;
  lastModified: string;
  published: string | null;
  remarks: string | null;
  /** The catalog's OSCAL metadata as given, to store alongside the framework. */
  metadata: Record<string, unknown>;
}

export interface ParsedFramework {
  framework: ParsedFrameworkInfo;
  requirements: ParsedRequirement[];
  counts: { groups: number; controls: number };
}
