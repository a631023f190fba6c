import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { DecisionPanel } from './DecisionPanel';
import type { Workspace } from './review-model';

const WS = '01ws0000-0000-0000-0000-000000000000';
const F1 = '01f10000-0000-0000-0000-000000000000';
const F2 = '01f20000-0000-0000-0000-000000000000';
const FINDING = '01fd0000-0000-0000-0000-000000000000';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const workspace = {
  id: WS,
  name: 'Export readiness',
  organizationId: 'o',
  offeringId: 'of',
  targetMarkets: ['TH', 'VN'],
  frameworkIds: [F1, F2],
  status: 'active',
  fourEyes: false,
  myRole: 'assessor',
  version: 1,
  createdAt: '',
  updatedAt: '',
} as unknown as Workspace;

const category = (first: { requirementId: string; ref: string }[], count = first.length) => ({ count, first: first.map((x) => ({ ...x, frameworkId: F1 })) });

function stubApi(ready: boolean, validFromNotBefore: string | null = null) {
  const posts: Record<string, unknown>[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const path = new URL(req.url, 'http://localhost').pathname;
      if (path === `/v1/workspaces/${WS}/submissions/2/decision` && req.method === 'GET')
        return json({ title: 'Not found', status: 404, code: 'reviews.decision_not_found' }, 404);
      if (path === `/v1/workspaces/${WS}/submissions/2/decision-readiness`) {
        return json({
          submissionNumber: 2,
          status: 'in_review',
          scope: { frameworkIds: [F1, F2], markets: ['TH', 'VN'] },
          applicable: 131,
          judged: ready ? 131 : 128,
          unjudged: ready
            ? category([])
            : category([
                { requirementId: 'r1', ref: 'DSER-2.1' },
                { requirementId: 'r2', ref: 'A.5.1' },
              ]),
          notApplicableWithoutJustification: category([]),
          notSatisfied: ready ? category([]) : category([{ requirementId: 'r3', ref: 'DSER-3.4' }]),
          needsInformation: category([]),
          openMajorFindings: { count: 0, first: [] },
          expiredEvidence: ready
            ? { count: 0, first: [] }
            : { count: 1, first: [{ evidenceId: 'e1', versionId: 'v1', validUntil: '2026-06-30', requirementId: 'r4', ref: 'DSER-5.2' }] },
          coveredByConditions: 0,
          ready,
          readyWithConditions: ready,
          validFromNotBefore,
          validFromNotAfter: null,
        });
      }
      if (path === '/v1/frameworks') {
        return json({
          data: [
            { id: F1, code: 'attesta-dser', version: '1.0', title: 'Digital service baseline' },
            { id: F2, code: 'iso-iec-27001', version: '2022', title: 'Annex A' },
          ],
          nextCursor: null,
        });
      }
      if (path === `/v1/workspaces/${WS}/submissions/2` && req.method === 'GET') {
        return json({
          number: 2,
          status: 'in_review',
          manifest: {
            format: 'attesta.submission-manifest/2',
            components: [
              { id: 'c1', name: 'PredictCare', kind: 'saas', version: '4.2.0', providerOrganizationId: null, serviceCategory: 'predictive_maintenance' },
            ],
          },
        });
      }
      if (path === `/v1/workspaces/${WS}/findings`)
        return json({ data: [{ id: FINDING, title: 'Escalation matrix missing', severity: 'minor_nonconformity', status: 'open' }], nextCursor: null });
      if (path === `/v1/workspaces/${WS}/submissions/2/decision` && req.method === 'POST') {
        const body = (await req.json()) as Record<string, unknown>;
        posts.push(body);
        return json(
          {
            id: 'd1',
            workspaceId: WS,
            submissionNumber: 2,
            outcome: body.outcome,
            status: 'final',
            scopeStatement: body.scopeStatement,
            validFrom: body.validFrom,
            validUntil: body.validUntil,
            conditions: body.conditions ? ['Publish the matrix'] : [],
            scope: body.scope,
            conditionDetails: body.conditions ?? [],
            compatibleRanges: [],
            organizationId: 'a',
            decidedBy: 'u1',
            confirmedBy: null,
            createdAt: '2026-03-02T09:00:00.000Z',
            finalizedAt: '2026-03-02T09:00:00.000Z',
          },
          201,
        );
      }
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
  return posts;
}

afterEach(() => vi.unstubAllGlobals());

describe('DecisionPanel', () => {
  it('shows what a positive decision still lacks before the assessor records it', async () => {
    stubApi(false);
    renderWithProviders(<DecisionPanel workspace={workspace} number={2} status="in_review" userId="u1" />);
    const panel = await screen.findByTestId('decision-readiness');
    expect(panel.getAttribute('data-ready')).toBe('false');
    expect(panel.textContent).toContain('128 of 131 applicable requirements judged');
    expect(screen.getByTestId('readiness-unjudged-applicable-requirements').textContent).toContain('Unjudged applicable requirements: 2 (DSER-2.1, A.5.1)');
    expect(screen.getByTestId('readiness-not-satisfied').textContent).toContain('Not satisfied: 1 (DSER-3.4)');
    expect(screen.getByTestId('readiness-expired-evidence').textContent).toContain('Evidence relied on that has expired: 1 (DSER-5.2)');
    expect(within(panel).getByText('Not ready for a positive decision')).toBeTruthy();
  });

  it('records the chosen scope, a condition with its due date and finding, and a compatible range', async () => {
    const posts = stubApi(true);
    const user = userEvent.setup();
    renderWithProviders(<DecisionPanel workspace={workspace} number={2} status="in_review" userId="u1" />);
    expect(await screen.findByText('Ready for a positive decision')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Record the decision' });
    await user.click(within(form).getByRole('radio', { name: 'Conformant with conditions' }));
    await user.type(within(form).getByLabelText(/^Scope statement/), 'VMC-850 rev C with PredictCare 4.2.0, Thailand');
    await user.click(await within(form).findByRole('checkbox', { name: 'Vietnam' }));
    await user.type(within(form).getByLabelText(/^Condition 1/), 'Publish the matrix');
    await user.type(await within(form).findByLabelText(/^PredictCare \(submitted 4\.2\.0\)/), '>=4.2.0 <4.3.0');
    await user.click(within(form).getByLabelText(/^Rests on finding/));
    await user.click(await screen.findByRole('option', { name: /Escalation matrix missing/, hidden: true }));
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({
      outcome: 'conformant_with_conditions',
      scope: { frameworkIds: [F1, F2], markets: ['TH'] },
      conditions: [{ text: 'Publish the matrix', findingId: FINDING, dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }],
      compatibleRanges: [{ componentId: 'c1', range: '>=4.2.0 <4.3.0' }],
    });
    expect(await screen.findByTestId('decision-scope')).toBeTruthy();
    expect(screen.getByTestId('decision-conditions').textContent).toContain('Publish the matrix');
  }, 30_000);

  it('starts the validity when the evidence relied on takes effect, when that is still to come, and says why', async () => {
    const posts = stubApi(true, '2031-01-01');
    const user = userEvent.setup();
    renderWithProviders(<DecisionPanel workspace={workspace} number={2} status="in_review" userId="u1" />);
    expect(await screen.findByText('Ready for a positive decision')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Record the decision' });
    await waitFor(() => expect((within(form).getByLabelText(/^Valid from/) as HTMLInputElement).value).toBe('2031-01-01'));
    expect(form.textContent).toContain('The evidence relied on takes effect on');
    await user.type(within(form).getByLabelText(/^Scope statement/), 'VMC-850 rev C with PredictCare 4.2.0');
    await user.clear(within(form).getByLabelText(/^Valid until/));
    await user.type(within(form).getByLabelText(/^Valid until/), '2033-12-31');
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ outcome: 'conformant', validFrom: '2031-01-01' });
  }, 30_000);
});
