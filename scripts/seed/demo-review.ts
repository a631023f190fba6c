import type { INestApplication } from '@nestjs/common';
import type { UserActor } from '@attesta/core';
import { EvidenceService } from '@attesta/evidence';
import { ReviewsService, SubmissionsService } from '@attesta/reviews';
import { WorkspacesService } from '@attesta/workspaces';
import { Readable } from 'node:stream';

const day = (offset: number) => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);

/**
 * The review story on the demo workspace: the manufacturer submits; the assessor finds
 * the technicians' training record about to expire (minor nonconformity) and requests
 * changes; the vendor uploads a renewed record and answers; the manufacturer resubmits;
 * the assessor closes the finding, judges every applicable requirement (on the evidence
 * where some was submitted, on a witnessed remote demonstration and interviews where none
 * was), checks the decision readiness and decides "conformant" for three years. Submission 2
 * is decided, so the gap analysis shows accepted requirements.
 */
export async function seedDemoReview(
  app: INestApplication,
  owners: { manufacturer: UserActor; vendor: UserActor; assessor: UserActor },
): Promise<{ workspaceId: string; decisionId: string } | undefined> {
  const { manufacturer, vendor, assessor } = owners;
  const submissions = app.get(SubmissionsService);
  const reviews = app.get(ReviewsService);
  const evidence = app.get(EvidenceService);
  const [ws] = (await app.get(WorkspacesService).list(manufacturer, { limit: 1 })).data;
  if (!ws) return undefined;
  const workspaceId = ws.workspace.id;

  const covered = async (n: number) => {
    const all: Awaited<ReturnType<SubmissionsService['entries']>>['data'] = [];
    for (let cursor: string | undefined, more = true; more;) {
      const page = await submissions.entries(assessor, workspaceId, n, { limit: 200, cursor });
      all.push(...page.data);
      cursor = page.nextCursor ?? undefined;
      more = Boolean(page.nextCursor);
    }
    return all;
  };
  const OBSERVED = 'No document submitted: verified in the witnessed remote demonstration of the service operation and in interviews with the operations lead.';
  const judgeAll = async (n: number) => {
    for (const e of await covered(n)) {
      const comment = e.content.evidence.length ? `Evidence reviewed: ${e.content.evidence.map((v) => v.title).join('; ')}.` : OBSERVED;
      await reviews.recordVerdict(assessor, workspaceId, n, e.requirementId, { outcome: 'satisfied', comment });
    }
  };

  const first = await submissions.submit(manufacturer, workspaceId, { note: 'First submission for the ASEAN export-readiness assessment.' });
  const entries = (await covered(first.submission.number)).filter((e) => e.content.evidence.length);
  const training = entries.find((e) => e.content.evidence.some((v) => v.type === 'training_record'));
  for (const e of entries.filter((x) => x !== training)) {
    await reviews.recordVerdict(assessor, workspaceId, first.submission.number, e.requirementId, { outcome: 'satisfied', comment: 'Evidence reviewed.' });
  }
  if (training) {
    await reviews.recordVerdict(assessor, workspaceId, first.submission.number, training.requirementId, {
      outcome: 'not_satisfied',
      comment: 'Training records expire within weeks.',
    });
    const finding = await reviews.raiseFinding(assessor, workspaceId, first.submission.number, {
      requirementId: training.requirementId,
      severity: 'minor_nonconformity',
      title: 'Remote technician training records about to expire',
      description: "Both technicians' qualifications lapse within the assessment period; provide renewed records.",
      dueDate: day(30),
    });
    await reviews.addComment(assessor, workspaceId, first.submission.number, training.requirementId, { body: 'Is a refresher course already scheduled?' });
    await submissions.transition(assessor, workspaceId, first.submission.number, 'changes_requested');

    const record = training.content.evidence.find((v) => v.type === 'training_record')!;
    const renewed = await evidence.uploadVersion(vendor, workspaceId, record.evidenceId, async () => ({
      stream: Readable.from([
        Buffer.from(
          `technician,course,completed,valid_until\nT. Nguyen,Safe remote intervention,${day(-2)},${day(730)}\nP. Somsak,Safe remote intervention,${day(-1)},${day(730)}\n`,
          'utf8',
        ),
      ]),
      filename: 'technician-training-2026-renewed.csv',
      declaredMediaType: 'text/csv',
    }));
    const current = await evidence.get(vendor, workspaceId, record.evidenceId);
    await evidence.update(vendor, workspaceId, record.evidenceId, current.evidence.version, { validUntil: day(730) });
    await reviews.respondToFinding(vendor, workspaceId, finding.finding.id, {
      text: 'Both technicians completed the refresher; renewed records attached (valid two years).',
      evidenceVersionIds: [renewed.id],
    });
    const second = await submissions.submit(manufacturer, workspaceId, { note: 'Renewed training records (finding 1).' });
    await reviews.reviewFinding(assessor, workspaceId, finding.finding.id, { decision: 'accept', comment: 'Renewed records verified.' });
    await judgeAll(second.submission.number);
    const readiness = await reviews.decisionReadiness(assessor, workspaceId, second.submission.number);
    if (!readiness.ready)
      throw new Error(`demo review: submission ${second.submission.number} is not ready for a decision (${readiness.unjudged.count} unjudged)`);
    const decided = await reviews.decide(assessor, workspaceId, second.submission.number, {
      outcome: 'conformant',
      scopeStatement: 'VMC-850 machining centre rev C with PredictCare predictive-maintenance SaaS 4.2.0, for Viet Nam, Thailand and Malaysia.',
      validFrom: day(0),
      validUntil: day(3 * 365),
    });
    return { workspaceId, decisionId: decided.decision.id };
  }
  return undefined;
}
