import { useT } from '../i18n';
import { Button, Group, Text } from '@mantine/core';
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';

export interface CursorPage<T> {
  data: T[];
  nextCursor: string | null;
}

/**
 * Cursor pagination for any `{ data, nextCursor }` list of the API: keeps the cursors of
 * the pages seen so far, so the user can go forward and back.
 */
export function useCursorPages<T>(key: QueryKey, fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>, options: { enabled?: boolean } = {}) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const query = useQuery({
    queryKey: [...key, 'page', cursor ?? null],
    queryFn: () => fetchPage(cursor),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
  return {
    ...query,
    items: query.data?.data ?? [],
    page: cursors.length,
    hasNext: !!query.data?.nextCursor,
    hasPrevious: cursors.length > 1,
    next: () => query.data?.nextCursor && setCursors((c) => [...c, query.data!.nextCursor!]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    reset: () => setCursors([undefined]),
  };
}

export function CursorPager({
  pager,
}: {
  pager: { page: number; hasNext: boolean; hasPrevious: boolean; next(): void; previous(): void; isFetching?: boolean };
}) {
  const t = useT();
  if (!pager.hasNext && !pager.hasPrevious) return null;
  return (
    <Group justify="flex-end" gap="xs" mt="sm" aria-label={t('common.pager.label')}>
      <Button size="xs" variant="default" disabled={!pager.hasPrevious} onClick={pager.previous}>
        {t('common.pager.previous')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('common.pager.page', { page: pager.page })}
      </Text>
      <Button size="xs" variant="default" disabled={!pager.hasNext} onClick={pager.next} loading={pager.isFetching}>
        {t('common.pager.next')}
      </Button>
    </Group>
  );
}
