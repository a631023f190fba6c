import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { BidServiceLevels } from './BidServiceLevels';
import { ComponentServiceLevels, ProfileForm } from './ComponentServiceLevels';
import { TenderServiceCriteria } from './TenderServiceCriteria';

vi.mock('../../auth/session', () => ({
  ADMIN_ROLES: ['owner', 'admin'],
  useSession: () => ({
    ready: true,
    session: { accessToken: 't', expiresIn: 900, userId: 'u1', organizationId: 'o1', role: 'owner' },
    me: { kind: 'user', id: 'u1', organizationId: 'o1', organizations: [{ organization: { id: 'o1', name: 'Org', kind: 'manufacturer' }, role: 'owner' }] },
    role: 'owner',
  }),
}));

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const OFFERING = '01off000-0000-0000-0000-000000000000';
const COMPONENT = '01comp00-0000-0000-0000-000000000000';
const BID = '01bid000-0000-0000-0000-000000000000';
const TENDER = '01tend00-0000-0000-0000-000000000000';
const BASE = `/v1/offerings/${OFFERING}/components/${COMPONENT}`;

const metrics = [
  {
    key: 'availability',
    id: 'urn:attesta:service-level-metric:availability',
    name: 'Availability',
    definition: 'Share of the period the service is usable',
    valueType: 'number',
    unit: 'P1',
    expression: null,
    parameters: [],
    rules: [],
    underlyingMetrics: [],
    higherIsBetter: null,
    builtIn: true,
  },
  {
    key: 'data_residency',
    id: 'urn:attesta:service-level-metric:data_residency',
    name: 'Data residency',
    definition: 'Countries where data is kept',
    valueType: 'set',
    unit: null,
    expression: null,
    parameters: [],
    rules: [],
    underlyingMetrics: [],
    higherIsBetter: null,
    builtIn: true,
  },
];

const component = {
  id: COMPONENT,
  offeringId: OFFERING,
  name: 'PredictCare SaaS',
  kind: 'saas',
  version: '4.2.0',
  providerOrganizationId: null,
  serviceCategory: 'predictive_maintenance',
  description: '',
} as never;

interface Call {
  method: string;
  path: string;
  body: unknown;
}

