import { lazy, type ComponentType } from 'react';
import { useNamespaces } from './I18nProvider';
import { loadNamespaces } from './catalogs';
import type { Namespace } from './types';

/**
 * A screen loaded when first shown, together with its messages: the chunk and the
 * namespaces (in the current language) load in parallel and the screen draws once both are
 * in. i18n/route-namespaces.test.tsx checks that the namespaces cover every id the screen's code names.
 *
 *   const EvidencePage = lazyScreen(['evidence'], () => import('./features/evidence/EvidencePage').then((m) => m.EvidencePage));
 */
export function lazyScreen<P extends object>(namespaces: readonly Namespace[], load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [Screen] = await Promise.all([load(), loadNamespaces(namespaces)]);
    function WithMessages(props: P) {
      // After a language switch the namespaces are in before it shows; this only waits if they are not.
      useNamespaces(namespaces);
      return <Screen {...props} />;
    }
    WithMessages.displayName = Screen.displayName ?? Screen.name;
    return { default: WithMessages };
  });
}
