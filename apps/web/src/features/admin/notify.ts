import { notifications } from '@mantine/notifications';

/** A short confirmation toast; its close button has an accessible name. */
export function notify(message: string, color: 'green' | 'orange' | 'red' = 'green'): void {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': 'Dismiss' } });
}
