import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

export type NotifyColor = 'green' | 'gray' | 'orange' | 'red';

export interface NotifyOptions {
  title?: string;
  color?: NotifyColor;
  autoClose?: boolean | number;
}

/**
 * A toast, green unless told otherwise. The theme names its close button; under a title
 * the message is printed darker than Mantine's dimmed default, for WCAG AA contrast.
 */
export function notify(message: ReactNode, { title, color = 'green', autoClose }: NotifyOptions = {}): void {
  notifications.show({
    color,
    title,
    message,
    autoClose,
    ...(title ? { styles: { description: { color: 'var(--mantine-color-gray-8)' } } } : {}),
  });
}
