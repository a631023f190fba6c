import { useT } from '../i18n';
import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { ProblemAlert } from './ProblemAlert';

interface ConfirmButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  /** The button's text, also the confirm button's text. */
  label: string;
  title: string;
  message: ReactNode;
  onConfirm(): Promise<unknown>;
  /** Accessible name when the label alone is ambiguous in a table row. */
  ariaLabel?: string;
}

/** A destructive action behind a confirmation dialog; the dialog shows the API's answer if it fails. */
export function ConfirmButton({ label, title, message, onConfirm, ariaLabel, color = 'red', ...buttonProps }: ConfirmButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const t = useT();

  const confirm = async () => {
    setError(null);
    setPending(true);
    try {
      await onConfirm();
      close();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button size="xs" variant="light" color={color} onClick={open} aria-label={ariaLabel} {...buttonProps}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Stack>
          {typeof message === 'string' ? <Text size="sm">{message}</Text> : message}
          <ProblemAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color={color} loading={pending} onClick={() => void confirm()}>
              {label}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
