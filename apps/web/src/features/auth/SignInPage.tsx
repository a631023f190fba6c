import { Anchor, Button, Container, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '../../auth/session';
import { LocaleSwitcher } from '../../components/LocaleSwitcher';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FormattedMessage, useT } from '../../i18n';

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const t = useT();
  const { ready, session, signIn } = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (ready && session) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container size={420} py={80} component="main">
      <Group justify="flex-end" mb="md">
        <LocaleSwitcher />
      </Group>
      <Title order={1} ta="center">
        {t('auth.signIn.product')}
      </Title>
      <Text c="dimmed" size="sm" ta="center" mb="lg">
        {t('auth.signIn.tagline')}
      </Text>
      <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} aria-label={t('auth.signIn.form')}>
        <Stack>
          <ProblemAlert error={error} />
          <TextInput
            label={t('auth.signIn.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('auth.signIn.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy} fullWidth>
            {t('auth.signIn.submit')}
          </Button>
        </Stack>
      </Paper>
      <Text size="sm" ta="center" mt="md">
        <FormattedMessage
          id="auth.signIn.verifyHint"
          values={{
            link: (chunks) => <Anchor href="/verify">{chunks}</Anchor>,
          }}
        />
      </Text>
    </Container>
  );
}
