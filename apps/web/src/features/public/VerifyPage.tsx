/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiProblem } from '../../api/problem';
import { formatDate, formatDateTime, formatList, formatMarket } from '../../components/format';
import type { MessageId } from '../../i18n/types';
import { publicApi, unwrap, type Schemas } from '../../light/api';
import { bold, useIntl, type CatalogModule } from '../../light/i18n';
import { prefetch, useResource } from '../../light/resource';
import { navigate, usePath } from '../../light/router';
import type { LightPage } from '../../light/start';
import { Tabs } from '../../light/Tabs';
import {
  accreditationLabel,
  accreditedNow,
  Alert,
  componentVersionLabel,
  evidenceDatesLabel,
  Fact,
  Facts,
  Loading,
  outcomeLabel,
  PageHeader,
  ProblemAlert,
  SerialLink,
  STATUS_COLOR,
  statusExplanation,
  statusLabel,
  Supersession,
  type VerificationStatus,
} from '../../light/ui';
import { pickLanguageText } from './language-pick';

type PublicAttestation = Schemas['PublicAttestationDto'];
type Verification = Schemas['VerificationDto'];

/** Why a credential is not valid, by code; a code the portal does not know shows the API's message. */
const REASON: Record<string, MessageId> = {
  malformed: 'public.reason.malformed',
  unsecured: 'public.reason.unsecured',
  unsupported_algorithm: 'public.reason.unsupported_algorithm',
  unknown_issuer: 'public.reason.unknown_issuer',
  unknown_key: 'public.reason.unknown_key',
  invalid_signature: 'public.reason.invalid_signature',
  issuer_mismatch: 'public.reason.issuer_mismatch',
  not_yet_valid: 'public.reason.not_yet_valid',
  expired: 'public.reason.expired',
  suspended: 'public.reason.suspended',
  withdrawn: 'public.reason.withdrawn',
  superseded: 'public.reason.superseded',
  unknown_status: 'public.reason.unknown_status',
};

const KEY_STATUS: Record<string, MessageId> = { active: 'public.keyStatus.active', retired: 'public.keyStatus.retired' };

/** Serials are `AT-<year>-<10 characters>`; people type them in lower case or with spaces. */
const normalizeSerial = (s: string) => s.trim().toUpperCase().replace(/\s+/g, '');

/** The serial of a /verify/<serial> path ('' on /verify). */
export function serialOfPath(path: string): string {
  const m = /^\/verify\/(.+)$/.exec(path);
  if (!m) return '';
  try {
    return normalizeSerial(decodeURIComponent(m[1]!));
  } catch {
    return normalizeSerial(m[1]!);
  }
}

const readSummary = (serial: string) => unwrap(publicApi.GET('/v1/public/attestations/{serial}', { params: { path: { serial } } }));

/** The read of the serial in the address, started while the page's language loads. */
export function prefetchVerification(): void {
  const serial = serialOfPath(location.pathname);
  if (serial) prefetch(serial, () => readSummary(serial));
}

/** The verification page as a light entry (verify.html): its catalogs, only the reader's language loaded. */
export const verifyPage: LightPage = {
  namespaces: [
    import.meta.glob<CatalogModule>('./messages/*.ts'),
    import.meta.glob<CatalogModule>('../attestations/messages/*.ts'),
    import.meta.glob<CatalogModule>('../../i18n/common/*.ts'),
  ],
  Page: VerifyPage,
};

/**
 * Public verification, no login: by serial number (the QR code on an attestation opens
 * /verify/<serial>) or by pasting the signed credential itself.
 */
export function VerifyPage() {
  const intl = useIntl();
  const serial = serialOfPath(usePath());
  const title = intl.t('public.verify.title');
  useEffect(() => {
    document.title = `${title} · ${intl.t('common.brand')}`;
  }, [title, intl]);
  return (
    <>
      <PageHeader title={title} description={intl.t('public.verify.description')} />
      <Tabs
        label={title}
        tabs={[
          { id: 'serial', label: intl.t('public.verify.tabSerial'), panel: () => <SerialLookup key={serial} serial={serial} /> },
          { id: 'credential', label: intl.t('public.verify.tabCredential'), panel: () => <CredentialCheck /> },
        ]}
      />
    </>
  );
}

