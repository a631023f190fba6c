import { Injectable, Logger } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import {
  Actor,
  AppConfig,
  Db,
  isUniqueViolation,
  KeyRing,
  keysetPage,
  newId,
  OrganizationKind,
  type Page,
  scopeOf,
  systemScope,
  type SystemActor,
} from '@attesta/core';
import { evidenceItems } from '@attesta/evidence';
import { offeringComponents, offeringSummary } from '@attesta/offerings';
import { OutboxService } from '@attesta/outbox';
import { workspaceContext } from '@attesta/workspaces';
import { createHash } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { certificationActive, dayOf } from './competence-rules.js';
import { CertificationEntity, type ExpiryNotice } from './entities/certification.entity.js';
import { PersonAssignmentEntity } from './entities/person-assignment.entity.js';
import { PersonKeyEntity } from './entities/person-key.entity.js';
import { PersonEntity } from './entities/person.entity.js';
import { RosterSnapshotEntity, type FrozenRosterEntry } from './entities/roster-snapshot.entity.js';
import { PersonnelError, PersonnelErrorCode } from './personnel.errors.js';
import { certificationIssues, personIssues, validateRosterCsv, type CertificationFields, type PersonFields } from './roster-import.js';

export type { CertificationFields, PersonFields } from './roster-import.js';

/** What the employer sees of a person. Personal fields are null once the person is erased. */
export interface PersonView {
  id: string;
  status: 'active' | 'erased';
  displayName: string | null;
  internalId: string | null;
  email: string | null;
  markets: string[];
  timeZones: string[];
  languages: string[];
  remotePrivileges: string[];
  erasedAt: string | null;
  createdAt: string;
}

export interface CertificationView {
  id: string;
  personId: string;
  scheme: string;
  level: string;
  issuingBody: string;
  /** Personal (sealed with the person); null once erased or when none was given. */
  number: string | null;
  validFrom: string;
  validUntil: string | null;
  status: 'active' | 'expired' | 'not_yet_valid';
  machineFamilies: string[];
  deviceModels: string[];
  serviceTypes: string[];
  evidenceId: string | null;
  /** Where the evidence item lives (its versions: `/v1/workspaces/{evidenceWorkspaceId}/evidence/{evidenceId}`). */
  evidenceWorkspaceId: string | null;
  expiryNotice: ExpiryNotice | null;
}

export interface AssignmentView {
  id: string;
  personId: string;
  offeringId: string;
  componentId: string;
  createdAt: string;
}

export interface PersonDetail extends PersonView {
  certifications: CertificationView[];
  assignments: AssignmentView[];
}

export interface CertificationInput extends CertificationFields {
  evidenceId?: string | null;
}

/** A workspace's roster as its participant's role may see it. */
export interface WorkspaceRoster {
  workspaceId: string;
  /** `pseudonymous` for owners, contributors and assessors; `counts` for observers (procurers). */
  view: 'pseudonymous' | 'counts';
  people: number;
  /** Counts by qualification (scheme + level) and market, active certifications only. */
  counts: { scheme: string; level: string; market: string; people: number }[];
  /** Pseudonymous entries (absent for the `counts` view). */
  entries?: FrozenRosterEntry[];
}

export interface RosterSnapshotView {
  id: string;
  workspaceId: string;
  /** The submission it was frozen with (null: frozen on request). */
  submissionNumber: number | null;
  digest: string;
  entries: FrozenRosterEntry[];
  createdAt: string;
}

export interface ExpiringCertification extends CertificationView {
  displayName: string | null;
  daysLeft: number;
}

export const PERSONNEL_EVENTS = {
  certificationExpiring: 'personnel.certification_expiring',
  certificationExpired: 'personnel.certification_expired',
  /** The roster serving some offerings changed (payload `offeringIds`): bids on them are re-evaluated. */
  competenceChanged: 'personnel.competence_changed',
} as const;

interface Sealed {
  displayName: string;
  internalId: string;
  email: string | null;
  /** Certificate numbers by certification id. */
  certificationNumbers: Record<string, string>;
}

const DAY = 86_400_000;
const NOTICE_RANK: Record<ExpiryNotice, number> = { d90: 1, d60: 2, d30: 3, expired: 4 };

