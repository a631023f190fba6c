import { Alert, Anchor, Button, Card, Code, CopyButton, Grid, Group, Image, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QRCodeSVG } from 'qrcode.react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime, formatList, formatMarket } from '../../components/format';
import { useT } from '../../i18n';
import { accreditationLabel, componentVersionLabel, outcomeLabel, STATUS_EXPLANATION, StatusBadge, verifyPath } from '../attestations/attestation-model';

type TrustPageData = Schemas['TrustPageDto'];
type TrustedAttestation = Schemas['TrustAttestationDto'];

/**
 * A supplier's public trust page (no login): the attestations issued to it that are still
 * within their validity, each with its status now, scope, issuer and accreditation, a QR code
 * to its verification page, a printable certificate and the snippet of its status badge.
 */
export function TrustPage() {
  const t = useT();
  const { organization = '' } = useParams();
  const page = useQuery({
    queryKey: ['public-trust-page', organization],
    queryFn: () => unwrap(api.GET('/v1/public/organizations/{organizationId}/trust', { params: { path: { organizationId: organization } } })),
    // A suspension shows without reloading (the API caches the page for a minute).
    refetchInterval: 60_000,
  });
  if (page.isPending) return <Loading label={t('trust.page.loading')} />;
  if (page.error) {
    return (
      <>
        <PageHeader title={t('trust.page.titleLoading')} />
        {page.error instanceof ApiProblem && (page.error.status === 404 || page.error.status === 400) ? (
          <Alert color="gray" variant="light" title={t('trust.page.notFoundTitle')} role="alert" data-testid="trust-not-found">
            {t('trust.page.notFoundBody')}
          </Alert>
        ) : (
          <ProblemAlert error={page.error} />
        )}
      </>
    );
  }
  return <TrustPageView data={page.data} />;
}

function TrustPageView({ data }: { data: TrustPageData }) {
  const t = useT();
  return (
    <>
      <PageHeader title={t('trust.page.title', { name: data.organization.name })} description={t('trust.page.description')} />
      {data.attestations.length === 0 ? (
        <EmptyState title={t('trust.page.emptyTitle')}>{t('trust.page.emptyBody')}</EmptyState>
      ) : (
        <Stack gap="lg">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={600}>{t('trust.page.count', { count: data.attestations.length })}</Text>
            <Text size="sm" c="dimmed">
              {t('trust.page.checkedAt', { time: formatDateTime(data.generatedAt) })}
            </Text>
          </Group>
          {data.attestations.map((a) => (
            <AttestationCard key={a.serial} a={a} />
          ))}
        </Stack>
      )}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" style={{ verticalAlign: 'top', whiteSpace: 'normal' }} w="35%">
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function AttestationCard({ a }: { a: TrustedAttestation }) {
  const t = useT();
  const accreditation = accreditationLabel(a.issuer.accreditation);
  return (
    <Card withBorder radius="md" padding="lg" data-testid="trust-attestation" data-serial={a.serial}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <Group gap="sm" wrap="wrap" align="center">
              <Title order={2} size="h4" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                <Anchor component={Link} to={verifyPath(a.serial)} c="inherit" aria-label={`${t('trust.card.serial')} ${a.serial}`}>
                  {a.serial}
                </Anchor>
              </Title>
              <StatusBadge status={a.status} />
            </Group>
            <Text size="sm" c="dark.6">
              {STATUS_EXPLANATION[a.status]}
              {a.statusReason ? ` ${t('trust.card.reason', { reason: a.statusReason })}` : ''}
            </Text>
            <Table withRowBorders={false} verticalSpacing={4} layout="fixed">
              <Table.Tbody>
                <Fact label={t('trust.card.offering')}>{a.offering}</Fact>
                {a.components.length ? (
                  <Fact label={t('trust.card.components')}>
                    <List size="sm" spacing={2}>
                      {a.components.map((c) => (
                        <List.Item key={`${c.name}-${c.version}`}>
                          {c.name} ({componentVersionLabel(c)})
                        </List.Item>
                      ))}
                    </List>
                  </Fact>
                ) : null}
                <Fact label={t('trust.card.scope')}>{a.scope}</Fact>
                <Fact label={t('trust.card.frameworks')}>
                  <List size="sm" spacing={2}>
                    {a.frameworks.map((f) => (
                      <List.Item key={f.code}>{t('trust.card.framework', { code: f.code, title: f.title, version: f.version })}</List.Item>
                    ))}
                  </List>
                </Fact>
                {a.markets.length ? <Fact label={t('trust.card.markets')}>{formatList(a.markets.map(formatMarket))}</Fact> : null}
                <Fact label={t('trust.card.outcome')}>{outcomeLabel(a.outcome)}</Fact>
                {a.conditions.length ? (
                  <Fact label={t('trust.card.conditions')}>
                    <List size="sm" spacing={2}>
                      {a.conditions.map((c) => (
                        <List.Item key={c}>{c}</List.Item>
                      ))}
                    </List>
                  </Fact>
                ) : null}
                <Fact label={t('trust.card.validity')}>
                  {t('trust.card.validityRange', { from: formatDate(a.validFrom), until: formatDate(a.validUntil) })}
                </Fact>
                <Fact label={t('trust.card.issuer')}>{a.issuer.name ?? t('trust.card.issuerUnknown')}</Fact>
                <Fact label={t('trust.card.accreditation')}>{accreditation ?? t('trust.card.notAccredited')}</Fact>
              </Table.Tbody>
            </Table>
            <Group gap="sm" wrap="wrap">
              <Button component="a" href={a.certificateUrl} target="_blank" rel="noopener noreferrer" variant="light" data-testid="print-certificate">
                {t('trust.card.printCertificate')}
              </Button>
              <Button component={Link} to={verifyPath(a.serial)} variant="subtle">
                {t('trust.card.verify')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack align="center" gap="xs">
            <QRCodeSVG
              value={a.verifyUrl}
              size={148}
              marginSize={2}
              level="M"
              role="img"
              aria-label={t('trust.card.qrLabel', { serial: a.serial, url: a.verifyUrl })}
              data-testid="trust-qr"
              data-url={a.verifyUrl}
            />
            <Text size="sm" ta="center">
              {t('trust.card.scanHint')}
            </Text>
          </Stack>
        </Grid.Col>
        <Grid.Col span={12}>
          <BadgeEmbed a={a} />
        </Grid.Col>
      </Grid>
    </Card>
  );
}

function BadgeEmbed({ a }: { a: TrustedAttestation }) {
  const t = useT();
  const alt = t('trust.embed.alt', { serial: a.serial });
  const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const snippet = `<a href="${escapeAttr(a.verifyUrl)}"><img src="${escapeAttr(a.badgeUrl)}" alt="${escapeAttr(alt)}"></a>`;
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('trust.embed.title')}
      </Text>
      <Group gap="sm" wrap="wrap" align="center">
        <Image src={a.badgeUrl} alt={alt} w="auto" h={20} fit="contain" />
      </Group>
      <Text size="sm" c="dimmed">
        {t('trust.embed.hint')}
      </Text>
      <Code
        block
        aria-label={t('trust.embed.snippetLabel', { serial: a.serial })}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        data-testid="badge-snippet"
      >
        {snippet}
      </Code>
      <CopyButton value={snippet}>
        {({ copied, copy }) => (
          <Button onClick={copy} variant="default" size="xs" w="fit-content">
            {copied ? t('trust.embed.copied') : t('trust.embed.copy')}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}
