import { describe, expect, it } from 'vitest';
import { gapAnalysisCsv, type GapAnalysis } from './gap-analysis.service.js';

describe('gapAnalysisCsv', () => {
  it('writes titles a spreadsheet would evaluate as text (an imported catalog chooses its titles)', () => {
    const frameworkId = '019a0000-0000-7000-8000-000000000001';
    const analysis: GapAnalysis = {
      workspaceId: '019a0000-0000-7000-8000-000000000002',
      asOf: '2026-12-07',
      frameworks: [
        {
          frameworkId,
          code: 'evil',
          title: 'Evil',
          titleLanguage: 'en',
          version: '1',
          total: 1,
          applicable: 1,
          covered: 0,
          inherited: 0,
          accepted: 0,
          openFindings: 0,
          gaps: 1,
          coveredPercent: 0,
          acceptedPercent: 0,
        },
      ],
      rows: [
        {
          frameworkId,
          requirementId: '019a0000-0000-7000-8000-000000000003',
          ref: '+1+1',
          title: '=cmd|"/c calc"!A1',
          titleLanguage: 'en',
          applicable: true,
          evidenceCount: 0,
          accepted: false,
          openFindings: 0,
          status: 'gap',
          inheritedFrom: null,
        },
      ],
      expiringEvidence: 0,
      expiredEvidence: 0,
      flaggedEvidence: [],
    };
    const [, row] = gapAnalysisCsv(analysis).split('\r\n');
    expect(row).toBe(`evil@1,'+1+1,"'=cmd|""/c calc""!A1",true,gap,0,,false,0`);
  });
});
