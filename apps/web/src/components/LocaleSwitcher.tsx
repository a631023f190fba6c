import { LOCALE_ENDONYMS, LOCALES, isLocale, type Locale } from '@attesta/i18n';
import { Group, NativeSelect } from '@mantine/core';
import { useLocale, useT } from '../i18n';
import { marked } from '../i18n/runtime';

/**
 * The language picker (each language named in itself) and, for Thai readers, the calendar:
 * Gregorian by default, the Buddhist era only when chosen. `onChosen` persists the choice
 * (the signed-in frame saves it to the user's profile). Native selects, as on the light public
 * pages: the frame on every first route carries no dropdown library (popover, floating UI).
 */
export function LocaleSwitcher({ onChosen }: { onChosen?: (locale: Locale) => void }) {
  const t = useT();
  const { locale, calendar, setLocale } = useLocale();
  return (
    <Group gap={4} wrap="nowrap">
      <NativeSelect
        aria-label={t('common.locale.label')}
        data-testid="locale-switcher"
        size="xs"
        w={150}
        value={locale}
        data={LOCALES.map((l) => ({ value: l, label: marked(LOCALE_ENDONYMS[l]) }))}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (!isLocale(value) || value === locale) return;
          setLocale(value);
          onChosen?.(value);
        }}
      />
      {locale === 'th' ? (
        <NativeSelect
          aria-label={t('common.locale.calendar')}
          size="xs"
          w={130}
          value={calendar}
          data={[
            { value: 'gregory', label: t('common.locale.gregorian') },
            { value: 'buddhist', label: t('common.locale.buddhist') },
          ]}
          onChange={(event) => setLocale('th', event.currentTarget.value === 'buddhist' ? 'buddhist' : 'gregory')}
        />
      ) : null}
    </Group>
  );
}
