import { AppShell, Burger, Group, NavLink, Select, Text, Button, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { ADMIN_ROLES, useSession } from '../auth/session';
import { Loading } from '../components/Loading';

interface NavItem {
  to: string;
  label: string;
  /** Organization kinds that see the entry (all when absent). */
  kinds?: string[];
  admin?: boolean;
}

const NAV: NavItem[] = [
  { to: '/workspaces', label: 'Workspaces' },
  { to: '/offerings', label: 'Offerings', kinds: ['manufacturer'] },
  { to: '/reviews', label: 'Review queue', kinds: ['assessor'] },
  { to: '/personnel', label: 'Personnel', kinds: ['manufacturer', 'service_vendor'] },
  { to: '/tenders', label: 'Tenders', kinds: ['procurer', 'manufacturer', 'service_vendor'] },
  { to: '/accreditations', label: 'Accreditations', kinds: ['accreditation_body'] },
  { to: '/verify', label: 'Verify an attestation' },
  { to: '/settings/accreditation', label: 'Accreditation', kinds: ['assessor'] },
  { to: '/settings/members', label: 'Members', admin: true },
  { to: '/settings/api-keys', label: 'API keys', admin: true },
  { to: '/settings/webhooks', label: 'Webhooks', admin: true },
];

/** The signed-in frame: navigation for the user's organization kind and role, organization switcher. */
export function Shell() {
  const { ready, session, me, signOut, switchOrganization } = useSession();
  const [opened, { toggle }] = useDisclosure();
  const location = useLocation();
  if (!ready) return <Loading label="Restoring your session" />;
  if (!session) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;

  const current = me?.organizations.find((o) => o.organization.id === session.organizationId);
  const kind = current?.organization.kind;
  const isAdmin = ADMIN_ROLES.includes(session.role);
  const items = NAV.filter((n) => (!n.kinds || (kind && n.kinds.includes(kind))) && (!n.admin || isAdmin));

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text component={Link} to="/" fw={700} size="lg">
              Attesta
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {me && me.organizations.length > 1 ? (
              <Select
                aria-label="Organization"
                size="xs"
                w={240}
                allowDeselect={false}
                value={session.organizationId}
                data={me.organizations.map((o) => ({ value: o.organization.id, label: o.organization.name }))}
                onChange={(v) => v && v !== session.organizationId && void switchOrganization(v)}
              />
            ) : (
              <Text size="sm" data-testid="organization-name">
                {current?.organization.name}
              </Text>
            )}
            <Button size="xs" variant="default" onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        <ScrollArea>
          {items.map((n) => (
            <NavLink key={n.to} component={Link} to={n.to} label={n.label} active={location.pathname.startsWith(n.to)} />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
