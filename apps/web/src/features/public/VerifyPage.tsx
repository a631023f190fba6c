import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Table, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../components/format';
import {
  accreditationLabel,
  componentVersionLabel,
  evidenceDatesLabel,
  outcomeLabel,
  STATUS_COLOR,
  STATUS_EXPLANATION,
  Supersession,
  type PublicAttestation,
  type Verification,
  type VerificationStatus,
} from '../attestations/attestation-model';

/** Serials are `AT-<year>-<10 characters>`; people type them in lower case or with spaces. */
const normalizeSerial = (s: string) => s.trim().toUpperCase().replace(/\s+/g, '');

/**
 * Public verification, no login: by serial number (the QR code on an attestation opens
 * /verify/<serial>) or by pasting the signed credential itself.
 */
export function VerifyPage() {
  const { serial: routeSerial } = useParams();
  const [tab, setTab] = useState<string | null>('serial');
  return (
    <>
      <PageHeader title="Verify an attestation" description="Check the current status of an attestation issued through Attesta: no account needed." />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="serial">Look up a serial</Tabs.Tab>
          <Tabs.Tab value="credential">Check a credential</Tabs.Tab>
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
            label="Serial number"
            description="As printed on the attestation, e.g. AT-2026-7K3M9QX2TB"
            placeholder="AT-2026-…"
            value={input}
            onChange={(e) => setInput(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 240 }}
            autoComplete="off"
            spellCheck={false}
          />
          <Button type="submit" disabled={!normalizeSerial(input)}>
            Verify
          </Button>
        </Group>
      </form>
      {!serial ? null : summary.isPending ? (
        <Loading label="Looking up the attestation" />
      ) : summary.error ? (
        summary.error instanceof ApiProblem && summary.error.status === 404 ? (
          <Alert color="red" variant="light" title={summary.error.problem.title} role="alert" data-testid="verification-not-found">
            {summary.error.problem.detail ?? 'Attestation not found.'} No attestation with the serial number <strong>{serial}</strong> is known to Attesta.
            Check the number as printed on the document: a mistyped or forged serial is not found.
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
  const color = STATUS_COLOR[status];
  return (
    <Paper withBorder p="lg" radius="md" bg={`var(--mantine-color-${color}-0)`} style={{ borderColor: `var(--mantine-color-${color}-6)`, borderWidth: 2 }}>
      <Text size="sm" fw={600} c="dark.7">
        Status
      </Text>
      <Text fz={40} fw={800} lh={1.1} c={`${color}.9`} data-testid="verification-status">
        {status}
      </Text>
      <Text mt={4} c="dark.7">
        {STATUS_EXPLANATION[status]}
        {reason ? ` Reason given by the issuer: ${reason}` : ''}
      </Text>
      {children}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={170} scope="row" style={{ verticalAlign: 'top' }}>
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
  const accreditation = accreditationLabel(s.issuer.accreditation);
  return (
    <Stack gap="md" data-testid="verification-result">
      <StatusBanner status={s.status} reason={s.statusReason}>
        <Text size="sm" mt="xs" c="dark.7">
          Serial <strong>{s.serial}</strong> · read from the issuer's register {new Date(checkedAt).toLocaleTimeString()}
        </Text>
      </StatusBanner>
      <Supersession supersededBy={s.supersededBy} supersedes={s.supersedes} />
      {s.replacedBy ? (
        <Alert color="blue" variant="light" title="Replaced">
          This attestation was replaced by{' '}
          <Anchor component={Link} to={`/verify/${encodeURIComponent(s.replacedBy)}`} fw={700} c="inherit" underline="always">
            {s.replacedBy}
          </Anchor>{' '}
          after a scope reduction.
        </Alert>
      ) : null}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          Attestation
        </Title>
        <Facts>
          <Fact label="Issued to">{s.issuedTo}</Fact>
          <Fact label="Issuer">
            {s.issuer.name ?? 'Unknown issuer'}
            {accreditation ? (
              <Text size="sm">Accreditation (verified): {accreditation}</Text>
            ) : (
              <Text size="sm">Not issued under a verified accreditation</Text>
            )}
            <Text size="xs" ff="monospace" c="gray.7" style={{ wordBreak: 'break-all' }}>
              {s.issuer.id}
            </Text>
          </Fact>
          <Fact label="Outcome">{outcomeLabel(s.outcome)}</Fact>
          <Fact label="Offering">
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
          <Fact label="Scope">{s.scope}</Fact>
          <Fact label="Frameworks">
            <List size="sm">
              {s.frameworks.map((f) => (
                <List.Item key={f.code}>
                  {f.title} ({f.code} {f.version})
                </List.Item>
              ))}
            </List>
          </Fact>
          {s.conditions.length ? (
            <Fact label="Conditions">
              <List size="sm">
                {s.conditions.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
            </Fact>
          ) : null}
          <Fact label="Markets">
            <Group gap={4}>
              {s.markets.map((m) => (
                <Badge key={m} variant="outline" color="gray">
                  {m}
                </Badge>
              ))}
            </Group>
          </Fact>
          <Fact label="Valid">
            {formatDate(s.validFrom)} – {formatDate(s.validUntil)}
          </Fact>
          {evidenceDatesLabel(s.evidenceEffectiveFrom, s.evidenceValidUntil, formatDate) ? (
            <Fact label="Evidence relied on">{evidenceDatesLabel(s.evidenceEffectiveFrom, s.evidenceValidUntil, formatDate)}</Fact>
          ) : null}
          <Fact label="Issued">{formatDateTime(s.issuedAt)}</Fact>
          <Fact label="Signature">
            Not checked by a serial lookup: the status above comes from the issuer's register. To check the signature of a credential you were given, use{' '}
            <strong>Check a credential</strong>.
          </Fact>
        </Facts>
      </Paper>
    </Stack>
  );
}

function CredentialCheck() {
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
            label="Signed credential"
            description="Paste the credential (vc+jwt, or its JSON form) the manufacturer gave you. Its signature is checked against the issuer's published keys."
            placeholder="eyJhbGciOiJFZERTQSIs…"
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
              Verify credential
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
  const accreditation = accreditationLabel(r.issuer.accreditation);
  const subject = r.subject;
  return (
    <Stack gap="md" data-testid="verification-result">
      <StatusBanner status={r.status}>
        <Text mt="xs" fw={700} c="dark.7">
          {r.valid ? 'Valid: signature verified, issuer known, attestation active.' : 'Not valid.'}
        </Text>
      </StatusBanner>
      <Supersession supersededBy={r.supersededBy} supersedes={r.supersedes} />
      {r.reasons.length ? (
        <Alert color="red" variant="light" title="Why it is not valid">
          <List size="sm">
            {r.reasons.map((x) => (
              <List.Item key={`${x.code}:${x.message}`}>{x.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          Credential
        </Title>
        <Facts>
          <Fact label="Signature">
            <Text span fw={700} data-testid="signature-status">
              {r.signatureValid ? 'verified' : 'not verified'}
            </Text>
            {r.issuer.kid ? (
              <Text size="xs" ff="monospace" c="gray.7" style={{ wordBreak: 'break-all' }}>
                key {r.issuer.kid}
                {r.issuer.keyStatus ? ` (${r.issuer.keyStatus})` : ''}
              </Text>
            ) : null}
          </Fact>
          <Fact label="Issuer">
            {r.issuer.name ?? (r.issuer.known ? 'Known issuer' : 'Not an issuer of this portal')}
            {accreditation ? <Text size="sm">Accreditation: {accreditation}</Text> : null}
            {r.issuer.id ? (
              <Text size="xs" ff="monospace" c="gray.7" style={{ wordBreak: 'break-all' }}>
                {r.issuer.id}
              </Text>
            ) : null}
          </Fact>
          <Fact label="Serial">{r.attestation?.serial || subject?.serialNumber || '—'}</Fact>
          <Fact label="Issued to">{subject?.issuedTo ?? '—'}</Fact>
          <Fact label="Outcome">{outcomeLabel(subject?.outcome)}</Fact>
          <Fact label="Offering">
            {subject?.offering ?? '—'}
            {subject?.components.length ? (
              <List size="sm" mt={4}>
                {subject.components.map((c) => (
                  <List.Item key={`${c.name}:${c.version}`}>
                    {c.name} ({c.kind}, {c.version})
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Fact>
          <Fact label="Scope">{subject?.scope ?? '—'}</Fact>
          <Fact label="Frameworks">{subject?.frameworks.length ? subject.frameworks.join(', ') : '—'}</Fact>
          {subject?.conditions.length ? (
            <Fact label="Conditions">
              <List size="sm">
                {subject.conditions.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
            </Fact>
          ) : null}
          <Fact label="Markets">{subject?.markets.length ? subject.markets.join(', ') : '—'}</Fact>
          <Fact label="Valid">{r.attestation ? `${formatDate(r.attestation.validFrom)} – ${formatDate(r.attestation.validUntil)}` : '—'}</Fact>
          <Fact label="Checked">{formatDateTime(r.checkedAt)}</Fact>
        </Facts>
      </Paper>
    </Stack>
  );
}
