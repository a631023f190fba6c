import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Table, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime, formatList, formatMarket } from '../../components/format';
import { FormattedMessage, messageId, useLocale, useT, type MessageId } from '../../i18n';
import {
  accreditationLabel,
  componentVersionLabel,
  evidenceDatesLabel,
  outcomeLabel,
  STATUS_COLOR,
  STATUS_EXPLANATION,
  StatusLabel,
  Supersession,
  type PublicAttestation,
  type Verification,
  type VerificationStatus,
} from '../attestations/attestation-model';
import { pickLanguageText } from './language-pick';

const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** Why a credential is not valid, by code; a code the portal does not know shows the API's message. */
const REASON: Record<string, MessageId> = {
  malformed: messageId('public.reason.malformed'),
  unsecured: messageId('public.reason.unsecured'),
  unsupported_algorithm: messageId('public.reason.unsupported_algorithm'),
  unknown_issuer: messageId('public.reason.unknown_issuer'),
  unknown_key: messageId('public.reason.unknown_key'),
  invalid_signature: messageId('public.reason.invalid_signature'),
  issuer_mismatch: messageId('public.reason.issuer_mismatch'),
  not_yet_valid: messageId('public.reason.not_yet_valid'),
  expired: messageId('public.reason.expired'),
  suspended: messageId('public.reason.suspended'),
  withdrawn: messageId('public.reason.withdrawn'),
  superseded: messageId('public.reason.superseded'),
  unknown_status: messageId('public.reason.unknown_status'),
};

const KEY_STATUS: Record<string, MessageId> = { active: messageId('public.keyStatus.active'), retired: messageId('public.keyStatus.retired') };

/** Serials are `AT-<year>-<10 characters>`; people type them in lower case or with spaces. */
const normalizeSerial = (s: string) => s.trim().toUpperCase().replace(/\s+/g, '');

/**
 * Public verification, no login: by serial number (the QR code on an attestation opens
 * /verify/<serial>) or by pasting the signed credential itself.
 */
