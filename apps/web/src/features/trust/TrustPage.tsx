/** @jsxImportSource preact */
import { useEffect, useState } from 'preact/hooks';
import { ApiProblem } from '../../api/problem';
import { formatDate, formatDateTime, formatList, formatMarket } from '../../components/format';
import { publicApi, unwrap, type Schemas } from '../../light/api';
import { useIntl, type CatalogModule } from '../../light/i18n';
import { QrCode } from '../../light/QrCode';
import { prefetch, useResource } from '../../light/resource';
import { usePath } from '../../light/router';
import { pickLanguageText } from '../public/language-pick';
import type { LightPage } from '../../light/start';
import {
  accreditationLabel,
  Alert,
  componentVersionLabel,
  Fact,
  Facts,
  Loading,
  outcomeLabel,
  PageHeader,
  ProblemAlert,
  StatusBadge,
  statusExplanation,
  verifyPath,
} from '../../light/ui';

type TrustPageData = Schemas['TrustPageDto'];
type TrustedAttestation = Schemas['TrustAttestationDto'];

/** The organization of a /trust/<organization> path. */
export function organizationOfPath(path: string): string {
  const m = /^\/trust\/([^/]+)/.exec(path);
  if (!m) return '';
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

const readTrustPage = (organizationId: string) =>
  unwrap(publicApi.GET('/v1/public/organizations/{organizationId}/trust', { params: { path: { organizationId } } }));

/** The read of the trust page in the address, started while the page's language loads. */
export function prefetchTrustPage(): void {
  const organization = organizationOfPath(location.pathname);
  if (organization) prefetch(organization, () => readTrustPage(organization));
}

/** The trust page as a light entry (trust.html): its catalogs, only the reader's language loaded. */
export const trustPage: LightPage = {
  namespaces: [
    import.meta.glob<CatalogModule>('./messages/*.ts'),
    import.meta.glob<CatalogModule>('../attestations/messages/*.ts'),
    import.meta.glob<CatalogModule>('../../i18n/common/*.ts'),
  ],
  Page: TrustPage,
};

/**
 * A supplier's public trust page (no login): the attestations issued to it that are still
 * within their validity, each with its status now, scope, issuer and accreditation, a QR code
 * to its verification page, a printable certificate and the snippet of its status badge.
 */
export function TrustPage() {
  const intl = useIntl();
  const organization = organizationOfPath(usePath());
  // A suspension shows without reloading (the API caches the page for a minute).
  const page = useResource<TrustPageData>(organization || null, () => readTrustPage(organization), { refetchMs: 60_000, refetchOn: intl.locale });
  const title = page.data ? intl.t('trust.page.title', { name: page.data.organization.name }) : intl.t('trust.page.titleLoading');
  useEffect(() => {
    document.title = `${title} · ${intl.t('common.brand')}`;
  }, [title, intl]);
  if (page.data) return <TrustPageView data={page.data} title={title} />;
  return (
    <>
      <PageHeader title={title} />
      {page.error || !organization ? (
        !organization || (page.error instanceof ApiProblem && (page.error.status === 404 || page.error.status === 400)) ? (
          <Alert tone="gray" title={intl.t('trust.page.notFoundTitle')} role="alert" data-testid="trust-not-found">
            {intl.t('trust.page.notFoundBody')}
          </Alert>
        ) : (
          <ProblemAlert error={page.error} />
        )
      ) : (
        <Loading label={intl.t('trust.page.loading')} />
      )}
    </>
  );
}

function TrustPageView({ data, title }: { data: TrustPageData; title: string }) {
  const intl = useIntl();
  return (
    <>
      <PageHeader title={title} description={intl.t('trust.page.description')} />
      {data.attestations.length === 0 ? (
        <div class="empty-state" data-testid="empty-state">
          <h2 class="h4">{intl.t('trust.page.emptyTitle')}</h2>
          <p class="dimmed">{intl.t('trust.page.emptyBody')}</p>
        </div>
      ) : (
        <div class="stack-lg">
          <div class="row-between">
            <p class="strong">{intl.t('trust.page.count', { count: data.attestations.length })}</p>
            <p class="small dimmed">{intl.t('trust.page.checkedAt', { time: formatDateTime(data.generatedAt) })}</p>
          </div>
          {data.attestations.map((a) => (
            <AttestationCard key={a.serial} a={a} />
          ))}
        </div>
      )}
    </>
  );
}

function AttestationCard({ a }: { a: TrustedAttestation }) {
  const intl = useIntl();
  const accreditation = accreditationLabel(intl, a.issuer.accreditation);
  const headingId = `attestation-${a.serial}`;
  // The verification page is another light page: plain links, full loads.
  return (
    <article class="card" data-testid="trust-attestation" data-serial={a.serial} aria-labelledby={headingId}>
      <div class="card-grid">
        <div class="stack-sm">
          <div class="row-wrap">
            <h2 class="h4 mono break" id={headingId}>
              <a href={verifyPath(a.serial)} class="inherit" aria-label={`${intl.t('trust.card.serial')} ${a.serial}`}>
                {a.serial}
              </a>
            </h2>
            <StatusBadge status={a.status} />
          </div>
          <p class="small">
            {statusExplanation(intl, a.status)}
            {a.statusReason ? ` ${intl.t('trust.card.reason', { reason: a.statusReason })}` : ''}
          </p>
          <Facts>
            {/* The name the attestation was issued to: the page's heading names the organization as it is called now. */}
            <Fact label={intl.t('attestations.detail.issuedTo')}>{a.issuedTo}</Fact>
            <Fact label={intl.t('trust.card.offering')}>{a.offering}</Fact>
            {a.components.length ? (
              <Fact label={intl.t('trust.card.components')}>
                <ul class="list">
                  {a.components.map((c) => (
                    <li key={`${c.name}-${c.version}`}>
                      {c.name} ({componentVersionLabel(intl, c)})
                    </li>
                  ))}
                </ul>
              </Fact>
            ) : null}
            <Fact label={intl.t('trust.card.scope')}>{a.scope}</Fact>
            <Fact label={intl.t('trust.card.frameworks')}>
              <ul class="list">
                {a.frameworks.map((f) => {
                  // In the reader's language when the framework's owner translated it (as the verification page does).
                  const translated = pickLanguageText(f.names, intl.locale);
                  return (
                    <li key={f.code}>
                      {translated ? `${translated} (${f.code})` : intl.t('trust.card.framework', { code: f.code, title: f.title, version: f.version })}
                    </li>
                  );
                })}
              </ul>
            </Fact>
            {a.markets.length ? <Fact label={intl.t('trust.card.markets')}>{formatList(a.markets.map(formatMarket))}</Fact> : null}
            <Fact label={intl.t('trust.card.outcome')}>{outcomeLabel(intl, a.outcome)}</Fact>
            {a.conditions.length ? (
              <Fact label={intl.t('trust.card.conditions')}>
                <ul class="list">
                  {a.conditions.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </Fact>
            ) : null}
            <Fact label={intl.t('trust.card.validity')}>
              {intl.t('trust.card.validityRange', { from: formatDate(a.validFrom), until: formatDate(a.validUntil) })}
            </Fact>
            <Fact label={intl.t('trust.card.issuer')}>{a.issuer.name ?? intl.t('trust.card.issuerUnknown')}</Fact>
            <Fact label={intl.t('trust.card.accreditation')}>{accreditation ?? intl.t('trust.card.notAccredited')}</Fact>
          </Facts>
          <div class="row-wrap">
            <a class="button light" href={a.certificateUrl} target="_blank" rel="noopener noreferrer" data-testid="print-certificate">
              {intl.t('trust.card.printCertificate')}
            </a>
            <a class="button subtle" href={verifyPath(a.serial)}>
              {intl.t('trust.card.verify')}
            </a>
          </div>
        </div>
        <div class="qr">
          <QrCode
            value={a.verifyUrl}
            size={148}
            role="img"
            aria-label={intl.t('trust.card.qrLabel', { serial: a.serial, url: a.verifyUrl })}
            data-testid="trust-qr"
            data-url={a.verifyUrl}
          />
          <p class="small center">{intl.t('trust.card.scanHint')}</p>
        </div>
      </div>
      <BadgeEmbed a={a} />
    </article>
  );
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function BadgeEmbed({ a }: { a: TrustedAttestation }) {
  const intl = useIntl();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 1000);
    return () => window.clearTimeout(timer);
  }, [copied]);
  const alt = intl.t('trust.embed.alt', { serial: a.serial });
  const snippet = `<a href="${escapeAttr(a.verifyUrl)}"><img src="${escapeAttr(a.badgeUrl)}" alt="${escapeAttr(alt)}"></a>`;
  return (
    <div class="stack-xs embed">
      <p class="small strong">{intl.t('trust.embed.title')}</p>
      <img src={a.badgeUrl} alt={alt} height={20} class="badge-image" />
      <p class="small dimmed">{intl.t('trust.embed.hint')}</p>
      <figure class="code-figure" aria-label={intl.t('trust.embed.snippetLabel', { serial: a.serial })}>
        <pre class="code" data-testid="badge-snippet">
          {snippet}
        </pre>
      </figure>
      <div>
        <button
          type="button"
          class="button default xs"
          aria-live="polite"
          onClick={() =>
            void navigator.clipboard?.writeText(snippet).then(
              () => setCopied(true),
              () => undefined,
            )
          }
        >
          {copied ? intl.t('trust.embed.copied') : intl.t('trust.embed.copy')}
        </button>
      </div>
    </div>
  );
}