function stubApi(routes: Record<string, unknown>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const path = new URL(req.url, 'http://localhost').pathname;
      const body: unknown = req.method === 'POST' ? await req.json() : undefined;
      calls.push({ method: req.method, path, body });
      const key = `${req.method} ${path}`;
      if (key in routes) {
        const r = routes[key];
        return typeof r === 'function' ? (r as (b: unknown) => Response)(body) : json(r);
      }
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('service levels in the portal', () => {
  it('publishes a profile version with the picked metrics, operators, targets, units and periods', async () => {
    const calls = stubApi({
      'GET /v1/service-level-metrics': { data: metrics },
      [`POST ${BASE}/service-level-profiles`]: (b: unknown) =>
        json(
          {
            id: 'p2',
            offeringId: OFFERING,
            componentId: COMPONENT,
            version: 2,
            objectives: b,
            slaDocuments: [],
            createdBy: 'u1',
            createdAt: '2026-12-01T00:00:00Z',
          },
          201,
        ),
    });
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <ProfileForm
        offeringId={OFFERING}
        componentId={COMPONENT}
        current={[
          {
            id: 'ob1',
            metric: 'availability',
            operator: '>=',
            target: 99.9,
            unit: 'P1',
            period: 'P1M',
            aggregation: 'mean',
            tolerance: 0,
            validationSet: null,
            note: null,
          },
        ]}
        onClose={onClose}
      />,
    );
    // The current objective is prefilled; change its target and add data residency.
    const target = screen.getByLabelText(/^Target \(objective 1\)/, { selector: 'input' });
    await user.clear(target);
    await user.paste('99.95');
    await user.click(screen.getByRole('button', { name: 'Add objective' }));
    const metric2 = screen.getByLabelText(/^Metric \(objective 2\)/, { selector: 'input' });
    await user.click(metric2);
    // Each select keeps its own listbox mounted: pick from the one this input controls.
    const listbox = document.getElementById(metric2.getAttribute('aria-controls') ?? '') as HTMLElement;
    await user.click(await within(listbox).findByRole('option', { name: 'Data residency', hidden: true }));
    await user.click(screen.getByLabelText(/^Target \(objective 2\)/, { selector: 'input' }));
    await user.paste('VN, TH, SG');
    await user.click(screen.getByRole('button', { name: 'Publish version' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe(`${BASE}/service-level-profiles`);
    expect(post?.body).toEqual({
      objectives: [
        { metric: 'availability', operator: '>=', target: 99.95, unit: 'P1', period: 'P1M' },
        { metric: 'data_residency', operator: 'in', target: ['VN', 'TH', 'SG'], period: 'P1M' },
      ],
    });
  }, 20_000);

  it('does not post a profile with an objective missing its metric', async () => {
    const calls = stubApi({ 'GET /v1/service-level-metrics': { data: metrics } });
    const user = userEvent.setup();
    renderWithProviders(<ProfileForm offeringId={OFFERING} componentId={COMPONENT} current={[]} onClose={() => undefined} />);
    await user.click(screen.getByLabelText(/^Target \(objective 1\)/, { selector: 'input' }));
    await user.paste('99.5');
    await user.click(screen.getByRole('button', { name: 'Publish version' }));
    expect(await screen.findByText('Pick a metric')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it("shows the current profile's objectives and each objective's attainment per period, breaches flagged", async () => {
    stubApi({
      [`GET ${BASE}/service-level-profiles`]: {
        data: [
          {
            id: 'p1',
            offeringId: OFFERING,
            componentId: COMPONENT,
            version: 1,
            objectives: [],
            slaDocuments: [],
            createdBy: 'u1',
            createdAt: '2026-09-01T00:00:00Z',
          },
          {
            id: 'p2',
            offeringId: OFFERING,
            componentId: COMPONENT,
            version: 2,
            objectives: [{ id: 'ob1', metric: 'availability', operator: '>=', target: 99.9, unit: 'P1', period: 'P1M', aggregation: 'mean', tolerance: 0.1 }],
            slaDocuments: [],
            createdBy: 'u1',
            createdAt: '2026-10-01T00:00:00Z',
          },
        ],
      },
      [`GET ${BASE}/service-levels/availability/attainment`]: {
        objective: null,
        windows: [],
        periods: [
          { periodStart: '2026-09-01T00:00:00Z', periodEnd: '2026-10-01T00:00:00Z', value: 99.95, windows: 30, result: 'met', margin: 0.05, breach: false },
          { periodStart: '2026-10-01T00:00:00Z', periodEnd: '2026-11-01T00:00:00Z', value: 99.42, windows: 31, result: 'not_met', margin: -0.48, breach: true },
        ],
      },
    });
    renderWithProviders(<ComponentServiceLevels offeringId={OFFERING} component={component} editable />);
    const objectives = await screen.findByTestId('objectives-table');
    expect(within(objectives).getByText('≥ 99.9 %')).toBeTruthy();
    expect(screen.getByText(/Version 2/)).toBeTruthy();
    const table = await screen.findByTestId('attainment-table');
    expect(within(table).getByText('breach')).toBeTruthy();
    expect(within(table).getByText('met')).toBeTruthy();
    expect(within(table).getByText('−0.48 pp')).toBeTruthy();
    expect(screen.getByText('1 breach')).toBeTruthy();
    expect(screen.getByTestId('attainment-chart').getAttribute('role')).toBe('figure');
    expect(screen.getByRole('table', { name: /Attainment of availability per observation period/ })).toBeTruthy();
  });

  it('shows the tender criteria as groups (any of) of requirements (all of) from the OCDS release', async () => {
    stubApi({
      [`GET /v1/tenders/${TENDER}/ocds`]: {
        ocid: 'ocds-tiepo1-2026-0042',
        tender: {
          criteria: [
            {
              id: 'crit-pm',
              title: 'Predictive-maintenance SaaS',
              requirementGroups: [
                {
                  id: 'g1',
                  requirements: [
                    {
                      id: 'r1',
                      title: 'Availability',
                      metric: 'availability',
                      serviceLayer: 'predictive_maintenance',
                      minValue: 99.5,
                      unit: 'P1',
                      observationPeriod: 'P1M',
                    },
                    {
                      id: 'r2',
                      title: 'Data kept in Thailand',
                      metric: 'data_residency',
                      serviceLayer: 'predictive_maintenance',
                      expectedValue: 'TH',
                      expectedValues: ['TH'],
                      setOperator: 'includes',
                      attestedOnly: true,
                    },
                  ],
                },
                { id: 'g2', requirements: [{ id: 'r3', title: 'Time to restore', metric: 'time_to_restore', maxValue: 8, unit: 'HUR' }] },
              ],
            },
          ],
        },
      },
    });
    renderWithProviders(<TenderServiceCriteria tenderId={TENDER} ocid="ocds-tiepo1-2026-0042" />);
    const criteria = await screen.findByTestId('tender-criteria');
    expect(within(criteria).getByText('≥ 99.5 %')).toBeTruthy();
    expect(within(criteria).getByText('includes TH')).toBeTruthy();
    expect(within(criteria).getByText('≤ 8 h')).toBeTruthy();
    expect(within(criteria).getByText('attested values only')).toBeTruthy();
    expect(within(criteria).getByText('or')).toBeTruthy();
    expect(screen.getByRole('table', { name: /group 2 of 2/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download OCDS release (JSON)' })).toBeTruthy();
  });

  it('shows per requirement met / not met / unknown, the margin, the source and the at-risk flag of a bid', async () => {
    const atRisk = {
      componentId: COMPONENT,
      objectiveId: 'ob1',
      metric: 'availability',
      measured: 99.42,
      unit: 'P1',
      periodStart: '2026-10-01T00:00:00Z',
      periodEnd: '2026-11-01T00:00:00Z',
    };
    stubApi({
      [`GET /v1/bids/${BID}/service-levels`]: {
        bidId: BID,
        computedAt: '2026-12-01T00:00:00Z',
        requirementResponses: [
          {
            id: 'rr1',
            requirement: { id: 'r1' },
            value: 99.9,
            unit: 'P1',
            source: 'attested',
            componentId: COMPONENT,
            objectiveId: 'ob1',
            attestationId: 'a1',
          },
          { id: 'rr2', requirement: { id: 'r2' }, value: 12, unit: 'HUR', source: 'declared', componentId: COMPONENT, objectiveId: 'ob2', attestationId: null },
        ],
        atRisk: [atRisk],
        report: {
          result: 'not_met',
          atRisk: true,
          criteria: [
            {
              criterionId: 'crit-pm',
              title: 'Predictive-maintenance SaaS',
              result: 'not_met',
              metByGroup: null,
              groups: [
                {
                  groupId: 'g1',
                  result: 'not_met',
                  requirements: [
                    {
                      requirementId: 'r1',
                      title: 'Availability',
                      metric: 'availability',
                      serviceLayer: 'predictive_maintenance',
                      result: 'met',
                      margin: 0.4,
                      marginUnit: 'P1',
                      value: 99.9,
                      source: 'attested',
                      componentId: COMPONENT,
                      atRisk,
                      reasons: [{ code: 'measured_breach', severity: 'warning', message: 'measured 99.42 % in October' }],
                    },
                    {
                      requirementId: 'r2',
                      title: 'Time to restore',
                      metric: 'time_to_restore',
                      serviceLayer: 'predictive_maintenance',
                      result: 'not_met',
                      margin: -4,
                      marginUnit: 'HUR',
                      value: 12,
                      source: 'declared',
                      componentId: COMPONENT,
                      atRisk: null,
                      reasons: [{ code: 'above_maximum', severity: 'blocking', message: '12 h is above 8 h' }],
                    },
                    {
                      requirementId: 'r3',
                      title: 'RPO',
                      metric: 'rpo',
                      serviceLayer: 'predictive_maintenance',
                      result: 'unknown',
                      margin: null,
                      marginUnit: null,
                      value: null,
                      source: null,
                      componentId: null,
                      atRisk: null,
                      reasons: [{ code: 'no_value', severity: 'blocking', message: 'no objective declared' }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
    });
    renderWithProviders(<BidServiceLevels bidId={BID} />);
    const table = await screen.findByTestId('service-level-matches');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[1]).getByText('met')).toBeTruthy();
    expect(within(rows[1]).getByText('+0.4 pp')).toBeTruthy();
    expect(within(rows[1]).getByText('attested')).toBeTruthy();
    expect(within(rows[1]).getByText('at risk')).toBeTruthy();
    expect(within(rows[1]).getByText('99.9 %')).toBeTruthy();
    expect(within(rows[2]).getByText('not met')).toBeTruthy();
    expect(within(rows[2]).getByText('−4 h')).toBeTruthy();
    expect(within(rows[2]).getByText('declared')).toBeTruthy();
    expect(within(rows[2]).getByText('above_maximum')).toBeTruthy();
    expect(within(rows[3]).getByText('unknown')).toBeTruthy();
    expect(screen.getByTestId('bid-at-risk')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Service levels' })).toBeTruthy();
  });

  it('shows nothing for a bid on a tender without service-level criteria', async () => {
    const calls = stubApi({});
    renderWithProviders(<BidServiceLevels bidId={BID} />);
    await waitFor(() => expect(calls.length).toBe(1));
    await waitFor(() => expect(screen.queryByRole('status', { name: 'Loading the service-level answer' })).toBeNull());
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
