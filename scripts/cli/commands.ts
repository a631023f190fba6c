import type { INestApplicationContext } from '@nestjs/common';
import { AccreditationsService, readTrustListFile, TrustListService, type AccreditationView, type BodyPublicKey } from '@attesta/accreditation';
import { SigningKeysService } from '@attesta/attestations';
import { AuditCheckpointsService, AuditService, type ChainVerification } from '@attesta/audit';
import { Db, isUuid, KeyUnwrapError, OrganizationKind, systemScope, type SystemActor } from '@attesta/core';
import { OrganizationsService, organizationSummary, orgStream } from '@attesta/identity';
import { OutboxService } from '@attesta/outbox';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A trust-list entry as the trust list service returns it. */
type TrustListBody = Awaited<ReturnType<TrustListService['add']>>;

/** Thrown for bad operator input; the CLI prints the message and exits 2. */
export class UsageError extends Error {}

export interface CreateOrganizationInput {
  kind: string;
  name: string;
  ownerEmail: string;
  ownerName: string;
  /** When absent a random one is generated and returned once. */
  password?: string;
  accreditationBody?: string;
  accreditationNumber?: string;
  accreditationScope?: string;
}

export interface CreatedOrganization {
  organizationId: string;
  kind: OrganizationKind;
  name: string;
  ownerUserId: string;
  ownerEmail: string;
  /** Only when generated: shown once, stored nowhere in clear. */
  initialPassword?: string;
}

/** A first organization with its owner, exactly as a self-service signup creates it (audited). */
export async function createOrganization(app: INestApplicationContext, input: CreateOrganizationInput): Promise<CreatedOrganization> {
  const kinds = Object.values(OrganizationKind) as string[];
  if (!kinds.includes(input.kind)) throw new UsageError(`--kind must be one of ${kinds.join(', ')}`);
  const generated = input.password === undefined;
  const password = input.password ?? randomBytes(18).toString('base64url');
  const { organization, session } = await app.get(OrganizationsService).signup({
    organization: {
      name: input.name,
      kind: input.kind as OrganizationKind,
      accreditationBody: input.accreditationBody,
      accreditationNumber: input.accreditationNumber,
      accreditationScope: input.accreditationScope,
    },
    user: { email: input.ownerEmail, name: input.ownerName, password },
  });
  return {
    organizationId: organization.id,
    kind: organization.kind,
    name: organization.name,
    ownerUserId: session.userId,
    ownerEmail: input.ownerEmail.trim().toLowerCase(),
    ...(generated ? { initialPassword: password } : {}),
  };
}

export interface AuditVerificationResult extends ChainVerification {
  stream: { type: 'organization' | 'workspace'; id: string };
}

/** Recomputes an organization's audit chain (or one of its workspaces') as the system. */
export async function verifyAudit(app: INestApplicationContext, input: { organizationId: string; workspaceId?: string }): Promise<AuditVerificationResult> {
  for (const [flag, id] of [
    ['--organization', input.organizationId],
    ['--workspace', input.workspaceId],
  ] as const) {
    if (id !== undefined && !isUuid(id)) throw new UsageError(`${flag} must be a UUID`);
  }
  const org = await app
    .get(Db)
    .tx(systemScope('operator CLI: reading the organization audit stream', { organizationId: input.organizationId }), (em) =>
      organizationSummary(em, input.organizationId),
    );
  if (!org) throw new UsageError(`organization ${input.organizationId} not found`);
  const actor: SystemActor = { kind: 'system', reason: 'cli.verify-audit', organizationId: org.id, organizationKind: org.kind };
  const stream = input.workspaceId ? { type: 'workspace' as const, id: input.workspaceId } : orgStream(org.id);
  const result = await app.get(AuditService).verify(actor, stream);
  return { stream: { type: stream.type, id: stream.id }, ...result };
}

/**
 * Queues every unpublished outbox event now, leased or not (what the worker's relay does each
 * second for events never queued or whose lease ran out). Events stay unpublished until a
 * worker has fanned them out; a job still waiting in Redis is not duplicated.
 */
export async function redriveOutbox(
  app: INestApplicationContext,
): Promise<{ relayed: number; requeued: number; lagSecondsBefore: number; lagSecondsAfter: number }> {
  const outbox = app.get(OutboxService);
  const lagSecondsBefore = await outbox.lagSeconds();
  await outbox.releaseLeases();
  const { relayed, requeued } = await outbox.relayAll();
  return { relayed, requeued, lagSecondsBefore, lagSecondsAfter: await outbox.lagSeconds() };
}

/**
 * Re-wraps every organization's signing key, then the platform's audit checkpoint keys, under
 * the current key-encryption key (SIGNING_KEY_ENCRYPTION_KEY), unwrapping with the previous ones
 * (SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS), each set in one transaction. Only the per-key data keys
 * are re-encrypted; the keys, and so every issued credential and signed checkpoint, stay as they are.
 */
