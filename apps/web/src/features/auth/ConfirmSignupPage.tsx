import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiProblem, toProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { notify } from '../../components/notify';
import { useT } from '../../i18n';

/** Confirms a sign-up; the answer is an API session, which the portal does not keep (it signs in with its cookie session). */
async function confirmSignup(token: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch('/v1/auth/signup/confirm', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
  } catch (e) {
    throw new ApiProblem(toProblem(0, (e as Error).message));
  }
  if (!res.ok) {
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: the text is the detail.
    }
    throw new ApiProblem(toProblem(res.status, body, res.statusText));
  }
}

/**
 * Where the sign-up confirmation link (`/confirm-signup?token=…`) lands: the organization and
 * its owner are created when the link is confirmed here; then the portal signs the owner in
 * with the e-mail and password chosen at sign-up.
 */
export function ConfirmSignupPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await confirmSignup(token);
      await signIn(email.trim(), password);
      notify(t('auth.confirmSignup.welcome'));
      void navigate('/', { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={460} mx="auto" mt="xl">
      <Title order={1} size="h2">
        {t('auth.confirmSignup.title')}
      </Title>
      {!token ? (
        <Alert color="yellow" variant="light" title={t('auth.confirmSignup.noToken')}>
          {t('auth.confirmSignup.noTokenHint')}
        </Alert>
      ) : (
        <Paper withBorder p="lg" radius="md" component="form" onSubmit={(e: FormEvent) => void submit(e)} aria-label={t('auth.confirmSignup.form')}>
          <Stack>
            <Text size="sm">{t('auth.confirmSignup.intro')}</Text>
            <TextInput
              label={t('auth.confirmSignup.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('auth.confirmSignup.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <ProblemAlert error={error} />
            <Button type="submit" loading={busy} fullWidth>
              {t('auth.confirmSignup.submit')}
            </Button>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
