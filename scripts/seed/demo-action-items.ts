import type { INestApplication } from '@nestjs/common';
import { frameworksWithCodes } from '@attesta/catalog';
import { Db, scopeOf, type UserActor } from '@attesta/core';
import { Confidentiality, EvidenceService, EvidenceType } from '@attesta/evidence';
import { OfferingsService } from '@attesta/offerings';
import { ReviewsService, SubmissionsService } from '@attesta/reviews';
import { WorkspacesService } from '@attesta/workspaces';
import { Readable } from 'node:stream';

const day = (offset: number) => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);

/**
 * Work waiting for the manufacturer, for its action items (portal: Action items): a
 * Singapore readiness workspace of the same offering, submitted once and under review.
 * The assessor judged one requirement not satisfied and one as needing information, raised
 * an overdue finding and one due in two weeks; the SLA evidence expired five days ago and the
 * incident-response plan expires within the month. Its audit log reads as its own short story.
 */
export async function seedDemoActionItems(app: INestApplication, owners: { manufacturer: UserActor; vendor: UserActor; assessor: UserActor }): Promise<void> {
  const { manufacturer, vendor, assessor } = owners;
  const workspaces = app.get(WorkspacesService);
  const evidence = app.get(EvidenceService);
  const [offering] = (await app.get(OfferingsService).list(manufacturer, { limit: 1 })).data;
  if (!offering) return;
  const saas = offering.components?.find((c) => c.providerOrganizationId === vendor.organizationId);
  // The built-in baseline 1.0 (the demo also drafts a 2.0 of its own).
  const frameworks = await app.get(Db).tx(scopeOf(manufacturer), (em) => frameworksWithCodes(em, ['attesta-dser']));
  const baseline = frameworks.find((f) => f.version === '1.0') ?? frameworks[0];
  if (!baseline) return;
  const ws = await workspaces.create(manufacturer, {
    offeringId: offering.id,
    name: 'VMC-850 + PredictCare — Singapore readiness',
    frameworkIds: [baseline.id],
    targetMarkets: ['SG'],
  });
  const workspaceId = ws.workspace.id;
  if (saas)
    await workspaces.inviteParticipant(manufacturer, workspaceId, { organizationId: vendor.organizationId, role: 'contributor', componentIds: [saas.id] });
  await workspaces.inviteParticipant(manufacturer, workspaceId, { organizationId: assessor.organizationId, role: 'assessor' });
  if (saas) await workspaces.respond(vendor, workspaceId, true);
  await workspaces.respond(assessor, workspaceId, true);

  const refs = new Map<string, string>();
  for (let cursor: string | undefined, more = true; more;) {
    const page = await workspaces.applicability(manufacturer, workspaceId, { limit: 200, cursor });
    page.data.forEach((r) => refs.set(r.requirement.ref, r.requirement.id));
    cursor = page.nextCursor ?? undefined;
    more = Boolean(page.nextCursor);
  }
  const items = [
    {
      by: saas ? vendor : manufacturer,
      componentId: saas?.id ?? null,
      type: EvidenceType.SlaDefinition,
      title: 'PredictCare SLA v2 (Singapore)',
      file: 'predictcare-sla-v2-sg.md',
      body: '# PredictCare SLA v2 (Singapore)\n\n- Availability: 99.5 % per calendar month\n',
      effectiveDate: day(-400),
      validUntil: day(-5),
      ref: 'DSER-2.1',
    },
    {
      by: manufacturer,
      componentId: null,
      type: EvidenceType.ServiceDescription,
      title: 'Incident response plan 2026',
      file: 'incident-response-plan-2026.txt',
      body: 'Incident response plan: detection, triage, customer notification within 24 hours, post-incident review.\n',
      effectiveDate: day(-200),
      validUntil: day(12),
      ref: 'DSER-4.3',
    },
  ];
  for (const item of items) {
    const created = await evidence.create(item.by, workspaceId, {
      type: item.type,
      title: item.title,
      componentId: item.componentId,
      confidentiality: Confidentiality.Confidential,
      effectiveDate: item.effectiveDate,
      validUntil: item.validUntil,
    });
    await evidence.uploadVersion(item.by, workspaceId, created.id, async () => ({
      stream: Readable.from([Buffer.from(item.body, 'utf8')]),
      filename: item.file,
      declaredMediaType: 'text/plain',
    }));
    const requirementId = refs.get(item.ref);
    if (requirementId) await evidence.link(item.by, workspaceId, created.id, { requirementId, note: `Covers ${item.ref} for Singapore` });
  }

  const submissions = app.get(SubmissionsService);
  const reviews = app.get(ReviewsService);
  const { submission } = await submissions.submit(manufacturer, workspaceId, { note: 'Singapore readiness: first submission.' });
  const judged: [string, 'not_satisfied' | 'needs_information' | 'satisfied', string][] = [
    ['DSER-2.1', 'not_satisfied', 'The SLA expired before the submission; send the current one for the Singapore service.'],
    ['DSER-4.3', 'needs_information', 'The plan names no escalation contact in Singapore. Who is on call, and within what time?'],
    ['DSER-1.1', 'satisfied', 'Service description reviewed.'],
  ];
  for (const [ref, outcome, comment] of judged) {
    const requirementId = refs.get(ref);
    if (requirementId) await reviews.recordVerdict(assessor, workspaceId, submission.number, requirementId, { outcome, comment });
  }
  const findings = [
    {
      ref: 'DSER-2.1',
      severity: 'major_nonconformity' as const,
      title: 'No valid SLA for the Singapore service',
      description: 'The only SLA submitted expired; the service cannot be judged against a lapsed commitment.',
      dueDate: day(-3),
    },
    {
      ref: 'DSER-4.3',
      severity: 'minor_nonconformity' as const,
      title: 'Escalation contact missing from the incident response plan',
      description: 'Name the on-call contact and the escalation time for Singapore customers.',
      dueDate: day(14),
    },
  ];
  for (const { ref, ...finding } of findings) {
    const requirementId = refs.get(ref);
    if (requirementId) await reviews.raiseFinding(assessor, workspaceId, submission.number, { requirementId, ...finding });
  }
  const commented = refs.get('DSER-4.3');
  if (commented) {
    await reviews.addComment(assessor, workspaceId, submission.number, commented, { body: 'A named role is enough; it need not be a person.' });
  }
}
