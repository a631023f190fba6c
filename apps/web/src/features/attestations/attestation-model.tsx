import { Alert, Anchor, Badge, Stack, Text } from '@mantine/core';
import { Fragment, type ReactElement, type ReactNode } from 'react';
import type { Schemas } from '../../api/client';
import { FormattedMessage, messageId, useT, type MessageId } from '../../i18n';

export type AttestationStatus = Schemas['AttestationDto']['status'];
/** A status a verifier sees: a verification's, or a public summary's status now (which adds `not_yet_valid`). */
export type VerificationStatus = Schemas['VerificationDto']['status'] | Schemas['PublicAttestationDto']['status'];

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
  not_yet_valid: 'blue',
  unknown: 'gray',
};

/** Each status by its name in the reader's language (never the API's code). */
export const STATUS_LABEL: Record<VerificationStatus, MessageId> = {
  active: messageId('attestations.status.active'),
  suspended: messageId('attestations.status.suspended'),
  withdrawn: messageId('attestations.status.withdrawn'),
  expired: messageId('attestations.status.expired'),
  superseded: messageId('attestations.status.superseded'),
  not_yet_valid: messageId('attestations.status.not_yet_valid'),
  unknown: messageId('attestations.status.unknown'),
};

export const STATUS_EXPLANATION_ID: Record<VerificationStatus, MessageId> = {
  active: messageId('attestations.statusExplanation.active'),
  suspended: messageId('attestations.statusExplanation.suspended'),
  withdrawn: messageId('attestations.statusExplanation.withdrawn'),
  expired: messageId('attestations.statusExplanation.expired'),
  superseded: messageId('attestations.statusExplanation.superseded'),
  not_yet_valid: messageId('attestations.statusExplanation.not_yet_valid'),
  unknown: messageId('attestations.statusExplanation.unknown'),
};

/** What each status means for a verifier, as rendered text (resolved in the reader's language at render). */
export const STATUS_EXPLANATION: Record<VerificationStatus, ReactElement> = Object.fromEntries(
  Object.entries(STATUS_EXPLANATION_ID).map(([status, id]) => [status, <FormattedMessage key={status} id={id} />]),
) as Record<VerificationStatus, ReactElement>;

/** A status by its name; a code the portal does not know is shown as it came. */
export function StatusLabel({ status }: { status: string }) {
  const id = STATUS_LABEL[status as VerificationStatus] as MessageId | undefined;
  return id ? <FormattedMessage id={id} /> : <>{status}</>;
}

export function StatusBadge({ status }: { status: string }) {
  const color = STATUS_COLOR[status as VerificationStatus] ?? 'gray';
  return (
    // Dark text on the light tint: the tint's own shade has less than 4.5:1 contrast for green and orange.
    // min-width: a squeezed table column would otherwise cut the word short (the badge clips its label).
    <Badge color={color} variant="light" c="dark.8" miw="max-content">
      <StatusLabel status={status} />
    </Badge>
  );
}

/**
 * The public verification page of an attestation (it may belong to another workspace). It is a
 * light page of its own (verify.html), not a route of this app: link it with a plain href.
 */
export const verifyPath = (serial: string) => `/verify/${encodeURIComponent(serial)}`;

/**
 * The supersedes chain both ways: the newer attestation that superseded this one, and the
 * older ones this one superseded, each linked to its public verification page.
 */
export function Supersession({ supersededBy, supersedes }: { supersededBy: AttestationLink | null | undefined; supersedes: AttestationLink[] | undefined }) {
  const t = useT();
  const older = supersedes ?? [];
  if (!supersededBy && older.length === 0) return null;
  const link = (l: AttestationLink) => (
    <Anchor href={verifyPath(l.serial)} fw={700} c="inherit" underline="always" ff="monospace">
      {l.serial}
    </Anchor>
  );
  return (
    <Stack gap="xs">
      {supersededBy ? (
        <Alert color="grape" variant="light" title={t('attestations.supersession.supersededTitle')} data-testid="superseded-by">
          <Text size="sm">
            <FormattedMessage id="attestations.supersession.supersededBy" values={{ link: link(supersededBy) }} />
          </Text>
        </Alert>
      ) : null}
      {older.length ? (
        <Alert color="blue" variant="light" title={t('attestations.supersession.supersedesTitle')} data-testid="supersedes">
          <Text size="sm">
            <FormattedMessage
              id="attestations.supersession.supersedes"
              values={{
                links: older.map((l, i) => (
                  <Fragment key={l.serial}>
                    {i > 0 ? t('attestations.list.separator') : null}
                    {link(l)}
                  </Fragment>
                )),
              }}
            />
          </Text>
        </Alert>
      ) : null}
    </Stack>
  );
}

