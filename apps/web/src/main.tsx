import '@mantine/core/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiProblem } from './api/problem';
import { AppRoutes } from './app';
import { I18nProvider, useLocale, useT } from './i18n';
import { FRAME_NAMESPACES } from './i18n/catalogs';
import { SessionProvider } from './auth/session';
import { cssVariablesResolver, themeWith } from './theme';
import { installScrollRegions } from './components/scroll-regions';

// Toasts appear after an action, never on a first screen: their container loads beside the route, not before it.
// A toast shown earlier waits in the notifications store until the container mounts.
const Notifications = lazy(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications })));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // Client errors (4xx) are answers, not glitches: do not repeat them.
      retry: (count, error) => !(error instanceof ApiProblem && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/** Mantine with the theme's words (close buttons) in the reader's language. */
function Themed({ children }: { children: ReactNode }) {
  const t = useT();
  const theme = useMemo(() => themeWith(t('common.close')), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

/** A new language refetches what the API translates (framework titles, problems): cached answers are in the old one. */
function RefetchOnLanguageChange() {
  const { locale } = useLocale();
  const client = useQueryClient();
  const first = useRef(locale);
  useEffect(() => {
    if (locale !== first.current) {
      first.current = locale;
      void client.invalidateQueries();
    }
  }, [locale, client]);
  return null;
}

// Wide tables scrolled sideways on a phone get a tab stop (and lose it when they fit).
installScrollRegions();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider namespaces={FRAME_NAMESPACES}>
      <Themed>
        <Suspense fallback={null}>
          <Notifications position="top-right" />
        </Suspense>
        <QueryClientProvider client={queryClient}>
          <RefetchOnLanguageChange />
          <BrowserRouter>
            <SessionProvider>
              <AppRoutes />
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </Themed>
    </I18nProvider>
  </StrictMode>,
);