/** The notice due for a certification ending on `validUntil`, seen on `today`. */
export function noticeDue(validUntil: string, today: string): ExpiryNotice | null {
  const daysLeft = Math.round((Date.parse(`${validUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= 30) return 'd30';
  if (daysLeft <= 60) return 'd60';
  if (daysLeft <= 90) return 'd90';
  return null;
}

/** A person's pseudonym in one workspace: stable there, unlinkable across workspaces without the ids. */
export function pseudonymOf(workspaceId: string, personId: string): string {
  return `psn_${createHash('sha256').update(`attesta.person-pseudonym/1\0${workspaceId}\0${personId}`).digest('hex').slice(0, 20)}`;
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

/** The roster: people, certifications, assignments, erasure, workspace projections and the expiry scan. */
@Injectable()
export class PersonnelService {
  private readonly logger = new Logger(PersonnelService.name);
  private readonly ring: KeyRing;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    config: AppConfig,
  ) {
    this.ring = KeyRing.fromConfig(config);
  }

  // ---- People -------------------------------------------------------------------------------

  async createPerson(actor: Actor, input: PersonFields): Promise<PersonView> {
    assertCan(actor, 'create', 'Person');
    const fields = normalisePerson(input);
    const issues = personIssues(fields);
    if (issues.length) throw new PersonnelError(PersonnelErrorCode.InvalidPerson, 'The person is not valid.', { errors: issues });
    return this.db.tx(scopeOf(actor), async (em) => {
      const [person] = await this.insertPeople(em, actor, [{ person: fields, certification: null }]);
      await this.audit.record(em, actor, orgStream(actor), { action: 'person.created', subjectType: 'Person', subjectId: person!.id });
      return toPersonView(person!, { displayName: fields.displayName, internalId: fields.internalId, email: fields.email, certificationNumbers: {} });
    });
  }

  /**
   * Imports a roster CSV: every row is validated first; one bad row refuses the whole file
   * (422 naming each row and field) and nothing is stored.
   */
  async importRoster(actor: Actor, csv: string): Promise<{ imported: number; certifications: number }> {
    assertCan(actor, 'create', 'Person');
    return this.db.tx(scopeOf(actor), async (em) => {
      const existing = await em.getRepository(PersonEntity).find({ select: { internalRefDigest: true }, where: { organizationId: actor.organizationId } });
      const digests = new Set(existing.map((p) => p.internalRefDigest).filter((d): d is string => d !== null));
      const parsed = validateRosterCsv(csv);
      // Internal ids already in the roster: compared by digest (they are not stored readable).
      const taken = parsed.rows.filter((r) => digests.has(internalRefDigest(actor.organizationId, r.person.internalId)));
      const issues = [...parsed.issues, ...taken.map((r) => ({ field: `rows[${r.line}].internal_id`, message: 'is already in the roster' }))];
      if (issues.length) {
        const lines = [...new Set([...parsed.rejectedLines, ...taken.map((r) => r.line)])].sort((a, b) => a - b);
        throw new PersonnelError(
          PersonnelErrorCode.ImportRejected,
          lines.length
            ? `Nothing was imported: ${lines.length} row(s) are not valid (lines ${lines.slice(0, 20).join(', ')}${lines.length > 20 ? ', …' : ''}).`
            : 'Nothing was imported: the file is not valid.',
          { errors: issues, extensions: { rejectedLines: lines, issueCount: parsed.issueCount + taken.length } },
        );
      }
      const people = await this.insertPeople(em, actor, parsed.rows);
      const certifications = parsed.rows.filter((r) => r.certification).length;
      await this.audit.record(em, actor, orgStream(actor), {
        action: 'person.roster_imported',
        subjectType: 'Person',
        payload: { people: people.length, certifications },
      });
      return { imported: people.length, certifications };
    });
  }

  async listPeople(actor: Actor, page: { limit?: number; cursor?: string }): Promise<Page<PersonView>> {
    assertCan(actor, 'read', 'Person');
    return this.db.tx(scopeOf(actor), async (em) => {
      const result = await keysetPage(em.getRepository(PersonEntity).createQueryBuilder('p').where('p.organizationId = :org', { org: actor.organizationId }), {
        ...page,
        keys: [{ column: 'p.id', read: (p) => p.id }],
      });
      const keys = await this.keysOf(
        em,
        result.data.map((p) => p.id),
      );
      return { ...result, data: result.data.map((p) => toPersonView(p, this.open(p, keys.get(p.id)))) };
    });
  }

  async getPerson(actor: Actor, personId: string): Promise<PersonDetail> {
    assertCan(actor, 'read', 'Person');
    return this.db.tx(scopeOf(actor), async (em) => {
      const person = await this.findPerson(em, actor, personId);
      const sealed = this.open(person, (await this.keysOf(em, [person.id])).get(person.id));
      const certs = await em.getRepository(CertificationEntity).find({ where: { personId: person.id }, order: { id: 'ASC' } });
      const assignments = await em.getRepository(PersonAssignmentEntity).find({ where: { personId: person.id }, order: { id: 'ASC' } });
      const today = dayOf(new Date());
      return {
        ...toPersonView(person, sealed),
        certifications: certs.map((c) => toCertificationView(c, sealed, today)),
        assignments: assignments.map(toAssignmentView),
      };
    });
  }

  /**
   * Erasure: the person's data key is deleted (crypto-shredding), so the sealed personal fields
   * (name, internal id, e-mail, certificate numbers) can no longer be opened by anyone; the
   * internal-id digest goes too, and the certificate digests. The person row, its certifications and
   * assignments stay (frozen rosters and the summaries attestations state from them are unchanged),
   * but an erased person serves no one: competence rules no longer count them. The audit chain (which
   * never held personal fields) verifies.
   */
  async erasePerson(actor: Actor, personId: string): Promise<PersonView> {
    assertCan(actor, 'delete', 'Person');
    return this.db.tx(scopeOf(actor), async (em) => {
      const person = await this.findPerson(em, actor, personId, true);
      if (person.status === 'erased') throw new PersonnelError(PersonnelErrorCode.PersonErased, 'The person is already erased.');
      await em.getRepository(PersonKeyEntity).delete({ personId: person.id });
      // The address its expiry notices carried for the mail to them goes from the stored events too.
      await this.outbox.forgetPersonMail(em, person.id);
      const now = new Date();
      await em.getRepository(PersonEntity).update({ id: person.id }, { status: 'erased', erasedAt: now, internalRefDigest: null, updatedAt: now });
      // The certificate digests are derived from the numbers just shredded; an erased person counts for no rule anyway.
      await em.getRepository(CertificationEntity).update({ personId: person.id }, { certificateDigest: null, updatedAt: now });
      await this.audit.record(em, actor, orgStream(actor), { action: 'person.erased', subjectType: 'Person', subjectId: person.id });
      await this.competenceChanged(em, actor.organizationId, await this.offeringsServedBy(em, [person.id]));
      return toPersonView(await em.getRepository(PersonEntity).findOneOrFail({ where: { id: person.id } }), null);
    });
  }

  // ---- Certifications -----------------------------------------------------------------------

  async addCertification(actor: Actor, personId: string, input: CertificationInput): Promise<CertificationView> {
    assertCan(actor, 'update', 'Person');
    const fields = normaliseCertification(input);
    const issues = certificationIssues(fields);
    if (issues.length) throw new PersonnelError(PersonnelErrorCode.InvalidCertification, 'The certification is not valid.', { errors: issues });
    return this.db.tx(scopeOf(actor), async (em) => {
      const person = await this.findPerson(em, actor, personId, true);
      if (person.status === 'erased') throw new PersonnelError(PersonnelErrorCode.PersonErased, 'The person is erased: no new certifications.');
      const evidenceId = input.evidenceId ?? null;
      const [evidence] = evidenceId ? await evidenceItems(em, [evidenceId]) : [];
      if (evidenceId && !evidence) {
        throw new PersonnelError(PersonnelErrorCode.UnknownEvidence, 'No evidence item of yours with this id.', {
          errors: [{ field: 'evidenceId', message: 'names no evidence item your organization can see' }],
        });
      }
      const cert = this.newCertification(actor, person.id, fields, evidence ? { id: evidence.id, workspaceId: evidence.workspaceId } : null);
      await em.getRepository(CertificationEntity).insert(cert);
      const key = (await this.keysOf(em, [person.id])).get(person.id);
      const sealed = this.open(person, key);
      if (fields.number && sealed) {
        sealed.certificationNumbers[cert.id] = fields.number;
        await this.reseal(em, person, sealed);
      }
      await this.audit.record(em, actor, orgStream(actor), {
        action: 'certification.added',
        subjectType: 'Person',
        subjectId: person.id,
        payload: { certificationId: cert.id, scheme: cert.scheme, level: cert.level, validUntil: cert.validUntil },
      });
      await this.competenceChanged(em, actor.organizationId, await this.offeringsServedBy(em, [person.id]));
      return toCertificationView(cert, sealed, dayOf(new Date()));
    });
  }

  /** Certifications ending within `days` (or already ended), soonest first. */
  async listExpiring(actor: Actor, days: number, now = new Date()): Promise<ExpiringCertification[]> {
    assertCan(actor, 'read', 'Person');
    return this.db.tx(scopeOf(actor), async (em) => {
      const today = dayOf(now);
      const until = dayOf(new Date(now.getTime() + days * DAY));
      const certs = await em
        .getRepository(CertificationEntity)
        .createQueryBuilder('c')
        .where('c.organizationId = :org AND c.validUntil IS NOT NULL AND c.validUntil <= :until', { org: actor.organizationId, until })
        .orderBy('c.validUntil', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .limit(500)
        .getMany();
      if (!certs.length) return [];
      const people = await em.getRepository(PersonEntity).find({ where: { id: In([...new Set(certs.map((c) => c.personId))]) } });
      const keys = await this.keysOf(
        em,
        people.map((p) => p.id),
      );
      const sealedOf = new Map(people.map((p) => [p.id, this.open(p, keys.get(p.id))]));
      return certs.map((c) => {
        const sealed = sealedOf.get(c.personId) ?? null;
        return {
          ...toCertificationView(c, sealed, today),
          displayName: sealed?.displayName ?? null,
          daysLeft: Math.round((Date.parse(`${c.validUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY),
        };
      });
    });
  }

  // ---- Assignments --------------------------------------------------------------------------

  /** Assigns a person to a component of an offering the organization owns or provides the component of. */
  async assign(actor: Actor, personId: string, input: { offeringId: string; componentId: string }): Promise<AssignmentView> {
    assertCan(actor, 'update', 'Person');
    return this.db.tx(scopeOf(actor), async (em) => {
      const person = await this.findPerson(em, actor, personId, true);
      // An erased person no longer serves anyone: assigned again, they would count in competence rules.
      if (person.status === 'erased') throw new PersonnelError(PersonnelErrorCode.PersonErased, 'The person is erased: no new assignments.');
      const offering = await offeringSummary(em, input.offeringId);
      const component = offering ? (await offeringComponents(em, offering.id)).find((c) => c.id === input.componentId) : undefined;
      if (!offering || !component || (offering.organizationId !== actor.organizationId && component.providerOrganizationId !== actor.organizationId)) {
        throw new PersonnelError(PersonnelErrorCode.UnknownComponent, 'No component of this offering that your organization owns or provides.', {
          errors: [{ field: 'componentId', message: 'names no component your organization owns or provides in this offering' }],
        });
      }
      const row = em.getRepository(PersonAssignmentEntity).create({
        id: newId(),
        organizationId: actor.organizationId,
        personId: person.id,
        offeringId: offering.id,
        componentId: component.id,
        createdAt: new Date(),
      });
      try {
        await em.getRepository(PersonAssignmentEntity).insert(row);
      } catch (e) {
        if (isUniqueViolation(e, 'uq_person_assignments'))
          throw new PersonnelError(PersonnelErrorCode.DuplicateAssignment, 'The person already serves this component.', {
            errors: [{ field: 'componentId', message: 'is already assigned' }],
          });
        throw e;
      }
      await this.audit.record(em, actor, orgStream(actor), {
        action: 'person.assigned',
        subjectType: 'Person',
        subjectId: person.id,
        payload: { offeringId: offering.id, componentId: component.id },
      });
      await this.competenceChanged(em, actor.organizationId, [offering.id]);
      return toAssignmentView(row);
    });
  }

  async unassign(actor: Actor, personId: string, assignmentId: string): Promise<void> {
    assertCan(actor, 'update', 'Person');
    await this.db.tx(scopeOf(actor), async (em) => {
      const row = await em.getRepository(PersonAssignmentEntity).findOne({ where: { id: assignmentId, personId, organizationId: actor.organizationId } });
      if (!row) throw new PersonnelError(PersonnelErrorCode.AssignmentNotFound, 'Assignment not found.');
      await em.getRepository(PersonAssignmentEntity).delete({ id: row.id });
      await this.audit.record(em, actor, orgStream(actor), {
        action: 'person.unassigned',
        subjectType: 'Person',
        subjectId: personId,
        payload: { componentId: row.componentId },
      });
      await this.competenceChanged(em, actor.organizationId, [row.offeringId]);
    });
  }

  // ---- Workspace projections ----------------------------------------------------------------

  /**
   * The roster serving the workspace's offering, projected by the caller's workspace role:
   * assessors (and owner, contributors) see pseudonymous ids with qualifications; observers
   * (procurers) see counts by qualification and market only. Non-participants get 404.
   */
  async workspaceRoster(actor: Actor, workspaceId: string, now = new Date()): Promise<WorkspaceRoster> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await workspaceContext(em, actor, workspaceId, 'read', 'Workspace');
      const entries = await this.rosterEntries(em, workspaceId);
      const today = dayOf(now);
      const counts = new Map<string, { scheme: string; level: string; market: string; people: Set<string> }>();
      for (const e of entries) {
        for (const c of e.certifications.filter((x) => certificationActive(x, today))) {
          for (const market of e.markets) {
            const k = `${c.scheme}\0${c.level}\0${market}`;
            const bucket = counts.get(k) ?? { scheme: c.scheme, level: c.level, market, people: new Set<string>() };
            bucket.people.add(e.pseudonym);
            counts.set(k, bucket);
          }
        }
      }
      const summary = [...counts.values()]
        .map((b) => ({ scheme: b.scheme, level: b.level, market: b.market, people: b.people.size }))
        .sort((a, b) => a.scheme.localeCompare(b.scheme) || a.level.localeCompare(b.level) || a.market.localeCompare(b.market));
      const base = { workspaceId, people: entries.length, counts: summary };
      return ctx.role === 'observer' ? { ...base, view: 'counts' } : { ...base, view: 'pseudonymous', entries };
    });
  }

  /** Freezes the workspace's roster for its assessor (owner only): later changes do not alter it. */
  async freezeRoster(actor: Actor, workspaceId: string): Promise<RosterSnapshotView> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'create', 'Submission');
      return this.insertSnapshot(em, actor, workspaceId, null);
    });
  }

  /**
   * The roster frozen with a submission (the worker, on `submission.created`): the assessor judges
   * the people as they were when the evidence was frozen. Idempotent on (workspace, number);
   * null when that submission already has its roster.
   */
  async freezeForSubmission(organizationId: string, workspaceId: string, submissionNumber: number): Promise<RosterSnapshotView | null> {
    const actor: SystemActor = { kind: 'system', reason: 'personnel.roster_freeze', organizationId, organizationKind: OrganizationKind.Manufacturer };
    return this.db.tx(systemScope('personnel.roster_freeze: the roster of a new submission', { organizationId }), async (em) => {
      if (await em.getRepository(RosterSnapshotEntity).findOne({ where: { workspaceId, submissionNumber } })) return null;
      return this.insertSnapshot(em, actor, workspaceId, submissionNumber);
    });
  }

  private async insertSnapshot(em: EntityManager, actor: Actor, workspaceId: string, submissionNumber: number | null): Promise<RosterSnapshotView> {
    const entries = await this.rosterEntries(em, workspaceId);
    const snapshot = em.getRepository(RosterSnapshotEntity).create({
      id: newId(),
      organizationId: actor.organizationId,
      workspaceId,
      submissionNumber,
      entries,
      digest: createHash('sha256')
        .update(canonical({ format: 'attesta.roster-snapshot/1', workspaceId, submissionNumber, entries }))
        .digest('hex'),
      createdAt: new Date(),
    });
    await em.getRepository(RosterSnapshotEntity).insert(snapshot);
    await this.audit.record(
      em,
      actor,
      { type: 'workspace', id: workspaceId },
      {
        action: 'roster.frozen',
        subjectType: 'RosterSnapshot',
        subjectId: snapshot.id,
        payload: { digest: snapshot.digest, people: entries.length, submissionNumber },
      },
    );
    return toSnapshotView(snapshot);
  }

  /** Frozen rosters of the workspace: its owner and assessors. */
  async listRosterSnapshots(actor: Actor, workspaceId: string): Promise<RosterSnapshotView[]> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await workspaceContext(em, actor, workspaceId, 'read', 'Workspace');
      if (ctx.role !== 'owner' && ctx.role !== 'assessor') return [];
      const rows = await em.getRepository(RosterSnapshotEntity).find({ where: { workspaceId }, order: { id: 'DESC' }, take: 50 });
      return rows.map(toSnapshotView);
    });
  }

  // ---- Expiry scan --------------------------------------------------------------------------

  /**
   * Daily: certifications entering 90, 60 or 30 days before their end, or past it, get the
   * notice once each (outbox → webhooks and mail to the person when an address is known).
   */
  async expiryScan(now = new Date()): Promise<{ expiring: number; expired: number }> {
    const today = dayOf(now);
    const due = (await this.db.tx(systemScope('personnel.expiry_scan: certifications due a notice'), (em) =>
      em.query('SELECT * FROM personnel_certifications_due($1::date)', [today]),
    )) as { id: string; organization_id: string; person_id: string; valid_until: string; expiry_notice: ExpiryNotice | null }[];
    let expiring = 0;
    let expired = 0;
    const byOrg = new Map<string, typeof due>();
    for (const d of due) byOrg.set(d.organization_id, [...(byOrg.get(d.organization_id) ?? []), d]);
    for (const [organizationId, rows] of byOrg) {
      await this.db.tx(systemScope('personnel.expiry_scan: notices', { organizationId }), async (em) => {
        const people = await em.getRepository(PersonEntity).find({ where: { id: In([...new Set(rows.map((r) => r.person_id))]) } });
        const keys = await this.keysOf(
          em,
          people.map((p) => p.id),
        );
        for (const row of rows) {
          const notice = noticeDue(row.valid_until, today);
          if (!notice || (row.expiry_notice && NOTICE_RANK[row.expiry_notice] >= NOTICE_RANK[notice])) continue;
          // Claimed with the notice it replaces, so two scans never announce the same step twice.
          const claimed = await em
            .createQueryBuilder()
            .update(CertificationEntity)
            .set({ expiryNotice: notice })
            .where('id = :id AND expiry_notice IS NOT DISTINCT FROM :prev', { id: row.id, prev: row.expiry_notice })
            .execute();
          if (!claimed.affected) continue;
          const cert = await em.getRepository(CertificationEntity).findOneOrFail({ where: { id: row.id } });
          const person = people.find((p) => p.id === row.person_id);
          const sealed = person ? this.open(person, keys.get(person.id)) : null;
          const daysLeft = Math.round((Date.parse(`${row.valid_until}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
          await this.outbox.emit(em, {
            type: notice === 'expired' ? PERSONNEL_EVENTS.certificationExpired : PERSONNEL_EVENTS.certificationExpiring,
            organizationId,
            payload: {
              certificationId: cert.id,
              personId: cert.personId,
              scheme: cert.scheme,
              level: cert.level,
              validUntil: row.valid_until,
              daysLeft,
              notice,
              // Only for the mail to the technician; not stored once the person is erased.
              ...(sealed?.email ? { mailTo: sealed.email } : {}),
            },
          });
          if (notice === 'expired') {
            expired += 1;
            await this.competenceChanged(em, organizationId, await this.offeringsServedBy(em, [cert.personId]));
          } else expiring += 1;
        }
      });
    }
    if (expiring || expired) this.logger.log({ expiring, expired }, 'certification expiry scan');
    return { expiring, expired };
  }

  // ---- internals ----------------------------------------------------------------------------

  /** The offerings these people are assigned to. */
  private async offeringsServedBy(em: EntityManager, personIds: string[]): Promise<string[]> {
    const rows = await em.getRepository(PersonAssignmentEntity).find({ select: { offeringId: true }, where: { personId: In(personIds) } });
    return [...new Set(rows.map((r) => r.offeringId))];
  }

  /** Tells the worker the roster serving these offerings changed: open bids on them are re-evaluated. */
  private async competenceChanged(em: EntityManager, organizationId: string, offeringIds: string[]): Promise<void> {
    if (!offeringIds.length) return;
    await this.outbox.emit(em, { type: PERSONNEL_EVENTS.competenceChanged, organizationId, payload: { offeringIds: [...new Set(offeringIds)].sort() } });
  }

  private async rosterEntries(em: EntityManager, workspaceId: string): Promise<FrozenRosterEntry[]> {
    const rows: {
      person_id: string;
      markets: string[];
      time_zones: string[];
      component_ids: string[];
      certification_id: string | null;
      scheme: string | null;
      level: string | null;
      issuing_body: string | null;
      valid_from: string | null;
      valid_until: string | null;
      machine_families: string[] | null;
      device_models: string[] | null;
      service_types: string[] | null;
      evidence_id: string | null;
    }[] = await em.query('SELECT * FROM personnel_workspace_roster($1)', [workspaceId]);
    const byPerson = new Map<string, FrozenRosterEntry>();
    for (const r of rows) {
      const pseudonym = pseudonymOf(workspaceId, r.person_id);
      const entry = byPerson.get(pseudonym) ?? { pseudonym, markets: r.markets, timeZones: r.time_zones, components: r.component_ids, certifications: [] };
      if (r.certification_id && r.scheme && r.level && r.valid_from) {
        entry.certifications.push({
          scheme: r.scheme,
          level: r.level,
          issuingBody: r.issuing_body ?? '',
          validFrom: r.valid_from,
          validUntil: r.valid_until,
          scope: [...(r.machine_families ?? []), ...(r.device_models ?? []), ...(r.service_types ?? [])],
          evidenceId: r.evidence_id,
        });
      }
      byPerson.set(pseudonym, entry);
    }
    return [...byPerson.values()].sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
  }

  private async insertPeople(
    em: EntityManager,
    actor: Actor,
    rows: { person: PersonFields; certification: CertificationFields | null }[],
  ): Promise<PersonEntity[]> {
    const now = new Date();
    const people: PersonEntity[] = [];
    const keys: PersonKeyEntity[] = [];
    const certs: CertificationEntity[] = [];
    for (const r of rows) {
      const id = newId();
      const cert = r.certification ? this.newCertification(actor, id, r.certification, null) : null;
      const sealed: Sealed = {
        displayName: r.person.displayName,
        internalId: r.person.internalId,
        email: r.person.email,
        certificationNumbers: cert && r.certification?.number ? { [cert.id]: r.certification.number } : {},
      };
      const wrapped = this.ring.wrap(Buffer.from(JSON.stringify(sealed), 'utf8'), `person:${id}`);
      people.push(
        em.getRepository(PersonEntity).create({
          id,
          organizationId: actor.organizationId,
          internalRefDigest: internalRefDigest(actor.organizationId, r.person.internalId),
          markets: r.person.markets,
          timeZones: r.person.timeZones,
          languages: r.person.languages,
          remotePrivileges: r.person.remotePrivileges,
          personalData: wrapped.ciphertext,
          status: 'active',
          erasedAt: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      keys.push(
        em
          .getRepository(PersonKeyEntity)
          .create({ personId: id, organizationId: actor.organizationId, kekId: wrapped.kekId, wrappedDek: wrapped.wrappedDek, createdAt: now }),
      );
      if (cert) certs.push(cert);
    }
    try {
      for (let i = 0; i < people.length; i += 500) await em.getRepository(PersonEntity).insert(people.slice(i, i + 500));
    } catch (e) {
      if (isUniqueViolation(e, 'uq_people_internal_ref'))
        throw new PersonnelError(PersonnelErrorCode.DuplicateInternalId, 'A person with this internal id is already in the roster.', {
          errors: [{ field: 'internalId', message: 'is already in the roster' }],
        });
      throw e;
    }
    for (let i = 0; i < keys.length; i += 500) await em.getRepository(PersonKeyEntity).insert(keys.slice(i, i + 500));
    for (let i = 0; i < certs.length; i += 500) await em.getRepository(CertificationEntity).insert(certs.slice(i, i + 500));
    return people;
  }

  private newCertification(actor: Actor, personId: string, c: CertificationFields, evidence: { id: string; workspaceId: string } | null): CertificationEntity {
    const now = new Date();
    return Object.assign(new CertificationEntity(), {
      id: newId(),
      organizationId: actor.organizationId,
      personId,
      scheme: c.scheme.trim(),
      level: c.level.trim(),
      issuingBody: c.issuingBody.trim(),
      validFrom: c.validFrom,
      validUntil: c.validUntil,
      machineFamilies: c.machineFamilies,
      deviceModels: c.deviceModels,
      serviceTypes: c.serviceTypes,
      evidenceId: evidence?.id ?? null,
      evidenceWorkspaceId: evidence?.workspaceId ?? null,
      expiryNotice: null,
      certificateDigest: c.number ? certificateDigest(c.scheme, c.issuingBody, c.number) : null,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** The organization's person; `lock`: held until the transaction ends (erasure, assignment and certification take turns). */
  private async findPerson(em: EntityManager, actor: Actor, personId: string, lock = false): Promise<PersonEntity> {
    const person = await em
      .getRepository(PersonEntity)
      .findOne({ where: { id: personId, organizationId: actor.organizationId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!person) throw new PersonnelError(PersonnelErrorCode.PersonNotFound, 'Person not found.');
    return person;
  }

  private async keysOf(em: EntityManager, personIds: string[]): Promise<Map<string, PersonKeyEntity>> {
    if (!personIds.length) return new Map();
    const rows = await em.getRepository(PersonKeyEntity).find({ where: { personId: In(personIds) } });
    return new Map(rows.map((k) => [k.personId, k]));
  }

  /** The person's sealed fields, or null when the key is gone (erased). */
  private open(person: PersonEntity, key: PersonKeyEntity | undefined): Sealed | null {
    if (!key || !person.personalData) return null;
    const plain = this.ring.unwrap({ kekId: key.kekId, wrappedDek: key.wrappedDek, ciphertext: person.personalData }, `person:${person.id}`);
    return JSON.parse(plain.toString('utf8')) as Sealed;
  }

  private async reseal(em: EntityManager, person: PersonEntity, sealed: Sealed): Promise<void> {
    const wrapped = this.ring.wrap(Buffer.from(JSON.stringify(sealed), 'utf8'), `person:${person.id}`);
    await em.getRepository(PersonEntity).update({ id: person.id }, { personalData: wrapped.ciphertext, updatedAt: new Date() });
    await em.getRepository(PersonKeyEntity).update({ personId: person.id }, { kekId: wrapped.kekId, wrappedDek: wrapped.wrappedDek });
  }
}

function orgStream(actor: Actor) {
  return { type: 'organization' as const, id: actor.organizationId };
}

/**
 * A certificate's identity across rosters (scheme, issuing body, number; case, spacing and
 * punctuation in the number aside): the same technician entered twice, by one employer or by two,
 * counts once in competence rules. Not bound to the organization, as the internal-id digest is.
 */
export function certificateDigest(scheme: string, issuingBody: string, number: string): string {
  const text = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const code = number.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  return createHash('sha256')
    .update(`attesta.certificate/1\0${text(scheme)}\0${text(issuingBody)}\0${code}`)
    .digest('hex');
}

function internalRefDigest(organizationId: string, internalId: string): string {
  return createHash('sha256').update(`attesta.person-internal-id/1\0${organizationId}\0${internalId.trim()}`).digest('hex');
}

function normalisePerson(p: PersonFields): PersonFields {
  return {
    internalId: (p.internalId ?? '').trim(),
    displayName: (p.displayName ?? '').trim(),
    email: p.email?.trim() || null,
    markets: [...new Set((p.markets ?? []).map((m) => m.trim().toUpperCase()))],
    timeZones: [...new Set(p.timeZones ?? [])],
    languages: [...new Set(p.languages ?? [])],
    remotePrivileges: [...new Set(p.remotePrivileges ?? [])],
  };
}

function normaliseCertification(c: CertificationFields): CertificationFields {
  return {
    scheme: (c.scheme ?? '').trim(),
    level: (c.level ?? '').trim(),
    issuingBody: (c.issuingBody ?? '').trim(),
    number: c.number?.trim() || null,
    validFrom: c.validFrom,
    validUntil: c.validUntil ?? null,
    machineFamilies: c.machineFamilies ?? [],
    deviceModels: c.deviceModels ?? [],
    serviceTypes: c.serviceTypes ?? [],
  };
}

function toPersonView(p: PersonEntity, sealed: Sealed | null): PersonView {
  return {
    id: p.id,
    status: p.status,
    displayName: sealed?.displayName ?? null,
    internalId: sealed?.internalId ?? null,
    email: sealed?.email ?? null,
    markets: p.markets,
    timeZones: p.timeZones,
    languages: p.languages,
    remotePrivileges: p.remotePrivileges,
    erasedAt: p.erasedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
  };
}

function toCertificationView(c: CertificationEntity, sealed: Sealed | null, today: string): CertificationView {
  return {
    id: c.id,
    personId: c.personId,
    scheme: c.scheme,
    level: c.level,
    issuingBody: c.issuingBody,
    number: sealed?.certificationNumbers[c.id] ?? null,
    validFrom: c.validFrom,
    validUntil: c.validUntil,
    status: certificationActive(c, today) ? 'active' : c.validFrom > today ? 'not_yet_valid' : 'expired',
    machineFamilies: c.machineFamilies,
    deviceModels: c.deviceModels,
    serviceTypes: c.serviceTypes,
    evidenceId: c.evidenceId,
    evidenceWorkspaceId: c.evidenceWorkspaceId,
    expiryNotice: c.expiryNotice,
  };
}

function toAssignmentView(a: PersonAssignmentEntity): AssignmentView {
  return { id: a.id, personId: a.personId, offeringId: a.offeringId, componentId: a.componentId, createdAt: a.createdAt.toISOString() };
}

function toSnapshotView(s: RosterSnapshotEntity): RosterSnapshotView {
  return {
    id: s.id,
    workspaceId: s.workspaceId,
    submissionNumber: s.submissionNumber,
    digest: s.digest,
    entries: s.entries,
    createdAt: s.createdAt.toISOString(),
  };
}
