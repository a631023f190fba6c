import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nProvider } from '../../i18n';
import { setLocaleState } from '../../i18n/runtime';
import { renderWithProviders } from '../../test/render';
import { theme } from '../../theme';
import { RecognitionPathwaysSection, type RecognitionPathways } from './RecognitionPathways';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const pathways = (market: string): RecognitionPathways => ({
  market,
  computedAt: '2026-12-03T00:00:00Z',
  notice: 'Rules marked illustrative are examples, not legal advice.',
  frameworks: [
    {
      framework: { id: 'f1', code: 'attesta-dser', version: '1.0', title: 'Export readiness baseline' },
      outcome: 'accept',
      path: 'direct',
      attestation: { serial: 'ATT-1' },
      rule: null,
      collection: null,
      source: null,
      coverage: null,
      residualGaps: [],
      reasons: [`Attestation ATT-1 covers attesta-dser@1.0 in ${market}.`],
    },
    {
      framework: { id: 'f2', code: 'iso-iec-20000-1', version: '2018', title: 'ISO/IEC 20000-1' },
      outcome: 'accept_with_residual_gaps',
      path: 'mapping',
      attestation: { serial: 'ATT-1' },
      rule: { title: 'TH accepts DSER as ISO/IEC 20000-1', illustrative: true },
      collection: { code: 'dser-to-iso-20000-1', version: '2026-1' },
      source: { code: 'attesta-dser', version: '1.0' },
      coverage: { covered: 0, partial: 1, unmapped: 1, total: 2 },
      residualGaps: [
        {
          requirementId: 'r1',
          ref: '8.3.3',
          title: 'Service level management',
          status: 'partial',
          expectedEvidenceTypes: ['sla_definition'],
          closeWith: 'Add sla_definition for the part of 8.3.3.',
        },
        { requirementId: 'r2', ref: '10.1', title: 'Improvement', status: 'unmapped', expectedEvidenceTypes: [], closeWith: 'Provide evidence for 10.1.' },
      ],
      reasons: ['Rule accepts DSER via dser-to-iso-20000-1 2026-1 with 2 residual gap(s) to close.'],
    },
  ],
});

afterEach(() => {
  vi.unstubAllGlobals();
  setLocaleState({ locale: 'en', pseudo: false, calendar: 'gregory' });
});

describe('RecognitionPathwaysSection', () => {
  it('shows each framework’s outcome for the market, the residual gaps with what closes them, and switches markets by name', async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        const url = new URL(req.url, 'http://localhost');
        calls.push(`${url.pathname}?${url.searchParams.toString()}`);
        if (url.pathname === '/v1/workspaces/w1/recognition-pathways') return json(pathways(url.searchParams.get('market')!));
        return json({ title: 'Not found', status: 404 }, 404);
      }),
    );
    renderWithProviders(<RecognitionPathwaysSection workspaceId="w1" markets={['VN', 'TH']} />);
    const cards = await screen.findAllByTestId('pathway');
    expect(calls[0]).toBe('/v1/workspaces/w1/recognition-pathways?market=TH');
    expect(within(cards[0]!).getByText('Accept')).toBeTruthy();
    expect(within(cards[1]!).getByText('Accept with residual gaps')).toBeTruthy();
    expect(within(cards[1]!).getByText('Illustrative rule, not legal advice.')).toBeTruthy();
    const gaps = within(cards[1]!).getByRole('table', { name: 'Residual gaps for iso-iec-20000-1' });
    expect(within(gaps).getByText('partly mapped')).toBeTruthy();
    expect(within(gaps).getByText('Provide evidence for 10.1.')).toBeTruthy();

    // Markets read by their names in the reader’s language, not as codes.
    expect(within(cards[0]!).getByText(/in Thailand/)).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Vietnam' }));
    expect(await screen.findByText('Attestation ATT-1 covers attesta-dser@1.0 in VN.')).toBeTruthy();
    expect(calls).toContain('/v1/workspaces/w1/recognition-pathways?market=VN');
  });

  it('shows the problem when the pathways cannot be read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ title: 'Workspace not found', status: 404, detail: 'No such workspace.' }, 404)),
    );
    renderWithProviders(<RecognitionPathwaysSection workspaceId="w1" markets={['TH']} />);
    expect(await screen.findByText('No such workspace.')).toBeTruthy();
  });

  it('speaks the reader’s language: outcomes, headings and market names in Thai', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => json(pathways(new URL(req.url, 'http://localhost').searchParams.get('market')!))),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <I18nProvider initial={{ locale: 'th', pseudo: false, calendar: 'gregory' }}>
        <MantineProvider theme={theme}>
          <QueryClientProvider client={client}>
            <RecognitionPathwaysSection workspaceId="w1" markets={['VN', 'TH']} />
          </QueryClientProvider>
        </MantineProvider>
      </I18nProvider>,
    );
    const cards = await screen.findAllByTestId('pathway');
    expect(screen.getByRole('heading', { name: 'เส้นทางการยอมรับ' })).toBeTruthy();
    expect(within(cards[0]!).getByText('ยอมรับ')).toBeTruthy();
    expect(within(cards[1]!).getByText('ยอมรับโดยมีช่องว่างคงเหลือ')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'เวียดนาม' })).toBeTruthy();
    expect(within(cards[1]!).getByRole('table', { name: 'ช่องว่างคงเหลือของ iso-iec-20000-1' })).toBeTruthy();
  });
});
