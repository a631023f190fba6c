import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { renderWithProviders } from '../test/render';
import { ProblemAlert } from './ProblemAlert';

describe('ProblemAlert', () => {
  it('shows the problem title, detail and each field error', () => {
    const error = new ApiProblem({
      status: 422,
      title: 'Validation failed',
      detail: 'The request has 1 invalid field.',
      errors: [{ field: 'name', message: 'must not be empty' }],
    });
    renderWithProviders(<ProblemAlert error={error} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Validation failed');
    expect(alert.textContent).toContain('The request has 1 invalid field.');
    expect(alert.textContent).toContain('name: must not be empty');
  });

  it('renders nothing without an error', () => {
    renderWithProviders(<ProblemAlert error={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
