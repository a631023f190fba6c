import { Center, Loader } from '@mantine/core';

/** A spinner named for screen readers (a status, so axe accepts its label). */
export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <Center p="xl" aria-live="polite">
      <Loader size="sm" role="status" aria-label={label} />
    </Center>
  );
}
