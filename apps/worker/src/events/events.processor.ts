import { Processor, WorkerHost } from '@nestjs/bullmq';
import { runInJobContext } from '@attesta/core';
import { JobName, QueueName, type JobPayload, type JobResult } from '@attesta/jobs';
import { ACCREDITATION_EVENTS, type AccreditationStatusChangedPayload } from '@attesta/accreditation';
import { AttestationsService } from '@attesta/attestations';
import { EVIDENCE_EVENTS, FreshnessService } from '@attesta/evidence';
import { FOREIGN_CREDENTIAL_EVENTS } from '@attesta/foreign-credentials';
import { NotificationsService } from '@attesta/notifications';
import { OutboxService } from '@attesta/outbox';
import { PERSONNEL_EVENTS, PersonnelService } from '@attesta/personnel';
import { WebhookDeliveryService } from '@attesta/webhooks';
import { ProcurementService } from '@attesta/procurement';
import { SERVICE_LEVEL_EVENTS } from '@attesta/service-levels';
import type { Job } from 'bullmq';
import { ClsService } from 'nestjs-cls';

/**
 * Domain events from the outbox, fanned out to their consumers (idempotent on the event id),
 * then marked published.
 */
@Processor(QueueName.Events)
export class EventsProcessor extends WorkerHost {
  constructor(
    private readonly cls: ClsService,
    private readonly notifications: NotificationsService,
    private readonly freshness: FreshnessService,
    private readonly webhooks: WebhookDeliveryService,
    private readonly procurement: ProcurementService,
    private readonly attestations: AttestationsService,
    private readonly outbox: OutboxService,
    private readonly personnel: PersonnelService,
  ) {
    super();
  }

  async process(job: Job<JobPayload<JobName.DispatchEvent>>): Promise<JobResult<JobName.DispatchEvent>> {
    return runInJobContext(this.cls, job.data.eventId, async () => {
      const handled: string[] = [];
      const e = job.data;
      if (e.type === EVIDENCE_EVENTS.versionUploaded && e.workspaceId) {
        // Re-read what storage holds and re-hash it: corruption shows up here, not at audit time.
        await this.freshness.verifyIntegrity(e.workspaceId, String(e.payload.versionId), e.organizationId);
        handled.push('integrity');
      }
      if (e.type.startsWith('attestation.') && typeof e.payload.attestationId === 'string') {
        // Bids relying on it get their compliance report recomputed (and announced when it flips).
        if ((await this.procurement.recomputeForAttestation(e.payload.attestationId, e.eventId)) > 0) handled.push('bid-compliance');
      }
      if (e.type === 'accreditation.status_changed' && typeof e.payload.accreditationId === 'string') {
        if ((await this.procurement.recomputeForAccreditation(e.payload.accreditationId, e.eventId)) > 0) handled.push('bid-compliance');
      }
      if ((Object.values(FOREIGN_CREDENTIAL_EVENTS) as string[]).includes(e.type)) {
        // The holder's open bids may meet a requirement through its credentials: re-evaluated now, not at the next reconciliation.
        if ((await this.procurement.recomputeForSupplier(e.organizationId, e.eventId)) > 0) handled.push('bid-compliance');
      }
      if (e.type === SERVICE_LEVEL_EVENTS.bidsRejudged) {
        // Measurements turned some bids at risk (or back): their compliance reports carry the service-level report.
        if ((await this.procurement.recomputeForSupplier(e.organizationId, e.eventId, 'measurement_event')) > 0) handled.push('bid-compliance');
      }
      if (e.type === PERSONNEL_EVENTS.competenceChanged && Array.isArray(e.payload.offeringIds)) {
        // The roster serving these offerings changed: tender competence rules read it.
        if ((await this.procurement.recomputeForOfferings(e.payload.offeringIds as string[], e.eventId)) > 0) handled.push('bid-compliance');
      }
      if (e.type === ACCREDITATION_EVENTS.statusChanged) {
        // The issuer's setting decides whether attestations issued under a lapsed accreditation are suspended.
        if ((await this.attestations.onAccreditationStatusChanged(e.payload as unknown as AccreditationStatusChangedPayload)).suspended.length)
          handled.push('accreditation-lapse');
      }
      if (e.type === 'submission.created' && e.workspaceId && typeof e.payload.number === 'number') {
        // The roster serving the offering is frozen with the submission, for the assessor.
        if (await this.personnel.freezeForSubmission(e.organizationId, e.workspaceId, e.payload.number)) handled.push('roster');
      }
      // One delivery row per subscribed endpoint (unique per event and endpoint), each with its job.
      if ((await this.webhooks.fanOut(e)) > 0) handled.push('webhooks');
      // Mail goes last: every step above is idempotent on the event id, a mail is not (it is sent, not
      // stored), so a step that fails and makes the job run again must not have mailed the person already.
      if ((await this.notifications.deliver(e)).length) handled.push('notifications');
      // Only now does the event leave the relay's pending set: had the job been lost before this
      // point, the relay would queue the event again when its lease ends (every step above but the
      // mail is idempotent on the event id; the mail is sent again only if this very call fails).
      await this.outbox.markPublished(e.eventId);
      return { handled };
    });
  }
}
