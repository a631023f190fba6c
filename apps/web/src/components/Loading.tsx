import { useT } from '../i18n';
import { Center, Loader } from '@mantine/core';

/** A spinner named for screen readers (a status, so axe accepts its label). */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <Center p="xl" aria-live="polite">
      <Loader size="sm" role="status" aria-label={label ?? t('common.loading')} />
    </Center>
  );
}
