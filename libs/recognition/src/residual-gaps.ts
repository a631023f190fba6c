import { COVERING_RELATIONSHIPS, PARTIAL_RELATIONSHIPS, type Relationship } from './oscal/oscal-mapping.js';

/** A target requirement the mapping does not (fully) carry over from the source framework. */
export interface ResidualGap {
  requirementId: string;
  ref: string;
  title: string;
  /** `partial`: only subset-of / intersects-with maps reach it; `unmapped`: none does (or the mapper listed it as unmapped). */
  status: 'partial' | 'unmapped';
  /** The maps that reach it partially: source ref, relationship, and the mapper's remarks. */
  partialVia: { sourceRef: string; relationship: Relationship; remarks: string | null }[];
  /** What evidence closes it: the evidence types the requirement expects. */
  expectedEvidenceTypes: string[];
  /** How to close it, in words. */
  closeWith: string;
}

export interface GapInput {
  /** The target framework's controls (groups are not assessed). */
  targetControls: { id: string; ref: string; title: string; expectedEvidenceTypes: string[] }[];
  /** Maps of the collection from the source framework to the target framework. */
  maps: { sourceRef: string; targetRequirementId: string; relationship: Relationship; remarks: string | null }[];
  /** Target refs the mapper's target gap summary lists as unmapped. */
  declaredUnmapped: readonly string[];
}

export interface GapResult {
  covered: number;
  partial: number;
  unmapped: number;
  total: number;
  gaps: ResidualGap[];
}

/**
 * Which target controls an attestation against the source framework carries over through the
 * maps: covered by an equal-to, equivalent-to or superset-of map; partly by subset-of or
 * intersects-with; otherwise unmapped (no-relationship maps carry nothing). A control the
 * mapper's target gap summary lists stays unmapped whatever maps say (the mapper said so).
 */
export function residualGaps(input: GapInput): GapResult {
  const declared = new Set(input.declaredUnmapped);
  const byTarget = new Map<string, GapInput['maps']>();
  for (const m of input.maps) byTarget.set(m.targetRequirementId, [...(byTarget.get(m.targetRequirementId) ?? []), m]);
  let covered = 0;
  let partial = 0;
  let unmapped = 0;
  const gaps: ResidualGap[] = [];
  for (const c of input.targetControls) {
    const maps = byTarget.get(c.id) ?? [];
    if (!declared.has(c.ref) && maps.some((m) => COVERING_RELATIONSHIPS.includes(m.relationship))) {
      covered += 1;
      continue;
    }
    const partialVia = declared.has(c.ref)
      ? []
      : maps
          .filter((m) => PARTIAL_RELATIONSHIPS.includes(m.relationship))
          .map((m) => ({ sourceRef: m.sourceRef, relationship: m.relationship, remarks: m.remarks }));
    const status = partialVia.length ? 'partial' : 'unmapped';
    if (status === 'partial') partial += 1;
    else unmapped += 1;
    const types = c.expectedEvidenceTypes.length ? c.expectedEvidenceTypes.join(', ') : 'evidence of the requirement';
    gaps.push({
      requirementId: c.id,
      ref: c.ref,
      title: c.title,
      status,
      partialVia,
      expectedEvidenceTypes: c.expectedEvidenceTypes,
      closeWith:
        status === 'partial'
          ? `Add ${types} for the part of ${c.ref} beyond ${partialVia.map((p) => p.sourceRef).join(', ')}, and have it assessed.`
          : `Provide ${types} for ${c.ref} and have it assessed.`,
    });
  }
  return { covered, partial, unmapped, total: input.targetControls.length, gaps };
}
