import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { NewEvidenceModal } from './NewEvidenceModal';

describe('NewEvidenceModal', () => {
  it('says what an effective date still to come means (the evidence, and a decision resting on it, count only from then)', async () => {
    renderWithProviders(
      <NewEvidenceModal
        workspaceId="w1"
        onClose={() => undefined}
        componentRequired={false}
        components={[]}
        requirementOptions={[]}
        requirementsLoading={false}
      />,
    );
    const date = (await screen.findByLabelText(/^Effective date/)) as HTMLInputElement;
    expect(screen.getByText('When the content took effect')).toBeTruthy();
    fireEvent.change(date, { target: { value: '2031-01-01' } });
    expect(await screen.findByText(/A date still to come: the evidence counts only from then/)).toBeTruthy();
  });
});
