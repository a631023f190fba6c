import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';

export type AttestationStatus = Schemas['AttestationDto']['status'];
export type VerificationStatus = Schemas['VerificationDto']['status'];

export const ATTESTATION_STATUSES: AttestationStatus[] = ['active', 'suspended', 'withdrawn', 'expired', 'superseded'];

export type Accreditation = Schemas['AccreditationDto'];

/** The attestation, its public summary and a verification result, as the API's schema types them. */
export type Attestation = Schemas['AttestationDto'];
export type PublicAttestation = Schemas['PublicAttestationDto'];
export type Verification = Schemas['VerificationDto'];
/** Another attestation by serial, with the URL of its public summary. */
export type AttestationLink = Schemas['AttestationLinkDto'];

export const STATUS_COLOR: Record<VerificationStatus, string> = {
  active: 'green',
  suspended: 'orange',
  withdrawn: 'red',
  expired: 'gray',
  superseded: 'grape',
  unknown: 'gray',
};

export const STATUS_EXPLANATION: Record<VerificationStatus, string> = {
  active: 'The issuer stands behind this attestation.',
  suspended: 'The issuer has suspended this attestation for now; it may be reinstated.',
  withdrawn: 'The issuer has withdrawn this attestation for good.',
  expired: 'This attestation has passed its validity period.',
  superseded: 'A newer attestation from the same issuer, for this offering and an overlapping scope, has replaced this one: rely on the newer one.',
  unknown: "The status could not be established from the issuer's status lists.",
};

export function StatusBadge({ status }: { status: string }) {
  const color = STATUS_COLOR[status as VerificationStatus] ?? 'gray';
  return (
    // Dark text on the light tint: the tint's own shade has less than 4.5:1 contrast for green and orange.
    // min-width: a squeezed table column would otherwise cut the word short (the badge clips its label).
    <Badge color={color} variant="light" c="dark.8" miw="max-content">
      {status}
    </Badge>
  );
}

/** The portal's public verification page of an attestation (it may belong to another workspace). */
export const verifyPath = (serial: string) => `/verify/${encodeURIComponent(serial)}`;

/**
 * The supersedes chain both ways: the newer attestation that superseded this one, and the
 * older ones this one superseded, each linked to its public verification page.
 */
export function Supersession({ supersededBy, supersedes }: { supersededBy: AttestationLink | null | undefined; supersedes: AttestationLink[] | undefined }) {
  const older = supersedes ?? [];
  if (!supersededBy && older.length === 0) return null;
  const link = (l: AttestationLink) => (
    <Anchor component={Link} to={verifyPath(l.serial)} fw={700} c="inherit" underline="always" ff="monospace">
      {l.serial}
    </Anchor>
  );
  return (
    <Stack gap="xs">
      {supersededBy ? (
        <Alert color="grape" variant="light" title="Superseded" data-testid="superseded-by">
          <Text size="sm">
            This attestation was superseded by {link(supersededBy)}, a newer attestation from the same issuer for this offering and an overlapping scope.
          </Text>
        </Alert>
      ) : null}
      {older.length ? (
        <Alert color="blue" variant="light" title="Supersedes" data-testid="supersedes">
          <Group gap={6}>
            <Text size="sm">This attestation supersedes</Text>
            {older.map((l, i) => (
              <Text size="sm" span key={l.serial}>
                {link(l)}
                {i < older.length - 1 ? ',' : '.'}
              </Text>
            ))}
          </Group>
        </Alert>
      ) : null}
    </Stack>
  );
}

/** A component's attested version, with the compatible range the assessor recorded, if any. */
export const componentVersionLabel = (c: { kind: string; version: string; compatibleRange?: string | null }) =>
  `${c.kind}, ${c.version}${c.compatibleRange ? `, compatible ${c.compatibleRange}` : ''}`;

/** The dates of the evidence the decision relied on, or null when none were recorded. */
export function evidenceDatesLabel(from: string | null | undefined, until: string | null | undefined, format: (d: string) => string): string | null {
  if (!from && !until) return null;
  return [from ? `effective since ${format(from)}` : null, until ? `valid until ${format(until)}` : null].filter(Boolean).join(', ');
}

const OUTCOME_LABEL: Record<string, string> = {
  conformant: 'Conformant',
  conformant_with_conditions: 'Conformant with conditions',
  nonconformant: 'Nonconformant',
};

export const outcomeLabel = (outcome: string | null | undefined): string => (outcome ? (OUTCOME_LABEL[outcome] ?? outcome) : '—');

export function accreditationLabel(a: Accreditation | null | undefined): string | null {
  if (!a) return null;
  const main = [a.body, a.number].filter(Boolean).join(' ');
  const label = a.scope ? `${main} (${a.scope})` : main || null;
  // A verified accreditation that lapsed since issue says so where the accreditation shows.
  return label && a.status && a.status !== 'active' ? `${label} — accreditation ${a.status}` : label;
}

/**
 * The page a person with a phone can open: the portal's /verify/<serial>. The API's
 * `publicUrl` is its JSON summary (`<PUBLIC_BASE_URL>/v1/public/attestations/<serial>`), so the
 * portal page is derived from the same public base URL; the browser's own origin is the
 * fallback when the URL has another shape.
 */
export function portalVerifyUrl(publicUrl: string | null | undefined, serial: string): string {
  const path = `/verify/${encodeURIComponent(serial)}`;
  const m = publicUrl ? /^(https?:\/\/.+?)\/v1\/public\/attestations\/[^/]+$/.exec(publicUrl) : null;
  return m ? `${m[1]}${path}` : `${window.location.origin}${path}`;
}

/** The claims of a compact JWS, for display only (the signature is checked by the API). */
export function decodeJwtPayload(jwt: string): unknown {
  const part = jwt.split('.')[1];
  if (!part) return null;
  try {
    const b64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return null;
  }
}

/** The W3C VC 2.0 EnvelopedVerifiableCredential wrapping a vc+jwt: still signed, as JSON. */
export function envelopedCredential(jwt: string): string {
  return JSON.stringify(
    { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['EnvelopedVerifiableCredential'], id: `data:application/vc+jwt,${jwt}` },
    null,
    2,
  );
}
