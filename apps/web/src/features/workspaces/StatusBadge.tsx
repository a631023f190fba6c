import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A status as a badge whose words keep full contrast (the colour is in the dot, the text
 * stays dark) and never shrink to an ellipsis in a narrow table column.
 */
export function StatusBadge({ color, children, ...rest }: Omit<BadgeProps, 'variant'> & { color: string; children: ReactNode }) {
  return (
    <Badge variant="dot" color={color} miw="max-content" {...rest}>
      {children}
    </Badge>
  );
}
