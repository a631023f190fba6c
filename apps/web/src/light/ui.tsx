/** @jsxImportSource preact */
import { Fragment, type ComponentChild, type ComponentChildren, type HTMLAttributes } from 'preact';
import { asProblem } from '../api/problem';
import type { MessageId } from '../i18n/types';
import type { Schemas } from './api';
import { useIntl, type Intl } from './i18n';
import { followInPage } from './router';

/**
 * The pieces the light pages share, drawn with plain elements and light.css in the
 * portal's look (Mantine's colours, sizes and spacing), and the attestation words of
 * features/attestations/attestation-model.tsx for pages without React.
 */

/** A status a verifier sees: a verification's, or a public summary's status now (which adds `not_yet_valid`). */
export type VerificationStatus = Schemas['VerificationDto']['status'] | Schemas['PublicAttestationDto']['status'];
export type AttestationLink = Schemas['AttestationLinkDto'];
type Accreditation = Schemas['AccreditationDto'];

/** The colour family of each status (light.css: `tone-<colour>`). */
export const STATUS_COLOR: Record<VerificationStatus, string> = {
  active: 'green',
  suspended: 'orange',
  withdrawn: 'red',
  expired: 'gray',
  superseded: 'grape',
  not_yet_valid: 'blue',
  unknown: 'gray',
};

const STATUS_LABEL: Record<VerificationStatus, MessageId> = {
  active: 'attestations.status.active',
  suspended: 'attestations.status.suspended',
  withdrawn: 'attestations.status.withdrawn',
  expired: 'attestations.status.expired',
  superseded: 'attestations.status.superseded',
  not_yet_valid: 'attestations.status.not_yet_valid',
  unknown: 'attestations.status.unknown',
};

const STATUS_EXPLANATION: Record<VerificationStatus, MessageId> = {
  active: 'attestations.statusExplanation.active',
  suspended: 'attestations.statusExplanation.suspended',
  withdrawn: 'attestations.statusExplanation.withdrawn',
  expired: 'attestations.statusExplanation.expired',
  superseded: 'attestations.statusExplanation.superseded',
  not_yet_valid: 'attestations.statusExplanation.not_yet_valid',
  unknown: 'attestations.statusExplanation.unknown',
};

const COMPONENT_KIND: Record<string, MessageId> = {
  hardware: 'attestations.componentKind.hardware',
  firmware: 'attestations.componentKind.firmware',
  connectivity: 'attestations.componentKind.connectivity',
  ai_service: 'attestations.componentKind.ai_service',
  cloud_service: 'attestations.componentKind.cloud_service',
  saas: 'attestations.componentKind.saas',
};

const OUTCOME_LABEL: Record<string, MessageId> = {
  conformant: 'attestations.outcome.conformant',
  conformant_with_conditions: 'attestations.outcome.conformant_with_conditions',
  nonconformant: 'attestations.outcome.nonconformant',
};

/** A code by its message, or as it came when the portal does not know it. */
function codeText(intl: Intl, map: Record<string, MessageId>, code: string): string {
  return Object.prototype.hasOwnProperty.call(map, code) ? intl.t(map[code]!) : code;
}

/** A status by its name in the reader's language; a code the portal does not know is shown as it came. */
export const statusLabel = (intl: Intl, status: string) => codeText(intl, STATUS_LABEL, status);

/** What a status means for a verifier. */
export const statusExplanation = (intl: Intl, status: string) => codeText(intl, STATUS_EXPLANATION, status);

/** A decision outcome by its name ('—' when there is none). */
export const outcomeLabel = (intl: Intl, outcome: string | null | undefined) => (outcome ? codeText(intl, OUTCOME_LABEL, outcome) : '—');

/** A component's attested version (kind, version), with the compatible range the assessor recorded, if any. */
export function componentVersionLabel(intl: Intl, c: { kind: string; version: string; compatibleRange?: string | null }): string {
  const kind = codeText(intl, COMPONENT_KIND, c.kind);
  return c.compatibleRange
    ? intl.t('attestations.component.versionCompatible', { kind, version: c.version, range: c.compatibleRange })
    : intl.t('attestations.component.version', { kind, version: c.version });
}

/** The dates of the evidence the decision relied on, or null when none were recorded. */
export function evidenceDatesLabel(
  intl: Intl,
  from: string | null | undefined,
  until: string | null | undefined,
  format: (d: string) => string,
): string | null {
  if (from && until) return intl.t('attestations.evidenceDates.both', { from: format(from), until: format(until) });
  if (from) return intl.t('attestations.evidenceDates.from', { from: format(from) });
  if (until) return intl.t('attestations.evidenceDates.until', { until: format(until) });
  return null;
}