function SerialLookup({ serial }: { serial: string }) {
  const intl = useIntl();
  const [input, setInput] = useState(serial);
  // Someone holding the page open sees a suspension without reloading; a new language reads the translated names.
  const summary = useResource<PublicAttestation>(serial || null, () => readSummary(serial), { refetchMs: 30_000, refetchOn: intl.locale });
  const hint = 'serial-hint';
  return (
    <div class="stack-md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const next = normalizeSerial(input);
          if (next) navigate(`/verify/${encodeURIComponent(next)}`);
        }}
      >
        <div class="inline-form">
          <div class="field grow">
            <label for="serial">{intl.t('public.serial.label')}</label>
            <p class="field-hint" id={hint}>
              {intl.t('public.serial.hint', { example: 'AT-2026-7K3M9QX2TB' })}
            </p>
            <input
              id="serial"
              class="input"
              aria-describedby={hint}
              placeholder={intl.t('public.serial.placeholder')}
              value={input}
              onInput={(e) => setInput(e.currentTarget.value)}
              autoComplete="off"
              spellcheck={false}
            />
          </div>
          <button type="submit" class="button" disabled={!normalizeSerial(input)}>
            {intl.t('public.serial.submit')}
          </button>
        </div>
      </form>
      {!serial ? null : summary.pending ? (
        <Loading label={intl.t('public.serial.loading')} />
      ) : summary.error ? (
        summary.error instanceof ApiProblem && summary.error.status === 404 ? (
          <Alert tone="red" title={summary.error.problem.title ?? intl.t('public.serial.notFoundTitle')} role="alert" data-testid="verification-not-found">
            {summary.error.problem.detail ?? intl.t('public.serial.notFoundDetail')} {intl.rich('public.serial.notFound', { serial, b: bold })}
          </Alert>
        ) : (
          <ProblemAlert error={summary.error} />
        )
      ) : summary.data ? (
        <SummaryResult summary={summary.data} checkedAt={summary.updatedAt} />
      ) : null}
    </div>
  );
}

function StatusBanner({ status, reason, children }: { status: VerificationStatus; reason?: string | null; children?: ComponentChildren }) {
  const intl = useIntl();
  return (
    <section class={`status-banner tone-${STATUS_COLOR[status] ?? 'gray'}`} aria-labelledby="status-heading">
      <p class="status-heading" id="status-heading">
        {intl.t('public.status.heading')}
      </p>
      <p class="status-word" data-testid="verification-status">
        {statusLabel(intl, status)}
      </p>
      <p class="status-explanation">
        {statusExplanation(intl, status)}
        {reason ? ` ${intl.t('public.status.reason', { reason })}` : ''}
      </p>
      {children}
    </section>
  );
}

