import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { sessionStore } from '../../api/session-store';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { notify } from '../../components/notify';
import { useT } from '../../i18n';

/**
 * Where the invitation link (`/accept-invitation?token=…`) lands: a new person chooses a
 * name and password, someone with an account confirms with their password; then the
 * portal signs them in, acting for the inviting organization.
 */
export function AcceptInvitationPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { signIn, switchOrganization } = useSession();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldError = (f: string) => (error instanceof ApiProblem ? error.fieldError(f) : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const accepted = await unwrap(api.POST('/v1/invitations/accept', { body: { token, password, ...(name.trim() ? { name: name.trim() } : {}) } }));
      // The answer is an API session; the portal keeps its own (refresh cookie), so sign in.
      await signIn(email.trim(), password);
      if (sessionStore.get()?.organizationId !== accepted.organizationId) await switchOrganization(accepted.organizationId);
      notify(t('admin.accept.welcome'));
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
        {t('admin.accept.title')}
      </Title>
      {!token ? (
        <Alert color="yellow" variant="light" title={t('admin.accept.noToken')}>
          {t('admin.accept.noTokenHint')}
        </Alert>
      ) : (
        <Paper withBorder p="lg" radius="md" component="form" onSubmit={(e: FormEvent) => void submit(e)} aria-label={t('admin.accept.form')}>
          <Stack>
            <Text size="sm">{t('admin.accept.intro')}</Text>
            <TextInput
              label={t('admin.accept.email')}
              description={t('admin.accept.emailHint')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <TextInput
              label={t('admin.accept.name')}
              description={t('admin.accept.nameHint')}
              autoComplete="name"
              maxLength={200}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError('name')}
            />
            <PasswordInput
              label={t('admin.accept.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError('password')}
            />
            <ProblemAlert error={error} />
            <Button type="submit" loading={busy} fullWidth>
              {t('admin.accept.submit')}
            </Button>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
