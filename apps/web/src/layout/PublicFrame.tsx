import { Anchor, Container, Group, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { LocaleSwitcher } from '../components/LocaleSwitcher';
import { useT } from '../i18n';

/** Pages anyone may open without signing in (attestation verification). */
export function PublicFrame() {
  const t = useT();
  return (
    <>
      <header>
        <Container size="md" py="md">
          <Group justify="space-between">
            <Text component="a" href="/verify" fw={700} size="lg">
              {t('common.brand')}
            </Text>
            <Group gap="sm" wrap="nowrap">
              <LocaleSwitcher />
              <Anchor component={Link} to="/sign-in" size="sm">
                {t('common.public.signIn')}
              </Anchor>
            </Group>
          </Group>
        </Container>
      </header>
      <Container size="md" pb="xl" component="main">
        <Outlet />
      </Container>
    </>
  );
}