function SummaryResult({ summary: s, checkedAt }: { summary: PublicAttestation; checkedAt: number }) {
  const intl = useIntl();
  const accreditation = accreditationLabel(intl, s.issuer.accreditation);
  const name = pickLanguageText(s.name, intl.locale);
  const evidence = evidenceDatesLabel(intl, s.evidenceEffectiveFrom, s.evidenceValidUntil, formatDate);
  return (
    <div class="stack-md" data-testid="verification-result">
      <StatusBanner status={s.status as VerificationStatus} reason={s.statusReason}>
        <p class="small status-note">
          {intl.rich('public.summary.readAt', { serial: s.serial, time: formatDateTime(new Date(checkedAt).toISOString()), b: bold })}
        </p>
      </StatusBanner>
      <Supersession supersededBy={s.supersededBy} supersedes={s.supersedes} />
      {s.replacedBy ? (
        <Alert tone="blue" title={intl.t('public.summary.replacedTitle')}>
          {intl.rich('public.summary.replacedBy', { link: <SerialLink serial={s.replacedBy} inPage /> })}
        </Alert>
      ) : null}
      <section class="paper" aria-labelledby="attestation-name">
        <h2 class="h4" id="attestation-name" data-testid="attestation-name">
          {name ?? intl.t('public.summary.heading')}
        </h2>
        <Facts>
          <Fact label={intl.t('public.fact.issuedTo')}>{s.issuedTo}</Fact>
          <Fact label={intl.t('public.fact.issuer')}>
            {s.issuer.name ?? intl.t('public.issuer.unknown')}
            <span class="line small">
              {accreditation
                ? // "(verified)" only while the issuer counts as accredited under it now: a lapsed or delisted one is named, not vouched for.
                  intl.t(accreditedNow(s.issuer.accreditation) ? 'public.issuer.accreditationVerified' : 'public.issuer.accreditation', { accreditation })
                : intl.t('public.issuer.notAccredited')}
            </span>
            <span class="line xs mono muted break">{s.issuer.id}</span>
          </Fact>
          <Fact label={intl.t('public.fact.outcome')}>{outcomeLabel(intl, s.outcome)}</Fact>
          <Fact label={intl.t('public.fact.offering')}>
            {s.offering}
            {s.components.length ? (
              <ul class="list">
                {s.components.map((c) => (
                  <li key={`${c.name}:${c.version}`}>
                    {c.name} ({componentVersionLabel(intl, c)})
                  </li>
                ))}
              </ul>
            ) : null}
          </Fact>
          <Fact label={intl.t('public.fact.scope')}>{s.scope}</Fact>
          <Fact label={intl.t('public.fact.frameworks')}>
            <ul class="list" data-testid="framework-names">
              {s.frameworks.map((f) => {
                const translated = pickLanguageText(f.names, intl.locale);
                return (
                  <li key={f.code}>
                    {translated ?? intl.t('public.framework.item', { title: f.title, code: f.code, version: f.version })}
                    {translated ? ` (${f.code})` : null}
                  </li>
                );
              })}
            </ul>
          </Fact>
          {s.conditions.length ? (
            <Fact label={intl.t('public.fact.conditions')}>
              <ul class="list" data-testid="conditions">
                {(s.conditionDetails ?? s.conditions.map((text) => ({ text, dueDate: null }))).map((c) => (
                  <li key={c.text}>
                    {c.text}
                    {c.dueDate ? ` ${intl.t('public.fact.conditionDue', { date: formatDate(c.dueDate) })}` : ''}
                  </li>
                ))}
              </ul>
            </Fact>
          ) : null}
          <Fact label={intl.t('public.fact.markets')}>
            <span class="badges">
              {s.markets.map((m) => (
                <span key={m} class="badge outline">
                  {formatMarket(m)}
                </span>
              ))}
            </span>
          </Fact>
          <Fact label={intl.t('public.fact.valid')}>
            {intl.t('public.fact.validRange', { from: formatDate(s.validFrom), until: formatDate(s.validUntil) })}
          </Fact>
          {evidence ? <Fact label={intl.t('public.fact.evidence')}>{evidence}</Fact> : null}
          <Fact label={intl.t('public.fact.issued')}>{formatDateTime(s.issuedAt)}</Fact>
          <Fact label={intl.t('public.fact.signature')}>{intl.rich('public.summary.signatureNote', { b: bold })}</Fact>
        </Facts>
      </section>
    </div>
  );
}

function CredentialCheck() {
  const intl = useIntl();
  const [credential, setCredential] = useState('');
  const [state, setState] = useState<{ pending: boolean; data?: Verification; error?: unknown }>({ pending: false });
  const submit = (text: string) => {
    setState({ pending: true });
    unwrap(publicApi.POST('/v1/public/verify', { body: { credential: text } })).then(
      (data) => setState({ pending: false, data }),
      (error: unknown) => setState({ pending: false, error }),
    );
  };
  const hint = 'credential-hint';
  return (
    <div class="stack-md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const text = credential.trim();
          if (text && !state.pending) submit(text);
        }}
      >
        <div class="stack-sm">
          <div class="field">
            <label for="credential">{intl.t('public.credential.label')}</label>
            <p class="field-hint" id={hint}>
              {intl.t('public.credential.hint')}
            </p>
            <textarea
              id="credential"
              class="input mono credential"
              aria-describedby={hint}
              placeholder={intl.t('public.credential.placeholder')}
              rows={4}
              value={credential}
              onInput={(e) => setCredential(e.currentTarget.value)}
              spellcheck={false}
            />
          </div>
          <div>
            <button type="submit" class="button" disabled={!credential.trim()} aria-busy={state.pending}>
              {state.pending ? <span class="spinner small-spinner" aria-hidden="true" /> : null}
              {intl.t('public.credential.submit')}
            </button>
          </div>
        </div>
      </form>
      <ProblemAlert error={state.error} />
      {state.data ? <VerificationResult result={state.data} /> : null}
    </div>
  );
}