export async function rotateSigningKeyEncryption(
  app: INestApplicationContext,
): Promise<{ rewrapped: number; alreadyCurrent: number; checkpointKeysRewrapped: number; kekId: string; message: string }> {
  try {
    const r = await app.get(SigningKeysService).rewrapAll();
    const c = await app.get(AuditCheckpointsService).rewrapAll();
    return {
      ...r,
      checkpointKeysRewrapped: c.rewrapped,
      message:
        r.rewrapped || c.rewrapped
          ? `Re-wrapped ${r.rewrapped} signing key(s) and ${c.rewrapped} audit checkpoint key(s) under key-encryption key ${r.kekId}; SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS can be removed once every process runs with the new key.`
          : `Nothing to re-wrap: every signing key and audit checkpoint key is already under key-encryption key ${r.kekId}.`,
    };
  } catch (e) {
    if (e instanceof KeyUnwrapError) {
      throw new UsageError(
        `${e.message}: set SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS to the key-encryption key the stored keys are wrapped with (keys it could not open were left as they were)`,
      );
    }
    throw e;
  }
}

/** `trust-list add|update`: a body as the operator gives it on the command line (keys as a JSON file or string). */
export interface TrustListBodyOptions {
  code?: string;
  name?: string;
  country?: string;
  arrangement?: string[];
  did?: string[];
  identifier?: string[];
  keys?: string;
  listed?: boolean;
}

function parseKeys(keys: string | undefined): BodyPublicKey[] | undefined {
  if (keys === undefined) return undefined;
  let text = keys;
  if (!keys.trim().startsWith('[') && !keys.trim().startsWith('{')) text = readFileSync(keys, 'utf8');
  const parsed = JSON.parse(text) as unknown;
  const list = Array.isArray(parsed) ? parsed : Array.isArray((parsed as { keys?: unknown[] }).keys) ? (parsed as { keys: unknown[] }).keys : [parsed];
  return list as BodyPublicKey[];
}

function parseIdentifiers(values: string[] | undefined): { scheme: string; value: string }[] | undefined {
  if (!values) return undefined;
  return values.map((v) => {
    const i = v.indexOf('=');
    if (i <= 0) throw new UsageError(`--identifier must be scheme=value (got ${v})`);
    return { scheme: v.slice(0, i), value: v.slice(i + 1) };
  });
}

/** The trust list (delisted bodies too). */
export async function trustListList(app: INestApplicationContext): Promise<TrustListBody[]> {
  return app.get(TrustListService).list({ includeDelisted: true });
}

export async function trustListAdd(app: INestApplicationContext, o: TrustListBodyOptions): Promise<TrustListBody> {
  if (!o.code || !o.name || !o.country) throw new UsageError('--code, --name and --country are required');
  return app.get(TrustListService).add({
    code: o.code,
    name: o.name,
    country: o.country,
    arrangements: o.arrangement ?? [],
    dids: o.did ?? [],
    identifiers: parseIdentifiers(o.identifier) ?? [],
    publicKeys: parseKeys(o.keys) ?? [],
  });
}

export async function trustListUpdate(app: INestApplicationContext, bodyId: string, o: TrustListBodyOptions): Promise<TrustListBody> {
  if (!isUuid(bodyId)) throw new UsageError('--body must be a UUID');
  return app.get(TrustListService).update(bodyId, {
    name: o.name,
    country: o.country,
    arrangements: o.arrangement,
    dids: o.did,
    identifiers: parseIdentifiers(o.identifier),
    publicKeys: parseKeys(o.keys),
    listed: o.listed,
  });
}

export async function trustListLink(app: INestApplicationContext, bodyId: string, organizationId: string): Promise<TrustListBody> {
  if (!isUuid(bodyId) || !isUuid(organizationId)) throw new UsageError('--body and --organization must be UUIDs');
  return app.get(TrustListService).link(bodyId, organizationId);
}

/** Loads a trust-list file (default: the illustrative one shipped in libs/accreditation/data); adds only bodies not listed yet. */
export async function trustListSeed(app: INestApplicationContext, file?: string): Promise<{ added: string[]; present: string[]; illustrative: boolean }> {
  const data = readTrustListFile(file);
  return { ...(await app.get(TrustListService).seed(data)), illustrative: data.illustrative };
}

export async function accreditationsList(app: INestApplicationContext, o: { organization?: string; body?: string }): Promise<AccreditationView[]> {
  for (const [flag, id] of [
    ['--organization', o.organization],
    ['--body', o.body],
  ] as const) {
    if (id !== undefined && !isUuid(id)) throw new UsageError(`${flag} must be a UUID`);
  }
  return app.get(AccreditationsService).listForOperator({ organizationId: o.organization, bodyId: o.body });
}

/** The operator confirms an accreditation, naming the evidence. */
export async function accreditationConfirm(app: INestApplicationContext, id: string, evidence: string): Promise<AccreditationView> {
  if (!isUuid(id)) throw new UsageError('--accreditation must be a UUID');
  return app.get(AccreditationsService).confirmByOperator(id, evidence);
}

export async function accreditationStatus(app: INestApplicationContext, id: string, action: string, reason?: string): Promise<AccreditationView> {
  if (!isUuid(id)) throw new UsageError('--accreditation must be a UUID');
  if (action !== 'suspend' && action !== 'withdraw' && action !== 'reinstate') throw new UsageError('--action must be suspend, withdraw or reinstate');
  return app.get(AccreditationsService).changeStatusByOperator(id, action, reason);
}
