import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface StatusBadgeProps extends Omit<BadgeProps, 'color' | 'variant'> {
  color: string;
  /** light (default): tinted, its text darkened by the theme to AA contrast; dot: the colour only in the dot, the text stays dark. */
  variant?: 'light' | 'dot';
  children: ReactNode;
  'data-testid'?: string;
  title?: string;
  /** A sentence rather than a word: wraps inside the badge instead of pushing the page wider. */
  wrap?: boolean;
}

/** A status as a badge whose words keep AA contrast and never shrink to an ellipsis in a narrow table column. */
export function StatusBadge({ color, variant = 'light', children, wrap = false, ...props }: StatusBadgeProps) {
  return (
    <Badge
      variant={variant}
      color={color}
      miw={wrap ? 0 : 'max-content'}
      styles={wrap ? { root: { height: 'auto', maxWidth: '100%', paddingBlock: 4 }, label: { whiteSpace: 'normal', overflow: 'visible' } } : undefined}
      {...props}
    >
      {children}
    </Badge>
  );
}
