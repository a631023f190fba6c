import { Anchor, Container, Group, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router';

/** Pages anyone may open without signing in (attestation verification). */
export function PublicFrame() {
  return (
    <>
      <header>
        <Container size="md" py="md">
          <Group justify="space-between">
            <Text component={Link} to="/verify" fw={700} size="lg">
              Attesta
            </Text>
            <Anchor component={Link} to="/sign-in" size="sm">
              Sign in
            </Anchor>
          </Group>
        </Container>
      </header>
      <Container size="md" pb="xl" component="main">
        <Outlet />
      </Container>
    </>
  );
}