/** The issuer's accreditation (body, number, scope: data as recorded), saying so when it lapsed since issue; null without one. */
export function accreditationLabel(intl: Intl, a: Accreditation | null | undefined): string | null {
  if (!a) return null;
  const main = [a.body, a.number].filter(Boolean).join(' ');
  const label = a.scope ? `${main} (${a.scope})` : main || null;
  return label && !accreditedNow(a) ? intl.t('attestations.accreditation.lapsed', { label, status: a.status }) : label;
}

/**
 * Whether the issuer counts as accredited now under the accreditation the attestation was issued
 * under: the API's `currentlyValid` (verified, body still on the trust list, active, within its
 * validity). A record still `active` can fail it (its body delisted, not yet in force), so the
 * status alone never says "accredited".
 */
export function accreditedNow(a: Pick<Accreditation, 'status' | 'currentlyValid'> | null | undefined): boolean {
  return !!a && a.currentlyValid !== false && (!a.status || a.status === 'active');
}

/** The public verification page of an attestation. */
export const verifyPath = (serial: string) => `/verify/${encodeURIComponent(serial)}`;

export function StatusBadge({ status }: { status: string }) {
  const intl = useIntl();
  return <span class={`badge tone-${STATUS_COLOR[status as VerificationStatus] ?? 'gray'}`}>{statusLabel(intl, status)}</span>;
}

export function PageHeader({ title, description }: { title: ComponentChild; description?: ComponentChild }) {
  return (
    <div class="page-header">
      <h1 id="page-title">{title}</h1>
      {description ? <p class="dimmed small">{description}</p> : null}
    </div>
  );
}

/** A message box in the portal's light alert style. */
export function Alert({
  tone,
  title,
  children,
  ...rest
}: { tone: string; title?: ComponentChild; children?: ComponentChildren } & Omit<HTMLAttributes<HTMLDivElement>, 'title'>) {
  return (
    <div class={`alert tone-${tone}`} {...rest}>
      {title ? <p class="alert-title">{title}</p> : null}
      <div class="alert-body">{children}</div>
    </div>
  );
}

/** A spinner named for screen readers. */
export function Loading({ label }: { label: string }) {
  return (
    <div class="loading" aria-live="polite">
      <span class="spinner" role="status" aria-label={label} />
    </div>
  );
}

/** An API problem's title and detail (and field errors); never a blank page. */
export function ProblemAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const problem = asProblem(error);
  return (
    <Alert tone="red" title={problem.title} role="alert" data-testid="problem">
      {problem.detail}
      {problem.errors?.length ? (
        <ul class="list">
          {problem.errors.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <code>{e.field}</code>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

/** Label and value rows (a table with row headers: a screen reader reads each value with its label). */
export function Facts({ children }: { children: ComponentChildren }) {
  return (
    <table class="facts">
      <tbody>{children}</tbody>
    </table>
  );
}

export function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

/** A serial's verification page; on /verify itself it opens without reloading. */
export function SerialLink({ serial, inPage }: { serial: string; inPage: boolean }) {
  return (
    <a href={verifyPath(serial)} class="mono strong-link" onClick={inPage ? followInPage : undefined}>
      {serial}
    </a>
  );
}

/**
 * The supersedes chain both ways: the newer attestation that superseded this one, and the
 * older ones this one superseded, each linked to its verification page.
 */
export function Supersession({ supersededBy, supersedes }: { supersededBy: AttestationLink | null | undefined; supersedes: AttestationLink[] | undefined }) {
  const intl = useIntl();
  const older = supersedes ?? [];
  if (!supersededBy && older.length === 0) return null;
  const link = (l: AttestationLink) => <SerialLink serial={l.serial} inPage />;
  return (
    <div class="stack-xs">
      {supersededBy ? (
        <Alert tone="grape" title={intl.t('attestations.supersession.supersededTitle')} data-testid="superseded-by">
          {intl.rich('attestations.supersession.supersededBy', { link: link(supersededBy) })}
        </Alert>
      ) : null}
      {older.length ? (
        <Alert tone="blue" title={intl.t('attestations.supersession.supersedesTitle')} data-testid="supersedes">
          {intl.rich('attestations.supersession.supersedes', {
            links: older.map((l, i) => (
              <Fragment key={l.serial}>
                {i > 0 ? intl.t('attestations.list.separator') : null}
                {link(l)}
              </Fragment>
            )),
          })}
        </Alert>
      ) : null}
    </div>
  );
}
