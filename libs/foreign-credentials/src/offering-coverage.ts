import { comparableName, type AssessedItem } from './credential-check.js';

/** An offering as a bid offers it: its id and name, and its components at the versions offered. */
export interface OfferingToCover {
  /** Null when not known: then only its name or its components can be named. */
  id: string | null;
  /** Null when not known: then only the id can name the offering itself. */
  name: string | null;
  components: readonly { id: string; name: string; version: string | null }[];
}

/** Whether what a credential assessed covers an offering, and how; or which components it leaves out. */
export type OfferingCoverage =
  { covered: true; by: 'organization' | 'offering' | 'components' } | { covered: false; missing: OfferingToCover['components'][number][] };

const sameId = (itemId: string | null, id: string | null) => itemId !== null && id !== null && itemId.toLowerCase() === `urn:uuid:${id}`.toLowerCase();
const sameName = (itemName: string | null, name: string | null) => itemName !== null && name !== null && comparableName(itemName) === comparableName(name);

/**
 * A credential counts for an offering only when what it assessed covers it:
 *
 * - it names no product, service or offering (an assessment of the organization, such as a
 *   management-system certificate; facilities alone do not narrow it): every offering;
 * - it names the offering itself (`urn:uuid:<offering id>`, or the offering's name);
 * - or every component of the offering is named by a product or service it assessed (those of
 *   its `assessedOffering` included), by `urn:uuid:<component id>` or by name, at the
 *   component's version wherever the credential states a version.
 *
 * Names compare as the holder's name does (Unicode NFKC, case and runs of whitespace aside).
 */
export function offeringCoverage(items: readonly AssessedItem[], offering: OfferingToCover): OfferingCoverage {
  const named = items.filter((i) => i.kind !== 'facility');
  if (!named.length) return { covered: true, by: 'organization' };
  if (named.some((i) => i.kind === 'offering' && (sameId(i.id, offering.id) || sameName(i.name, offering.name)))) return { covered: true, by: 'offering' };
  const parts = named.filter((i) => i.kind !== 'offering');
  const missing = offering.components.filter(
    (c) => !parts.some((i) => (sameId(i.id, c.id) || sameName(i.name, c.name)) && (i.version === null || i.version === c.version)),
  );
  // An offering of no components is covered only by being named itself.
  if (offering.components.length && !missing.length) return { covered: true, by: 'components' };
  return { covered: false, missing };
}

/** What a credential assessed, in words (for a report's message): `name version` (or the id), at most `max` of them. */
export function assessedItemsLabel(items: readonly AssessedItem[], max = 5): string {
  const labels = items.filter((i) => i.kind !== 'facility').map((i) => [i.name ?? i.id, i.version].filter(Boolean).join(' '));
  if (!labels.length) return 'the organization';
  return labels.length > max ? `${labels.slice(0, max).join(', ')} and ${labels.length - max} more` : labels.join(', ');
}
