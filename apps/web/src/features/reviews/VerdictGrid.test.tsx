import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../api/problem';
import { renderWithProviders } from '../../test/render';
import { VerdictGrid, type VerdictGridRow } from './VerdictGrid';

const evidence = (n: number): VerdictGridRow['evidence'][number] => ({
  evidenceId: `e${n}`,
  versionId: `v${n}`,
  versionNumber: 1,
  type: 'document',
  title: `Evidence ${n}`,
  componentId: null,
  filename: `file-${n}.pdf`,
  mediaType: 'application/pdf',
  size: 2048,
  sha256: 'ab'.repeat(32),
  uploadedBy: 'someone-else',
  uploadedByOrganizationId: 'org-supplier',
});

const ROWS: VerdictGridRow[] = [
  { requirementId: 'req-1', position: 0, ref: 'DSER-1.1', title: 'Security policy', evidence: [evidence(1)] },
  { requirementId: 'req-2', position: 1, ref: 'DSER-1.2', title: 'Incident response', evidence: [evidence(2)] },
  {
    requirementId: 'req-3',
    position: 2,
    ref: 'DSER-1.3',
    title: 'Training records',
    evidence: [evidence(3)],
    verdict: { outcome: 'needs_information', comment: '' },
  },
];

function rows() {
  return screen.getAllByTestId('verdict-row');
}

describe('VerdictGrid', () => {
  it('moves between rows with j / ArrowDown / k and records the outcome of the shortcut on the active row', async () => {
    const user = userEvent.setup();
    const onVerdict = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<VerdictGrid rows={ROWS} editable onVerdict={onVerdict} />);

    expect(screen.getByTestId('verdict-shortcuts').textContent).toContain('satisfied');
    await user.click(within(rows()[0]!).getByText('Security policy'));
    expect(rows()[0]!.getAttribute('aria-current')).toBe('true');

    await user.keyboard('j');
    expect(document.activeElement).toBe(rows()[1]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rows()[2]);
    await user.keyboard('k');
    expect(document.activeElement).toBe(rows()[1]);
    expect(rows()[1]!.getAttribute('aria-current')).toBe('true');
    expect(rows()[0]!.getAttribute('aria-current')).toBeNull();

    await user.keyboard('s');
    expect(onVerdict).toHaveBeenCalledTimes(1);
    expect(onVerdict).toHaveBeenCalledWith('req-2', 'satisfied', '');
    await waitFor(() => expect(within(rows()[1]!).getByTestId('verdict-outcome').textContent).toBe('Satisfied'));
    expect(rows()[1]!.getAttribute('data-outcome')).toBe('satisfied');
    expect(within(rows()[0]!).getByTestId('verdict-outcome').textContent).toBe('Not judged');
    expect(screen.queryByRole('alert')).toBeNull();

    await user.keyboard('{ArrowDown}n');
    expect(onVerdict).toHaveBeenLastCalledWith('req-3', 'not_satisfied', '');
    await waitFor(() => expect(rows()[2]!.getAttribute('data-outcome')).toBe('not_satisfied'));
  }, 20_000);

  it('rolls the row back and shows the problem when saving fails', async () => {
    const user = userEvent.setup();
    const onVerdict = vi.fn((requirementId: string) =>
      requirementId === 'req-3'
        ? Promise.reject(new ApiProblem({ status: 403, title: 'Forbidden', detail: 'Impartiality: you uploaded evidence this requirement rests on.' }))
        : Promise.resolve(),
    );
    renderWithProviders(<VerdictGrid rows={ROWS} editable onVerdict={onVerdict} />);

    await user.click(within(rows()[0]!).getByText('Security policy'));
    await user.keyboard('jja');
    expect(onVerdict).toHaveBeenCalledWith('req-3', 'not_applicable', '');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Verdict on DSER-1.3 not saved');
    expect(alert.textContent).toContain('Impartiality');
    // Back to the verdict the data holds, not the one that failed.
    expect(rows()[2]!.getAttribute('data-outcome')).toBe('needs_information');
    expect(within(rows()[2]!).getByTestId('verdict-outcome').textContent).toBe('Needs information');

    // A successful save elsewhere leaves the failed row's problem in place.
    await user.keyboard('ks');
    await waitFor(() => expect(rows()[1]!.getAttribute('data-outcome')).toBe('satisfied'));
    expect(screen.getByRole('alert').textContent).toContain('DSER-1.3');
  }, 20_000);

  it('c focuses the comment, Enter saves it with the current outcome, Esc returns to the row', async () => {
    const user = userEvent.setup();
    const onVerdict = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<VerdictGrid rows={ROWS} editable onVerdict={onVerdict} />);

    await user.click(within(rows()[2]!).getByText('Training records'));
    await user.keyboard('c');
    const input = screen.getByLabelText('Comment on DSER-1.3');
    expect(document.activeElement).toBe(input);
    // Typed letters are text here, not shortcuts.
    await user.keyboard('Ask for s-dates{Enter}');
    expect(onVerdict).toHaveBeenCalledTimes(1);
    expect(onVerdict).toHaveBeenCalledWith('req-3', 'needs_information', 'Ask for s-dates');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(rows()[2]);
  }, 20_000);

  it('is read-only without the assessor role: no controls, shortcuts do nothing', async () => {
    const user = userEvent.setup();
    const onVerdict = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<VerdictGrid rows={ROWS} editable={false} onVerdict={onVerdict} />);

    expect(screen.queryByTestId('verdict-shortcuts')).toBeNull();
    expect(screen.queryByRole('button', { name: /Satisfied:/ })).toBeNull();
    await user.click(within(rows()[0]!).getByText('Security policy'));
    await user.keyboard('js');
    expect(document.activeElement).toBe(rows()[1]);
    expect(onVerdict).not.toHaveBeenCalled();
    expect(rows()[1]!.getAttribute('data-outcome')).toBe('');
  });
});
