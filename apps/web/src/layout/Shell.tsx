import { Burger, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { ADMIN_ROLES, useSession } from '../auth/session';
import { LocaleSwitcher } from '../components/LocaleSwitcher';
import { useT, type MessageId } from '../i18n';
import { Loading } from '../components/Loading';
import classes from './Shell.module.css';

interface NavItem {
  to: string;
  label: MessageId;
  /** Organization kinds that see the entry (all when absent). */
  kinds?: string[];
  admin?: boolean;
  /** A light page of its own (verify.html), not a route of this app: a plain link, a full page load. */
  page?: boolean;
}

const NAV: NavItem[] = [
  { to: '/workspaces', label: 'common.nav.workspaces' },
  { to: '/action-items', label: 'common.nav.actionItems', kinds: ['manufacturer'] },
  { to: '/offerings', label: 'common.nav.offerings', kinds: ['manufacturer'] },
  { to: '/reviews', label: 'common.nav.reviewQueue', kinds: ['assessor'] },
  { to: '/personnel', label: 'common.nav.personnel', kinds: ['manufacturer', 'service_vendor'] },
  { to: '/tenders', label: 'common.nav.tenders', kinds: ['procurer', 'manufacturer', 'service_vendor'] },
  { to: '/accreditations', label: 'common.nav.accreditations', kinds: ['accreditation_body'] },
  { to: '/verify', label: 'common.nav.verify', page: true },
  { to: '/settings/accreditation', label: 'common.nav.accreditation', kinds: ['assessor'] },
  { to: '/settings/members', label: 'common.nav.members', admin: true },
  { to: '/settings/api-keys', label: 'common.nav.apiKeys', admin: true },
  { to: '/settings/webhooks', label: 'common.nav.webhooks', admin: true },
];

/** The signed-in frame: navigation for the user's organization kind and role, organization switcher. */
export function Shell() {
  const { ready, session, me, signOut, switchOrganization, saveLocale } = useSession();
  const t = useT();
  const [opened, { toggle }] = useDisclosure();
  const location = useLocation();
  useHeadingFocus(location.pathname);
  if (!ready) return <Loading label={t('common.shell.restoring')} />;
  if (!session) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;

  const current = me?.organizations.find((o) => o.organization.id === session.organizationId);
  const kind = current?.organization.kind;
  const isAdmin = ADMIN_ROLES.includes(session.role);
  const items = NAV.filter((n) => (!n.kinds || (kind && n.kinds.includes(kind))) && (!n.admin || isAdmin));
  // The organization and the language: in the header on wide screens, atop the navigation on a phone.
  const controls = (
    <>
      {me && me.organizations.length > 1 ? (
        <NativeSelect
          aria-label={t('common.shell.organization')}
          size="xs"
          w={240}
          maw="100%"
          value={session.organizationId}
          data={me.organizations.map((o) => ({ value: o.organization.id, label: o.organization.name }))}
          onChange={(event) => event.currentTarget.value !== session.organizationId && void switchOrganization(event.currentTarget.value)}
        />
      ) : (
        <Text size="sm" data-testid="organization-name">
          {current?.organization.name}
        </Text>
      )}
      <LocaleSwitcher onChosen={(locale) => void saveLocale(locale)} />
    </>
  );

  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.shell.skipToContent')}
      </a>
      <header className={classes.header}>
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('common.shell.toggleNavigation')} aria-expanded={opened} />
            <Text component={Link} to="/" fw={700} size="lg">
              {t('common.brand')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" visibleFrom="sm">
              {controls}
            </Group>
            <Button size="xs" variant="default" onClick={() => void signOut()}>
              {t('common.shell.signOut')}
            </Button>
          </Group>
        </Group>
      </header>
      <nav className={classes.navbar} data-opened={opened || undefined} aria-label={t('common.nav.main')}>
        <Stack gap="xs" hiddenFrom="sm" mb="sm">
          {controls}
        </Stack>
        <div className={classes.links}>
          {items.map((n) =>
            n.page ? (
              <a key={n.to} className={classes.link} href={n.to}>
                {t(n.label)}
              </a>
            ) : (
              <Link key={n.to} className={classes.link} to={n.to} aria-current={location.pathname.startsWith(n.to) ? 'page' : undefined}>
                {t(n.label)}
              </Link>
            ),
          )}
        </div>
      </nav>
      <main id="main" tabIndex={-1} className={classes.main}>
        <Outlet />
      </main>
    </>
  );
}

/**
 * After a navigation (not on the first load), focus moves to the new page's heading, so a
 * screen reader announces it and the keyboard starts from the top of the content.
 */
function useHeadingFocus(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      const heading = document.querySelector<HTMLElement>('#main h1, #main h2');
      const target = heading ?? document.getElementById('main');
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: false });
    }, 50);
    return () => window.clearTimeout(timer);
  }, [pathname]);
}
