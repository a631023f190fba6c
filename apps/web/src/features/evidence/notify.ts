import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

/**
 * notifications.show with what axe asks of it: a named close button and description text
 * dark enough for WCAG AA (Mantine's default description colour is too light).
 */
export function notify(options: { title: string; message: ReactNode; color?: 'green' | 'red'; autoClose?: boolean | number }) {
  notifications.show({
    color: options.color ?? 'green',
    title: options.title,
    message: options.message,
    autoClose: options.autoClose,
    closeButtonProps: { 'aria-label': 'Close notification' },
    styles: { description: { color: 'var(--mantine-color-gray-8)' } },
  });
}
