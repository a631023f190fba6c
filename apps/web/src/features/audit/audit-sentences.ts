import type { Schemas } from '../../api/client';
import type { MessageId, useT } from '../../i18n';

export type AuditEvent = Schemas['AuditEventListItemDto'];
type T = ReturnType<typeof useT>;

/** The actions of a workspace's stream, by name (the action picker's choices); an action not listed here shows its code. */
export const ACTIONS: Record<string, MessageId> = {
  'workspace.created': 'audit.action.workspace.created',
  'workspace.updated': 'audit.action.workspace.updated',
  'workspace.framework_version_moved': 'audit.action.workspace.framework_version_moved',
  'participant.invited': 'audit.action.participant.invited',
  'participant.accepted': 'audit.action.participant.accepted',
  'participant.declined': 'audit.action.participant.declined',
  'participant.removed': 'audit.action.participant.removed',
  'component.added': 'audit.action.component.added',
  'component.updated': 'audit.action.component.updated',
  'applicability.updated': 'audit.action.applicability.updated',
  'applicability.parameters_set': 'audit.action.applicability.parameters_set',
  'evidence.created': 'audit.action.evidence.created',
  'evidence.updated': 'audit.action.evidence.updated',
  'evidence.version_uploaded': 'audit.action.evidence.version_uploaded',
  'evidence.linked': 'audit.action.evidence.linked',
  'evidence.unlinked': 'audit.action.evidence.unlinked',
  'submission.created': 'audit.action.submission.created',
  'review.started': 'audit.action.review.started',
  'review.changes_requested': 'audit.action.review.changes_requested',
  'comment.added': 'audit.action.comment.added',
  'finding.raised': 'audit.action.finding.raised',
  'finding.responded': 'audit.action.finding.responded',
  'finding.closed': 'audit.action.finding.closed',
  'finding.reopened': 'audit.action.finding.reopened',
  'verdict.recorded': 'audit.action.verdict.recorded',
  'decision.recorded': 'audit.action.decision.recorded',
  'decision.taken': 'audit.action.decision.taken',
  'decision.confirmed': 'audit.action.decision.confirmed',
  'attestation.issued': 'audit.action.attestation.issued',
  'attestation.suspended': 'audit.action.attestation.suspended',
  'attestation.reinstated': 'audit.action.attestation.reinstated',
  'attestation.withdrawn': 'audit.action.attestation.withdrawn',
  'attestation.superseded': 'audit.action.attestation.superseded',
  'roster.frozen': 'audit.action.roster.frozen',
};

/** The sentence of each known action (ICU, keyed by action code); anything else reads with `audit.sentence.other`. */
const SENTENCES: Record<string, MessageId> = {
  'workspace.created': 'audit.sentence.workspace.created',
  'workspace.updated': 'audit.sentence.workspace.updated',
  'workspace.framework_version_moved': 'audit.sentence.workspace.framework_version_moved',
  'participant.invited': 'audit.sentence.participant.invited',
  'participant.accepted': 'audit.sentence.participant.accepted',
  'participant.declined': 'audit.sentence.participant.declined',
  'participant.removed': 'audit.sentence.participant.removed',
  'component.added': 'audit.sentence.component.added',
  'component.updated': 'audit.sentence.component.updated',
  'applicability.updated': 'audit.sentence.applicability.updated',
  'applicability.parameters_set': 'audit.sentence.applicability.parameters_set',
  'evidence.created': 'audit.sentence.evidence.created',
  'evidence.updated': 'audit.sentence.evidence.updated',
  'evidence.version_uploaded': 'audit.sentence.evidence.version_uploaded',
  'evidence.linked': 'audit.sentence.evidence.linked',
  'evidence.unlinked': 'audit.sentence.evidence.unlinked',
  'submission.created': 'audit.sentence.submission.created',
  'review.started': 'audit.sentence.review.started',
  'review.changes_requested': 'audit.sentence.review.changes_requested',
  'comment.added': 'audit.sentence.comment.added',
  'finding.raised': 'audit.sentence.finding.raised',
  'finding.responded': 'audit.sentence.finding.responded',
  'finding.closed': 'audit.sentence.finding.closed',
  'finding.reopened': 'audit.sentence.finding.reopened',
  'verdict.recorded': 'audit.sentence.verdict.recorded',
  'decision.recorded': 'audit.sentence.decision.recorded',
  'decision.taken': 'audit.sentence.decision.taken',
  'decision.confirmed': 'audit.sentence.decision.confirmed',
  'attestation.issued': 'audit.sentence.attestation.issued',
  'attestation.suspended': 'audit.sentence.attestation.suspended',
  'attestation.reinstated': 'audit.sentence.attestation.reinstated',
  'attestation.withdrawn': 'audit.sentence.attestation.withdrawn',
  'attestation.superseded': 'audit.sentence.attestation.superseded',
  'roster.frozen': 'audit.sentence.roster.frozen',
};

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null);

/** Who acted: "Mai Nguyen (HPM)", a key of an organization, or the platform. */
export function actorOf(t: T, e: AuditEvent): string {
  const organization = e.names.organization ?? t('audit.actor.unknownOrganization');
  if (e.actorType === 'system') return t('audit.actor.system');
  if (e.actorType === 'api_key') return t('audit.actor.apiKey', { key: e.actorId.slice(0, 8), organization });
  return e.names.actor ? t('audit.actor.person', { name: e.names.actor, organization }) : t('audit.actor.userOf', { organization });
}

/** The event as a sentence in the reader's language, with the names the API read alongside it. */
export function sentenceOf(t: T, e: AuditEvent): string {
  const p = e.payload;
  const unnamed = t('audit.object.unnamed');
  const values = {
    actor: actorOf(t, e),
    evidence: e.names.evidence ?? text(p.title) ?? text(p.filename) ?? unnamed,
    requirement: e.names.requirementRef ?? text(p.ref) ?? unnamed,
    finding: e.names.finding ?? unnamed,
    participant: e.names.participant ?? unnamed,
    name: text(p.name) ?? unnamed,
    number: text(p.number) ?? '—',
    serial: text(p.serial) ?? unnamed,
    role: text(p.role) ?? 'other',
    outcome: text(p.outcome) ?? 'other',
    filename: text(p.filename) ?? unnamed,
    action: ACTIONS[e.action] ? t(ACTIONS[e.action]!) : e.action,
  };
  return t(SENTENCES[e.action] ?? 'audit.sentence.other', values);
}