function VerificationResult({ result: r }: { result: Verification }) {
  const intl = useIntl();
  const accreditation = accreditationLabel(intl, r.issuer.accreditation);
  const subject = r.subject;
  const name = pickLanguageText(subject?.name, intl.locale);
  const frameworks = subject ? subject.frameworks.map((f, i) => pickLanguageText(subject.frameworkNames?.[i]?.names, intl.locale) ?? f) : [];
  const keyStatus = r.issuer.keyStatus ? (KEY_STATUS[r.issuer.keyStatus] ? intl.t(KEY_STATUS[r.issuer.keyStatus]!) : r.issuer.keyStatus) : null;
  return (
    <div class="stack-md" data-testid="verification-result">
      <StatusBanner status={r.status as VerificationStatus}>
        <p class="status-valid">{r.valid ? intl.t('public.result.valid') : intl.t('public.result.invalid')}</p>
      </StatusBanner>
      <Supersession supersededBy={r.supersededBy} supersedes={r.supersedes} />
      {r.replacedBy ? (
        <Alert tone="blue" title={intl.t('public.summary.replacedTitle')}>
          {intl.rich('public.summary.replacedBy', { link: <SerialLink serial={r.replacedBy.serial} inPage /> })}
        </Alert>
      ) : null}
      {r.reasons.length ? (
        <Alert tone="red" title={intl.t('public.result.whyInvalid')}>
          <ul class="list">
            {r.reasons.map((x) => (
              <li key={`${x.code}:${x.message}`}>{REASON[x.code] ? intl.t(REASON[x.code]!) : x.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <section class="paper" aria-labelledby="credential-name">
        <h2 class="h4" id="credential-name" data-testid="credential-name">
          {name ?? intl.t('public.result.heading')}
        </h2>
        <Facts>
          <Fact label={intl.t('public.fact.signature')}>
            <strong data-testid="signature-status">{r.signatureValid ? intl.t('public.signature.verified') : intl.t('public.signature.notVerified')}</strong>
            {r.issuer.kid ? (
              <span class="line xs mono muted break">
                {keyStatus
                  ? intl.t('public.issuer.keyWithStatus', { kid: r.issuer.kid, status: keyStatus })
                  : intl.t('public.issuer.key', { kid: r.issuer.kid })}
              </span>
            ) : null}
          </Fact>
          <Fact label={intl.t('public.fact.issuer')}>
            {r.issuer.name ?? (r.issuer.known ? intl.t('public.issuer.known') : intl.t('public.issuer.notOurs'))}
            {accreditation ? <span class="line small">{intl.t('public.issuer.accreditation', { accreditation })}</span> : null}
            {r.issuer.id ? <span class="line xs mono muted break">{r.issuer.id}</span> : null}
          </Fact>
          <Fact label={intl.t('public.fact.serial')}>{r.attestation?.serial || subject?.serialNumber || '—'}</Fact>
          <Fact label={intl.t('public.fact.issuedTo')}>{subject?.issuedTo ?? '—'}</Fact>
          <Fact label={intl.t('public.fact.outcome')}>{outcomeLabel(intl, subject?.outcome)}</Fact>
          <Fact label={intl.t('public.fact.offering')}>
            {subject?.offering ?? '—'}
            {subject?.components.length ? (
              <ul class="list">
                {subject.components.map((c) => (
                  <li key={`${c.name}:${c.version}`}>
                    {c.name} ({componentVersionLabel(intl, c)})
                  </li>
                ))}
              </ul>
            ) : null}
          </Fact>
          <Fact label={intl.t('public.fact.scope')}>{subject?.scope ?? '—'}</Fact>
          <Fact label={intl.t('public.fact.frameworks')}>
            {frameworks.length ? (
              <ul class="list" data-testid="credential-frameworks">
                {frameworks.map((f, i) => (
                  <li key={`${i}:${f}`}>{f}</li>
                ))}
              </ul>
            ) : (
              '—'
            )}
          </Fact>
          {subject?.conditions.length ? (
            <Fact label={intl.t('public.fact.conditions')}>
              <ul class="list">
                {subject.conditions.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </Fact>
          ) : null}
          <Fact label={intl.t('public.fact.markets')}>{subject?.markets.length ? formatList(subject.markets.map(formatMarket)) : '—'}</Fact>
          <Fact label={intl.t('public.fact.valid')}>
            {r.attestation ? intl.t('public.fact.validRange', { from: formatDate(r.attestation.validFrom), until: formatDate(r.attestation.validUntil) }) : '—'}
          </Fact>
          <Fact label={intl.t('public.fact.checked')}>{formatDateTime(r.checkedAt)}</Fact>
        </Facts>
      </section>
    </div>
  );
}
