import { Modal, type ModalProps } from '@mantine/core';
import { useLayoutEffect, type RefObject } from 'react';

export interface DialogProps extends ModalProps {
  /**
   * The control focus returns to on close, when it is not the one focused as the dialog
   * opened (a dialog opened after an async step, e.g. a new secret shown once a rotation answered).
   */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/** Checks after Mantine's own return (10 ms) and after the closing transition has removed the content. */
const RETURN_CHECKS_MS = [40, 400];

function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/**
 * Mantine's Modal with focus that always returns to the control that opened it. Mantine
 * records the opener only when `opened` changes, so a dialog mounted open (mounted only
 * while open, to start from a blank form) never returned focus, nor did one whose opener
 * was replaced meanwhile. This one records the focused control whenever it opens (mount
 * included) and, once closed or unmounted, focuses it again if focus was lost — or
 * `returnFocusTo`, or the page's main region when the opener is gone.
 */
export function Dialog({ opened, returnFocusTo, ...props }: DialogProps) {
  useLayoutEffect(() => {
    if (!opened) return;
    // Before the dialog's content mounts (it renders through a portal after this commit): still the opener.
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    return () => {
      for (const ms of RETURN_CHECKS_MS) {
        window.setTimeout(() => {
          if (!focusLost()) return;
          // The control as it is at close time (it may have been rendered anew since opening).
          // eslint-disable-next-line react-hooks/exhaustive-deps
          const candidates = [returnFocusTo?.current, opener, document.getElementById('main')];
          candidates.find((el) => el?.isConnected)?.focus({ preventScroll: true });
        }, ms);
      }
    };
  }, [opened, returnFocusTo]);

  return <Modal opened={opened} {...props} />;
}
