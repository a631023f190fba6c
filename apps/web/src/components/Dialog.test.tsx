import { Button } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditEvidenceModal } from '../features/evidence/EditEvidenceModal';
import type { EvidenceDetail } from '../features/evidence/evidence-model';
import { NewEvidenceModal } from '../features/evidence/NewEvidenceModal';
import { renderWithProviders } from '../test/render';
import { ConfirmButton } from './ConfirmButton';

const WS = '01ws0000-0000-0000-0000-000000000000';

const evidence = {
  id: '01ev0000-0000-0000-0000-000000000000',
  workspaceId: WS,
  type: 'contract',
  title: 'SLA v2',
  description: '',
  confidentiality: 'internal',
  effectiveDate: '2026-01-01',
  validUntil: null,
  version: 1,
} as unknown as EvidenceDetail;

afterEach(() => vi.unstubAllGlobals());

/** Mounted only while open, the way the evidence pages use them (each opening starts from a blank form). */
function EditHarness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Edit details</Button>
      {open ? <EditEvidenceModal workspaceId={WS} evidence={evidence} onClose={() => setOpen(false)} onReload={async () => evidence} /> : null}
    </>
  );
}

function NewHarness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Add evidence</Button>
      {open ? (
        <NewEvidenceModal
          workspaceId={WS}
          onClose={() => setOpen(false)}
          componentRequired={false}
          components={[]}
          requirementOptions={[]}
          requirementsLoading={false}
        />
      ) : null}
    </>
  );
}

/** A row removed by the action its confirm button confirms: the opener is gone when the dialog closes. */
function RemovedRowHarness() {
  const [removed, setRemoved] = useState(false);
  return (
    <main id="main" tabIndex={-1}>
      {removed ? null : <ConfirmButton label="Revoke" title="Revoke the key?" message="It stops working at once." onConfirm={async () => setRemoved(true)} />}
    </main>
  );
}

/** Opens the edit-evidence dialog from its button, focus inside it; the user, the opener and the dialog. */
async function openEditDialog() {
  const user = userEvent.setup();
  renderWithProviders(<EditHarness />);
  const opener = screen.getByRole('button', { name: 'Edit details' });
  await user.click(opener);
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  return { user, opener, dialog };
}

describe('Dialog focus return', () => {
  it('returns focus to the opener of the edit-evidence dialog, which is mounted open', async () => {
    const { user, opener, dialog } = await openEditDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it('returns focus to the opener of the new-evidence dialog, closed with Escape', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NewHarness />);
    const opener = screen.getByRole('button', { name: 'Add evidence' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it('returns focus to a confirm button after cancelling, and to the main region when the confirmed action removed it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RemovedRowHarness />);
    const opener = screen.getByRole('button', { name: 'Revoke' });
    await user.click(opener);
    let dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(opener));

    await user.click(opener);
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Revoke' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(document.getElementById('main')));
  });

  it('checks focus on the document it opened in: no error once the global one is gone (a test window torn down)', async () => {
    const { user, opener, dialog } = await openEditDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    // The closed dialog's focus checks run 40 and 400 ms later; the global document is gone by then.
    const doc = document;
    vi.stubGlobal('document', undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    vi.unstubAllGlobals();
    expect(doc.activeElement).toBe(opener);
  });
});
