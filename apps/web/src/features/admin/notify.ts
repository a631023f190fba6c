import { notifications } from '@mantine/notifications';

/** A short confirmation toast. */
export function notify(message: string, color: 'green' | 'orange' | 'red' = 'green'): void {
  notifications.show({ color, message });
}
