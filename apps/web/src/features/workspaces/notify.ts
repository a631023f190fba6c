import { notifications } from '@mantine/notifications';

/** A success (or neutral) message; its close button is named for screen readers. */
export function notify(message: string, color: 'green' | 'gray' = 'green'): void {
  notifications.show({ message, color, closeButtonProps: { 'aria-label': 'Close notification' } });
}
