import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A status as a light badge in a tone (the theme keeps its text at AA contrast); never truncated in narrow table cells. */
export function StatusBadge({ tone, children, ...props }: Omit<BadgeProps, 'color' | 'variant'> & { tone: string; children: ReactNode; 'data-testid'?: string; title?: string }) {
  return (
    <Badge variant="light" color={tone} {...props} style={{ minWidth: 'max-content' }}>
      {children}
    </Badge>
  );
}
