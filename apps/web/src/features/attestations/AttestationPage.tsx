import { Accordion, Anchor, Badge, Button, Card, Code, CopyButton, Grid, Group, List, Paper, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { QRCodeSVG } from 'qrcode.react';
import { useMemo, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime, formatMarket } from '../../components/format';
import { FormattedMessage, useT } from '../../i18n';
import { AttestationActions } from './AttestationActions';
import {
  accreditationLabel,
  accreditedNow,
  componentVersionLabel,
  decodeJwtPayload,
  envelopedCredential,
  evidenceDatesLabel,
  outcomeLabel,
  portalVerifyUrl,
  STATUS_COLOR,
  STATUS_LABEL,
  STATUS_EXPLANATION_ID,
  StatusLabel,
  Supersession,
  verifyPath,
  type Attestation,
} from './attestation-model';
import { downloadFile, saveBlob } from '../../api/download';

/** How often the page re-reads the attestation and its verification, so a status change shows without a reload. */
export const LIVE_REFRESH_MS = 15_000;

export const attestationKey = (workspaceId: string, attestationId: string) => ['attestation', workspaceId, attestationId] as const;

/** One attestation: summary, live status, QR code of its public page, the signed credential, issuer actions. */
export function AttestationPage() {
  const t = useT();
  const { workspaceId = '', attestationId = '' } = useParams();
  const { session, me } = useSession();
  const attestation = useQuery({
    queryKey: attestationKey(workspaceId, attestationId),
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/attestations/{attestationId}', { params: { path: { workspaceId, attestationId } } })),
    refetchInterval: LIVE_REFRESH_MS,
  });
  const a = attestation.data;
  // The certificate is fetched with the session's token (a plain link would carry none) and saved.
  const printing = useMutation({
    mutationFn: () =>
      downloadFile(`/v1/workspaces/${workspaceId}/attestations/${attestationId}/certificate.pdf`, {
        fallbackName: `${a?.serial ?? 'attestation'}.pdf`,
        accept: 'application/pdf',
      }),
  });
  // The public summary names the issuer (with its accreditation) and the subject organization.
  const summary = useQuery({
    queryKey: ['public-attestation', a?.serial],
    queryFn: () => unwrap(api.GET('/v1/public/attestations/{serial}', { params: { path: { serial: a!.serial } } })),
    enabled: !!a,
    refetchInterval: LIVE_REFRESH_MS,
  });
  // What any verifier holding the credential sees: signature, issuer key, status lists.
  const verification = useQuery({
    queryKey: ['verification', attestationId, a?.credential],
    queryFn: () => unwrap(api.POST('/v1/public/verify', { body: { credential: a!.credential } })),
    enabled: !!a,
    refetchInterval: LIVE_REFRESH_MS,
  });

  if (attestation.isPending) return <Loading label={t('attestations.detail.loading')} />;
  if (!a) {
    return (
      <Stack>
        <ProblemAlert error={attestation.error} />
        <Anchor component={Link} to={`/workspaces/${workspaceId}/attestations`}>
          {t('attestations.detail.back')}
        </Anchor>
      </Stack>
    );
  }

  const kind = me?.organizations.find((o) => o.organization.id === session?.organizationId)?.organization.kind;
  const isIssuer = kind === 'assessor' && a.issuerOrganizationId === session?.organizationId;
  const verifyUrl = portalVerifyUrl(a.publicUrl, a.serial);
  const issuerName = summary.data?.issuer.name ?? null;
  const accreditation = accreditationLabel(summary.data?.issuer.accreditation);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component={Link} to={`/workspaces/${workspaceId}/attestations`} size="sm">
            {t('attestations.detail.all')}
          </Anchor>
          <Title order={2} size="h3" ff="monospace">
            {a.serial}
          </Title>
          <Text size="sm" c="gray.7">
            {a.offering.name} · {outcomeLabel(a.outcome)}
          </Text>
        </div>
        <Stack gap="xs" align="flex-end">
          <LiveStatus attestation={a} updatedAt={attestation.dataUpdatedAt} refreshing={attestation.isFetching} onRefresh={() => void attestation.refetch()} />
          <Button size="xs" variant="light" data-testid="print-certificate" loading={printing.isPending} onClick={() => printing.mutate()}>
            {t('attestations.detail.printCertificate')}
          </Button>
        </Stack>
      </Group>
      <ProblemAlert error={attestation.error} title={t('attestations.detail.refreshError')} />
      <ProblemAlert error={printing.error} />
      <Supersession supersededBy={a.supersededBy} supersedes={a.supersedes} />

      {isIssuer ? <AttestationActions attestation={a} /> : null}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">
              {t('attestations.detail.summary')}
            </Title>
            <ProblemAlert error={summary.error} title={t('attestations.detail.namesError')} />
            <Table withRowBorders={false} striped={false} highlightOnHover={false} verticalSpacing={6}>
              <Table.Tbody>
                <Row label={t('attestations.detail.scope')}>{a.scope}</Row>
                <Row label={t('attestations.detail.offering')}>
                  {a.offering.name}
                  <List size="sm" mt={4}>
                    {a.components.map((c) => (
                      <List.Item key={c.id}>
                        {c.name}{' '}
                        <Text span c="gray.7" size="sm">
                          ({componentVersionLabel(c)})
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                </Row>
                <Row label={t('attestations.detail.frameworks')}>
                  <List size="sm">
                    {a.frameworks.map((f) => (
                      <List.Item key={f.id}>
                        {f.title}{' '}
                        <Text span c="gray.7" size="sm">
                          ({f.code} {f.version})
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                </Row>
                <Row label={t('attestations.detail.outcome')}>{outcomeLabel(a.outcome)}</Row>
                {a.conditions.length ? (
                  <Row label={t('attestations.detail.conditions')}>
                    <List size="sm">
                      {a.conditions.map((c) => (
                        <List.Item key={c}>{c}</List.Item>
                      ))}
                    </List>
                  </Row>
                ) : null}
                <Row label={t('attestations.detail.issuedTo')}>{summary.data?.issuedTo ?? '—'}</Row>
                <Row label={t('attestations.detail.issuer')}>
                  {issuerName ?? '—'}
                  {accreditation ? (
                    <Text size="sm">
                      {/* "(verified)" only while the issuer counts as accredited under it now. */}
                      <FormattedMessage
                        id={
                          accreditedNow(summary.data?.issuer.accreditation) ? 'attestations.detail.accreditationVerified' : 'attestations.detail.accreditation'
                        }
                        values={{ accreditation }}
                      />
                    </Text>
                  ) : (
                    <Text size="sm">{t('attestations.detail.nonAccredited')}</Text>
                  )}
                  <Text size="xs" ff="monospace" c="gray.7" style={{ wordBreak: 'break-all' }}>
                    {a.issuerDid}
                  </Text>
                </Row>
                <Row label={t('attestations.detail.validity')}>
                  {formatDate(a.validFrom)} – {formatDate(a.validUntil)}
                </Row>
                <Row label={t('attestations.detail.markets')}>
                  <Group gap={4}>
                    {a.markets.map((m) => (
                      <Badge key={m} variant="outline" color="gray" tt="none">
                        {formatMarket(m)}
                      </Badge>
                    ))}
                  </Group>
                </Row>
                {evidenceDatesLabel(a.evidenceEffectiveFrom, a.evidenceValidUntil, formatDate) ? (
                  <Row label={t('attestations.detail.evidenceReliedOn')}>{evidenceDatesLabel(a.evidenceEffectiveFrom, a.evidenceValidUntil, formatDate)}</Row>
                ) : null}
                <Row label={t('attestations.detail.submission')}>
                  <Anchor component={Link} to={`/workspaces/${workspaceId}/submissions/${a.submission.number}`} size="sm">
                    #{a.submission.number}
                  </Anchor>{' '}
                  <Text span size="xs" ff="monospace" c="gray.7" style={{ wordBreak: 'break-all' }}>
                    {t('attestations.detail.digest', { digest: a.submission.digest })}
                  </Text>
                </Row>
                <Row label={t('attestations.detail.issued')}>{formatDateTime(a.issuedAt)}</Row>
              </Table.Tbody>
            </Table>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Card withBorder>
              <Title order={3} size="h4" mb="sm">
                {t('attestations.detail.publicVerification')}
              </Title>
              <Stack align="center" gap="xs">
                <QRCodeSVG
                  value={verifyUrl}
                  size={176}
                  marginSize={2}
                  level="M"
                  role="img"
                  aria-label={t('attestations.detail.qrLabel', { serial: a.serial, url: verifyUrl })}
                  data-testid="attestation-qr"
                  data-url={verifyUrl}
                />
                <Text size="sm" ta="center">
                  {t('attestations.detail.scanHint')}
                </Text>
                <Anchor href={verifyUrl} target="_blank" rel="noopener noreferrer" size="sm" style={{ wordBreak: 'break-all' }} ta="center">
                  {verifyUrl}
                </Anchor>
              </Stack>
            </Card>
            <CredentialCard attestation={a} />
            <Card withBorder>
              <Title order={3} size="h4" mb="xs">
                {t('attestations.detail.verifierSees')}
              </Title>
              {verification.isPending ? (
                <Loading label={t('attestations.detail.verifying')} />
              ) : verification.error ? (
                <ProblemAlert error={verification.error} />
              ) : (
                <Stack gap={4} data-testid="attestation-verification">
                  <Text size="sm">
                    <FormattedMessage
                      id="attestations.detail.signature"
                      values={{ valid: verification.data.signatureValid ? 'yes' : 'no', b: (c) => <strong>{c}</strong> }}
                    />
                  </Text>
                  <Text size="sm">
                    <FormattedMessage
                      id="attestations.detail.listStatus"
                      values={{ status: <StatusLabel status={verification.data.status} />, b: (c) => <strong>{c}</strong> }}
                    />
                  </Text>
                  {verification.data.issuer.kid ? (
                    <Text size="xs" c="gray.7" style={{ wordBreak: 'break-all' }}>
                      {t('attestations.detail.key', { kid: verification.data.issuer.kid, status: verification.data.issuer.keyStatus ?? 'unknown' })}
                    </Text>
                  ) : null}
                  {verification.data.reasons.length ? (
                    <List size="sm">
                      {verification.data.reasons.map((r) => (
                        <List.Item key={r.code}>{r.message}</List.Item>
                      ))}
                    </List>
                  ) : null}
                  <Text size="xs" c="gray.7">
                    {t('attestations.detail.checked', { time: formatDateTime(verification.data.checkedAt) })}
                  </Text>
                </Stack>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>

      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('attestations.detail.history')}
        </Title>
        <History attestation={a} workspaceId={workspaceId} />
      </Card>
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={140} style={{ verticalAlign: 'top' }} scope="row">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function LiveStatus({
  attestation: a,
  updatedAt,
  refreshing,
  onRefresh,
}: {
  attestation: Attestation;
  updatedAt: number;
  refreshing: boolean;
  onRefresh(): void;
}) {
  const t = useT();
  const color = STATUS_COLOR[a.status];
  return (
    <Stack gap={4} align="flex-end" aria-live="polite">
      <Paper
        withBorder
        px="md"
        py={6}
        radius="md"
        bg={`var(--mantine-color-${color}-0)`}
        style={{ borderColor: `var(--mantine-color-${color}-6)`, borderWidth: 2 }}
      >
        <Text fz={26} fw={800} lh={1.2} c={`${color}.9`} data-testid="attestation-status">
          {t(STATUS_LABEL[a.status])}
        </Text>
      </Paper>
      <Text size="sm" ta="right" maw={320}>
        {t(STATUS_EXPLANATION_ID[a.status])}
        {a.statusReason ? ` ${t('attestations.detail.reason', { reason: a.statusReason })}` : ''}
      </Text>
      <Group gap="xs" justify="flex-end">
        <Text size="xs" c="gray.7">
          {t('attestations.detail.live', { time: formatDateTime(new Date(updatedAt).toISOString(), { seconds: true }) })}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={onRefresh} loading={refreshing}>
          {t('attestations.detail.refresh')}
        </Button>
      </Group>
    </Stack>
  );
}

function CredentialCard({ attestation: a }: { attestation: Attestation }) {
  const t = useT();
  const claims = useMemo(() => JSON.stringify(decodeJwtPayload(a.credential), null, 2), [a.credential]);
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('attestations.credential.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('attestations.credential.intro')}
      </Text>
      <Stack gap="xs">
        <Button size="xs" onClick={() => saveBlob(new Blob([a.credential], { type: 'application/vc+jwt' }), `${a.serial}.vc.jwt`)}>
          {t('attestations.credential.downloadJwt')}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => saveBlob(new Blob([envelopedCredential(a.credential)], { type: 'application/vc+json' }), `${a.serial}.vc.json`)}
        >
          {t('attestations.credential.downloadJson')}
        </Button>
        <CopyButton value={a.credential}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" onClick={copy}>
              {copied ? t('attestations.credential.copied') : t('attestations.credential.copy')}
            </Button>
          )}
        </CopyButton>
      </Stack>
      <Accordion mt="sm" variant="contained">
        <Accordion.Item value="claims">
          <Accordion.Control>{t('attestations.credential.claims')}</Accordion.Control>
          <Accordion.Panel>
            <Code block style={{ maxHeight: 320, overflow: 'auto', fontSize: 11 }}>
              {claims}
            </Code>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Card>
  );
}

function History({ attestation: a, workspaceId }: { attestation: Attestation; workspaceId: string }) {
  const t = useT();
  const link = (id: string) => (chunks: ReactNode[]) => (
    <Anchor component={Link} to={`/workspaces/${workspaceId}/attestations/${id}`} size="sm">
      {chunks}
    </Anchor>
  );
  // The other attestation of a supersession may be of another workspace: its public page.
  const publicLink = (serial: string) => (
    <Anchor href={verifyPath(serial)} size="sm" ff="monospace">
      {serial}
    </Anchor>
  );
  return (
    <Timeline bulletSize={14} lineWidth={2} active={a.status === 'active' ? 1 : 2}>
      <Timeline.Item title={t('attestations.history.issuedTitle')}>
        <Text size="sm">
          {t('attestations.history.issued', { issuedAt: formatDateTime(a.issuedAt), from: formatDate(a.validFrom), until: formatDate(a.validUntil) })}
        </Text>
        {a.replacesId ? (
          <Text size="sm">
            <FormattedMessage id="attestations.history.replaces" values={{ link: link(a.replacesId) }} />
          </Text>
        ) : null}
        {a.supersedes.map((s) => (
          <Text size="sm" key={s.serial}>
            <FormattedMessage id="attestations.history.supersedes" values={{ serial: publicLink(s.serial) }} />
          </Text>
        ))}
      </Timeline.Item>
      <Timeline.Item title={t('attestations.history.now', { status: t(STATUS_LABEL[a.status]) })}>
        <Text size="sm">
          {t(STATUS_EXPLANATION_ID[a.status])}
          {a.statusReason ? ` ${t('attestations.detail.reason', { reason: a.statusReason })}` : ''}
        </Text>
        {a.replacedById ? (
          <Text size="sm">
            <FormattedMessage id="attestations.history.replacedBy" values={{ link: link(a.replacedById) }} />
          </Text>
        ) : null}
        {a.supersededBy ? (
          <Text size="sm">
            <FormattedMessage id="attestations.history.supersededBy" values={{ serial: publicLink(a.supersededBy.serial) }} />
          </Text>
        ) : null}
      </Timeline.Item>
      {a.status === 'active' || a.status === 'suspended' ? (
        <Timeline.Item title={t('attestations.history.expires')}>
          <Text size="sm">{formatDate(a.validUntil)}</Text>
        </Timeline.Item>
      ) : null}
      {a.status === 'withdrawn' || a.status === 'expired' || a.status === 'superseded' ? (
        <Timeline.Item title={t('attestations.history.finalTitle')}>
          <Text size="sm">{t('attestations.history.final', { status: a.status })}</Text>
        </Timeline.Item>
      ) : null}
    </Timeline>
  );
}
