import { useT } from '../i18n';
import { Button, Group, Stack, Text, type ButtonProps } from '@mantine/core';
import { Dialog } from './Dialog';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode, type Ref } from 'react';
import { ProblemAlert } from './ProblemAlert';

interface ConfirmButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  /** The button's text, also the confirm button's text. */
  label: string;
  title: string;
  message: ReactNode;
  onConfirm(): Promise<unknown>;
  /** Accessible name when the label alone is ambiguous in a table row. */
  ariaLabel?: string;
  /** The button, for a dialog the confirmed action opens to return focus to. */
  buttonRef?: Ref<HTMLButtonElement>;
}

/** A destructive action behind a confirmation dialog; the dialog shows the API's answer if it fails. */
export function ConfirmButton({ label, title, message, onConfirm, ariaLabel, buttonRef, color = 'red', ...buttonProps }: ConfirmButtonProps) {
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
      <Button ref={buttonRef} size="xs" variant="light" color={color} onClick={open} aria-label={ariaLabel} {...buttonProps}>
        {label}
      </Button>
      <Dialog opened={opened} onClose={close} title={title} centered>
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
      </Dialog>
    </>
  );
}
