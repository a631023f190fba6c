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

function focusLost(doc: Document): boolean {
  const active = doc.activeElement;
  return !active || active === doc.body || !active.isConnected;
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
    // The page's document and window as they are now: the checks run after the dialog is gone, and
    // must not reach for globals that are no longer there (a page, or a test's window, torn down).
    const doc = document;
    const view = doc.defaultView;
    // Before the dialog's content mounts (it renders through a portal after this commit): still the opener.
    const active = doc.activeElement;
    const opener = active instanceof HTMLElement && active !== doc.body ? active : null;
    return () => {
      for (const ms of RETURN_CHECKS_MS) {
        view?.setTimeout(() => {
          if (!focusLost(doc)) return;
          // The control as it is at close time (it may have been rendered anew since opening).
          // eslint-disable-next-line react-hooks/exhaustive-deps
          const candidates = [returnFocusTo?.current, opener, doc.getElementById('main')];
          candidates.find((el) => el?.isConnected)?.focus({ preventScroll: true });
        }, ms);
      }
    };
  }, [opened, returnFocusTo]);

  return <Modal opened={opened} {...props} />;
}
