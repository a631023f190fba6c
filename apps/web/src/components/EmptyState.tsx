import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** What an empty list shows: what is missing and what to do next. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" data-testid="empty-state">
      <Stack gap="xs" align="flex-start">
        <Text fw={600}>{title}</Text>
        {children ? (
          <Text size="sm" c="dimmed">
            {children}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Paper>
  );
}
