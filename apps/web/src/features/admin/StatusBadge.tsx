import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Text colours for light badges that keep 4.5:1 contrast on the tinted background at badge
 * sizes (the palette's shade 9 of green, yellow, orange and red does not).
 */
const TEXT: Record<string, string> = {
  green: '#1e6b2f',
  teal: '#0b5e48',
  yellow: '#6b4300',
  orange: '#8a3c00',
  red: '#a61e1e',
  blue: '#1864ab',
  grape: '#862e9c',
  gray: '#343a40',
};

/** A status as a light badge in a tone, readable by everyone. */
export function StatusBadge({ tone, children, ...props }: Omit<BadgeProps, 'color' | 'variant'> & { tone: string; children: ReactNode; 'data-testid'?: string; title?: string }) {
  return (
    <Badge variant="light" color={tone} {...props} style={{ color: TEXT[tone], minWidth: 'max-content' }}>
      {children}
    </Badge>
  );
}