export function VerifyPage() {
  const { serial: routeSerial } = useParams();
  const [tab, setTab] = useState<string | null>('serial');
  const t = useT();
  return (
    <>
      <PageHeader title={t('public.verify.title')} description={t('public.verify.description')} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="serial">{t('public.verify.tabSerial')}</Tabs.Tab>
          <Tabs.Tab value="credential">{t('public.verify.tabCredential')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="serial">
          <SerialLookup key={routeSerial ?? ''} routeSerial={routeSerial} />
        </Tabs.Panel>
        <Tabs.Panel value="credential">
          <CredentialCheck />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function SerialLookup({ routeSerial }: { routeSerial: string | undefined }) {
  const navigate = useNavigate();
  const t = useT();
  const serial = routeSerial ? normalizeSerial(routeSerial) : '';
  const [input, setInput] = useState(serial);
  const summary = useQuery({
    queryKey: ['public-attestation', serial],
    queryFn: () => unwrap(api.GET('/v1/public/attestations/{serial}', { params: { path: { serial } } })),
    enabled: !!serial,
    // Someone holding the page open sees a suspension without reloading.
    refetchInterval: 30_000,
  });
  return (
    <Stack gap="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const next = normalizeSerial(input);
          if (next) void navigate(`/verify/${encodeURIComponent(next)}`);
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('public.serial.label')}
            description={t('public.serial.hint', { example: 'AT-2026-7K3M9QX2TB' })}
            placeholder={t('public.serial.placeholder')}
            value={input}
            onChange={(e) => setInput(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 240 }}
            autoComplete="off"
            spellCheck={false}
          />
          <Button type="submit" disabled={!normalizeSerial(input)}>
            {t('public.serial.submit')}
          </Button>
        </Group>
      </form>
      {!serial ? null : summary.isPending ? (
        <Loading label={t('public.serial.loading')} />
      ) : summary.error ? (
        summary.error instanceof ApiProblem && summary.error.status === 404 ? (
          <Alert
            color="red"
            variant="light"
            title={summary.error.problem.title ?? t('public.serial.notFoundTitle')}
            role="alert"
            data-testid="verification-not-found"
          >
            {summary.error.problem.detail ?? t('public.serial.notFoundDetail')} <FormattedMessage id="public.serial.notFound" values={{ serial, b: bold }} />
          </Alert>
        ) : (
          <ProblemAlert error={summary.error} />
        )
      ) : (
        <SummaryResult summary={summary.data} checkedAt={summary.dataUpdatedAt} />
      )}
    </Stack>
  );
}

function StatusBanner({ status, reason, children }: { status: VerificationStatus; reason?: string | null; children?: ReactNode }) {
  const t = useT();
  const color = STATUS_COLOR[status];
  return (
    <Paper withBorder p="lg" radius="md" bg={`var(--mantine-color-${color}-0)`} style={{ borderColor: `var(--mantine-color-${color}-6)`, borderWidth: 2 }}>
      <Text size="sm" fw={600} c="dark.7">
        {t('public.status.heading')}
      </Text>
      <Text fz={40} fw={800} lh={1.1} c={`${color}.9`} data-testid="verification-status" style={{ overflowWrap: 'anywhere' }}>
        <StatusLabel status={status} />
      </Text>
      <Text mt={4} c="dark.7">
        {STATUS_EXPLANATION[status]}
        {reason ? ` ${t('public.status.reason', { reason })}` : ''}
      </Text>
      {children}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th miw={120} scope="row" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function Facts({ children }: { children: ReactNode }) {
  return (
    <Table withRowBorders={false} striped={false} highlightOnHover={false} verticalSpacing={6}>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

function SummaryResult({ summary: s, checkedAt }: { summary: PublicAttestation; checkedAt: number }) {
  const t = useT();
  const { locale } = useLocale();
  const accreditation = accreditationLabel(s.issuer.accreditation);
  const name = pickLanguageText(s.name, locale);
  return (
    <Stack gap="md" data-testid="verification-result">
      <StatusBanner status={s.status as VerificationStatus} reason={s.statusReason}>
        <Text size="sm" mt="xs" c="dark.7">
          <FormattedMessage id="public.summary.readAt" values={{ serial: s.serial, time: formatDateTime(new Date(checkedAt).toISOString()), b: bold }} />
        </Text>
      </StatusBanner>
      <Supersession supersededBy={s.supersededBy} supersedes={s.supersedes} />
      {s.replacedBy ? (
        <Alert color="blue" variant="light" title={t('public.summary.replacedTitle')}>
          <FormattedMessage
            id="public.summary.replacedBy"
            values={{
              link: (
                <Anchor component={Link} to={`/verify/${encodeURIComponent(s.replacedBy)}`} fw={700} c="inherit" underline="always">
                  {s.replacedBy}
                </Anchor>
              ),
            }}
          />
        </Alert>
      ) : null}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs" data-testid="attestation-name">
          {name ?? t('public.summary.heading')}
        </Title>
        <Facts>
          <Fact label={t('public.fact.issuedTo')}>{s.issuedTo}</Fact>
          <Fact label={t('public.fact.issuer')}>
            {s.issuer.name ?? t('public.issuer.unknown')}
            {accreditation ? (
              <Text size="sm">
                <FormattedMessage id="public.issuer.accreditationVerified" values={{ accreditation }} />
              </Text>
            ) : (
              <Text size="sm">{t('public.issuer.notAccredited')}</Text>
            )}
            <Text size="xs" ff="monospace" c="gray.7" style={{ wordBreak: 'break-all' }}>
              {s.issuer.id}
            </Text>
          </Fact>
          <Fact label={t('public.fact.outcome')}>{outcomeLabel(s.outcome)}</Fact>
          <Fact label={t('public.fact.offering')}>
            {s.offering}
            {s.components.length ? (
              <List size="sm" mt={4}>
                {s.components.map((c) => (
                  <List.Item key={`${c.name}:${c.version}`}>
                    {c.name} ({componentVersionLabel(c)})
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Fact>
          <Fact label={t('public.fact.scope')}>{s.scope}</Fact>
          <Fact label={t('public.fact.frameworks')}>
            <List size="sm" data-testid="framework-names">
              {s.frameworks.map((f) => (
                <List.Item key={f.code}>
                  {pickLanguageText(f.names, locale) ?? t('public.framework.item', { title: f.title, code: f.code, version: f.version })}
                  {pickLanguageText(f.names, locale) ? ` (${f.code})` : null}
                </List.Item>
              ))}
            </List>
          </Fact>
          {s.conditions.length ? (
            <Fact label={t('public.fact.conditions')}>
              <List size="sm">
                {s.conditions.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
            </Fact>
          ) : null}
          <Fact label={t('public.fact.markets')}>
            <Group gap={4}>
              {s.markets.map((m) => (
                <Badge key={m} variant="outline" color="gray" tt="none">
                  {formatMarket(m)}
                </Badge>
              ))}
            </Group>
          </Fact>
          <Fact label={t('public.fact.valid')}>{t('public.fact.validRange', { from: formatDate(s.validFrom), until: formatDate(s.validUntil) })}</Fact>
          {evidenceDatesLabel(s.evidenceEffectiveFrom, s.evidenceValidUntil, formatDate) ? (
            <Fact label={t('public.fact.evidence')}>{evidenceDatesLabel(s.evidenceEffectiveFrom, s.evidenceValidUntil, formatDate)}</Fact>
          ) : null}
          <Fact label={t('public.fact.issued')}>{formatDateTime(s.issuedAt)}</Fact>
          <Fact label={t('public.fact.signature')}>
            <FormattedMessage id="public.summary.signatureNote" values={{ b: bold }} />
          </Fact>
        </Facts>
      </Paper>
    </Stack>
  );
}

function CredentialCheck() {
  const t = useT();
  const [credential, setCredential] = useState('');
  const verify = useMutation({
    mutationFn: (text: string) => unwrap(api.POST('/v1/public/verify', { body: { credential: text } })),
  });
  return (
    <Stack gap="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const text = credential.trim();
          if (text) verify.mutate(text);
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('public.credential.label')}
            description={t('public.credential.hint')}
            placeholder={t('public.credential.placeholder')}
            autosize
            minRows={4}
            maxRows={12}
            value={credential}
            onChange={(e) => setCredential(e.currentTarget.value)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
            spellCheck={false}
          />
          <Group>
            <Button type="submit" loading={verify.isPending} disabled={!credential.trim()}>
              {t('public.credential.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ProblemAlert error={verify.error} />
      {verify.data ? <VerificationResult result={verify.data} /> : null}
    </Stack>
  );
}

function VerificationResult({ result: r }: { result: Verification }) {
  const t = useT();
  const { locale } = useLocale();
  const accreditation = accreditationLabel(r.issuer.accreditation);
  const subject = r.subject;
  const name = pickLanguageText(subject?.name, locale);
  const frameworks = subject ? subject.frameworks.map((f, i) => pickLanguageText(subject.frameworkNames?.[i]?.names, locale) ?? f) : [];
  const keyStatus = r.issuer.keyStatus ? (KEY_STATUS[r.issuer.keyStatus] ? t(KEY_STATUS[r.issuer.keyStatus]!) : r.issuer.keyStatus) : null;
  return (
    <Stack gap="md" data-testid="verification-result">
      <StatusBanner status={r.status as VerificationStatus}>
        <Text mt="xs" fw={700} c="dark.7">
          {r.valid ? t('public.result.valid') : t('public.result.invalid')}
        </Text>
      </StatusBanner>
      <Supersession supersededBy={r.supersededBy} supersedes={r.supersedes} />
      {r.reasons.length ? (
        <Alert color="red" variant="light" title={t('public.result.whyInvalid')}>
          <List size="sm">
            {r.reasons.map((x) => (
              <List.Item key={`${x.code}:${x.message}`}>{REASON[x.code] ? t(REASON[x.code]!) : x.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs" data-testid="credential-name">
          {name ?? t('public.result.heading')}
        </Title>
        <Facts>
          <Fact label={t('public.fact.signature')}>
            <Text span fw={700} data-testid="signature-status">
              {r.signatureValid ? t('public.signature.verified') : t('public.signature.notVerified')}
            </Text>
            {r.issuer.kid ? (
              <Text size="xs" ff="monospace" c="gray.7" style={{ wordBreak: 'break-all' }}>
                {keyStatus ? t('public.issuer.keyWithStatus', { kid: r.issuer.kid, status: keyStatus }) : t('public.issuer.key', { kid: r.issuer.kid })}
              </Text>
            ) : null}
          </Fact>
          <Fact label={t('public.fact.issuer')}>
            {r.issuer.name ?? (r.issuer.known ? t('public.issuer.known') : t('public.issuer.notOurs'))}
            {accreditation ? (
              <Text size="sm">
                <FormattedMessage id="public.issuer.accreditation" values={{ accreditation }} />
              </Text>
            ) : null}
            {r.issuer.id ? (
              <Text size="xs" ff="monospace" c="gray.7" style={{ wordBreak: 'break-all' }}>
                {r.issuer.id}
              </Text>
            ) : null}
          </Fact>
          <Fact label={t('public.fact.serial')}>{r.attestation?.serial || subject?.serialNumber || '—'}</Fact>
          <Fact label={t('public.fact.issuedTo')}>{subject?.issuedTo ?? '—'}</Fact>
          <Fact label={t('public.fact.outcome')}>{outcomeLabel(subject?.outcome)}</Fact>
          <Fact label={t('public.fact.offering')}>
            {subject?.offering ?? '—'}
            {subject?.components.length ? (
              <List size="sm" mt={4}>
                {subject.components.map((c) => (
                  <List.Item key={`${c.name}:${c.version}`}>
                    {componentVersionLabel(c) ? (
                      <>
                        {c.name} ({componentVersionLabel(c)})
                      </>
                    ) : (
                      c.name
                    )}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Fact>
          <Fact label={t('public.fact.scope')}>{subject?.scope ?? '—'}</Fact>
          <Fact label={t('public.fact.frameworks')}>
            {frameworks.length ? (
              <List size="sm" data-testid="credential-frameworks">
                {frameworks.map((f, i) => (
                  <List.Item key={`${i}:${f}`}>{f}</List.Item>
                ))}
              </List>
            ) : (
              '—'
            )}
          </Fact>
          {subject?.conditions.length ? (
            <Fact label={t('public.fact.conditions')}>
              <List size="sm">
                {subject.conditions.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
            </Fact>
          ) : null}
          <Fact label={t('public.fact.markets')}>{subject?.markets.length ? formatList(subject.markets.map(formatMarket)) : '—'}</Fact>
          <Fact label={t('public.fact.valid')}>
            {r.attestation ? t('public.fact.validRange', { from: formatDate(r.attestation.validFrom), until: formatDate(r.attestation.validUntil) }) : '—'}
          </Fact>
          <Fact label={t('public.fact.checked')}>{formatDateTime(r.checkedAt)}</Fact>
        </Facts>
      </Paper>
    </Stack>
  );
}