const COMPONENT_KIND: Record<Schemas['ComponentDto']['kind'], MessageId> = {
  hardware: messageId('attestations.componentKind.hardware'),
  firmware: messageId('attestations.componentKind.firmware'),
  connectivity: messageId('attestations.componentKind.connectivity'),
  ai_service: messageId('attestations.componentKind.ai_service'),
  cloud_service: messageId('attestations.componentKind.cloud_service'),
  saas: messageId('attestations.componentKind.saas'),
};

function known<K extends string>(map: Record<K, MessageId>, code: string): MessageId | undefined {
  return Object.prototype.hasOwnProperty.call(map, code) ? map[code as K] : undefined;
}

/** A code of one of the maps above by its message, or as it came when the portal does not know it. */
function codeText(map: Record<string, MessageId>, code: string): ReactNode {
  const id = known(map, code);
  return id ? <FormattedMessage id={id} /> : code;
}

/** A component's attested version (kind, version), with the compatible range the assessor recorded, if any. */
export const componentVersionLabel = (c: { kind: string; version: string; compatibleRange?: string | null }): ReactNode =>
  c.compatibleRange ? (
    <FormattedMessage
      id="attestations.component.versionCompatible"
      values={{ kind: codeText(COMPONENT_KIND, c.kind), version: c.version, range: c.compatibleRange }}
    />
  ) : (
    <FormattedMessage id="attestations.component.version" values={{ kind: codeText(COMPONENT_KIND, c.kind), version: c.version }} />
  );

/** The dates of the evidence the decision relied on, or null when none were recorded. */
export function evidenceDatesLabel(from: string | null | undefined, until: string | null | undefined, format: (d: string) => string): ReactNode {
  if (from && until) return <FormattedMessage id="attestations.evidenceDates.both" values={{ from: format(from), until: format(until) }} />;
  if (from) return <FormattedMessage id="attestations.evidenceDates.from" values={{ from: format(from) }} />;
  if (until) return <FormattedMessage id="attestations.evidenceDates.until" values={{ until: format(until) }} />;
  return null;
}

export const OUTCOME_LABEL: Record<Schemas['DecisionDto']['outcome'], MessageId> = {
  conformant: messageId('attestations.outcome.conformant'),
  conformant_with_conditions: messageId('attestations.outcome.conformant_with_conditions'),
  nonconformant: messageId('attestations.outcome.nonconformant'),
};

/** A decision outcome by its name in the reader's language ('—' when there is none). */
export const outcomeLabel = (outcome: string | null | undefined): ReactNode => (outcome ? codeText(OUTCOME_LABEL, outcome) : '—');

/** The issuer's accreditation (body, number, scope: data as recorded), saying so when it lapsed since issue; null without one. */
export function accreditationLabel(a: Accreditation | null | undefined): ReactNode {
  if (!a) return null;
  const main = [a.body, a.number].filter(Boolean).join(' ');
  const label = a.scope ? `${main} (${a.scope})` : main || null;
  // An accreditation that no longer counts (lapsed, its body delisted, not yet in force) says so where it shows.
  return label && !accreditedNow(a) ? <FormattedMessage id="attestations.accreditation.lapsed" values={{ label, status: a.status }} /> : label;
}

/** Whether the issuer counts as accredited now under it (`currentlyValid`; an `active` record can fail it, e.g. its body delisted). */
export function accreditedNow(a: Pick<Accreditation, 'status' | 'currentlyValid'> | null | undefined): boolean {
  return !!a && a.currentlyValid !== false && (!a.status || a.status === 'active');
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
