import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem, toProblem } from '../../api/problem';
import { renderWithProviders } from '../../test/render';
import { CriteriaBuilder, toCriteria, type CriterionDraft } from './CriteriaBuilder';

vi.mock('../../auth/session', () => ({ ADMIN_ROLES: ['owner', 'admin'], useSession: () => ({ ready: true, session: null, me: null, role: null }) }));

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const metric = (key: string, name: string, valueType: string, unit: string | null) => ({
  key,
  id: `urn:attesta:service-level-metric:${key}`,
  name,
  definition: name,
  valueType,
  unit,
  expression: null,
  parameters: [],
  rules: [],
  underlyingMetrics: [],
  higherIsBetter: null,
  builtIn: true,
});

afterEach(() => vi.unstubAllGlobals());

describe('CriteriaBuilder', () => {
  it('builds criteria → any-of groups → all-of requirements as the API takes them', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ data: [metric('availability', 'Availability', 'number', 'P1'), metric('data_residency', 'Data residency', 'set', null)] })),
    );
    let latest: CriterionDraft[] = [];
    function Harness() {
      const [value, setValue] = useState<CriterionDraft[]>([]);
      latest = value;
      return <CriteriaBuilder value={value} onChange={setValue} />;
    }
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add service-level criterion' }));
    await user.click(screen.getByLabelText('Criterion 1 title'));
    await user.paste('Predictive-maintenance SaaS');
    const metricInput = screen.getByLabelText('Metric (criterion 1, group 1, requirement 1)', { selector: 'input' });
    await user.click(metricInput);
    const listbox = document.getElementById(metricInput.getAttribute('aria-controls') ?? '') as HTMLElement;
    await user.click(await within(listbox).findByRole('option', { name: 'Availability', hidden: true }));
    await user.click(screen.getByLabelText('Value (criterion 1, group 1, requirement 1)'));
    await user.paste('99.5');
    await user.click(screen.getByRole('button', { name: 'Add alternative group to criterion 1' }));
    expect(screen.getByText('or group 2 (all of)')).toBeTruthy();

    await waitFor(() => expect(latest[0]?.groups).toHaveLength(2));
    const [criterion] = toCriteria(latest);
    expect(criterion.id).toBe('crit-1');
    expect(criterion.title).toBe('Predictive-maintenance SaaS');
    expect(criterion.requirementGroups[0].requirements[0]).toEqual({
      id: 'crit-1-g1-r1',
      metric: 'availability',
      title: 'availability',
      observationPeriod: 'P1M',
      attestedOnly: false,
      dataType: 'number',
      unit: 'P1',
      minValue: 99.5,
    });
    expect(criterion.requirementGroups[1].id).toBe('crit-1-g2');
  }, 20_000);

  it('writes a set requirement as expectedValues with its set operator, on the criterion’s service layer', () => {
    const [c] = toCriteria([
      {
        key: 1,
        title: '',
        serviceLayer: 'predictive_maintenance',
        groups: [
          { key: 2, requirements: [{ key: 3, metric: 'data_residency', asks: 'includes', value: 'th, vn', unit: null, period: '', attestedOnly: true }] },
        ],
      },
    ]);
    expect(c.requirementGroups[0].requirements[0]).toEqual({
      id: 'crit-1-g1-r1',
      metric: 'data_residency',
      title: 'data_residency',
      serviceLayer: 'predictive_maintenance',
      attestedOnly: true,
      dataType: 'string',
      expectedValues: ['TH', 'VN'],
      setOperator: 'includes',
    });
  });

  it('lists the fields of the criteria the API rejected', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ data: [] })),
    );
    const problem = new ApiProblem(
      toProblem(422, {
        title: 'Invalid input',
        status: 422,
        errors: [
          { field: 'criteria[0].requirementGroups[0].requirements[0].unit', message: 'MIN is not a unit of availability' },
          { field: 'ocid', message: 'already used' },
        ],
      }),
    );
    renderWithProviders(<CriteriaBuilder value={[]} onChange={() => undefined} problem={problem} />);
    expect(screen.getByText(/criteria\[0\]\.requirementGroups\[0\]\.requirements\[0\]\.unit: MIN is not a unit of availability/)).toBeTruthy();
    expect(screen.queryByText(/already used/)).toBeNull();
  });
});
