/**
 * The portal's words and formats. Every visible string comes from a catalog
 * (`<namespace>/en.ts` plus one file per language, ICU MessageFormat, typed ids), loaded per
 * namespace with the screens that use it (`lazyScreen`, catalogs.ts):
 *
 *   const t = useT();
 *   t('evidence.list.title');  t('evidence.list.count', { count: 3 })
 *   <FormattedMessage id="reviews.decision.hint" values={{ b: (c) => <strong>{c}</strong> }} />
 *
 * Dates, times, numbers, markets and languages go through `components/format.ts`, which
 * follows the chosen language (validity dates are calendar days; times name their zone).
 */
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from './types';

export { FormattedMessage } from 'react-intl';
export { I18nProvider, useLocale, useNamespaces } from './I18nProvider';
export { lazyScreen } from './lazy-screen';
export type { MessageId, Namespace, Translation } from './types';

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** A message by id, as plain text, in the portal's language. */
export function useT(): (id: MessageId, values?: MessageValues) => string {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values as Record<string, string | number>), [intl]);
}

/** Ids kept in module constants (navigation, status maps): typed, resolved with useT() at render. */
export function messageId<T extends MessageId>(id: T): T {
  return id;
}
