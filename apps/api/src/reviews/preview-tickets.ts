import { Injectable } from '@nestjs/common';
import { AppConfig, isUuid, MemberRole, OrganizationKind, type Actor } from '@attesta/core';
import { ApiKeysService } from '@attesta/identity';
import { ReviewsError, ReviewsErrorCode } from '@attesta/reviews';
import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

/** How long a preview link works: long enough for the pane to load it, too short to pass around. */
export const PREVIEW_TICKET_TTL_SECONDS = 120;

const AUDIENCE = 'attesta-evidence-preview';

/** What a preview ticket names: one frozen version of one submission, and who may open it. */
export interface PreviewTicketSubject {
  workspaceId: string;
  number: number;
  versionId: string;
}

interface TicketClaims extends PreviewTicketSubject {
  actor: Actor;
}

/**
 * Signed, short-lived preview links. The portal sends its access token as a header, which an
 * <iframe> or <img> cannot; the link carries a ticket (HS256, its own key derived from
 * JWT_SECRET, its own audience) naming the caller and the one version. Opening it checks the
 * caller's workspace role again, and an API key's ticket dies with the key (revoked or expired),
 * so only a user's organization membership is taken on trust for the ticket's lifetime, as with
 * a pre-signed storage URL.
 */
@Injectable()
export class PreviewTickets {
  private readonly key: Uint8Array;
  private readonly issuer: string;

  constructor(
    config: AppConfig,
    private readonly apiKeys: ApiKeysService,
  ) {
    this.key = createHmac('sha256', config.JWT_SECRET).update('attesta:evidence-preview-ticket').digest();
    this.issuer = config.PUBLIC_BASE_URL;
  }

  async issue(actor: Actor, subject: PreviewTicketSubject): Promise<{ ticket: string; expiresAt: Date }> {
    const expiresAt = new Date((Math.floor(Date.now() / 1000) + PREVIEW_TICKET_TTL_SECONDS) * 1000);
    const claims: TicketClaims = { ...subject, actor };
    const ticket = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(AUDIENCE)
      .setIssuer(this.issuer)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { ticket, expiresAt };
  }

  /** The ticket's claims; a forged, altered or expired ticket is 404 (it names nothing one may see). */
  async open(ticket: string): Promise<TicketClaims> {
    const invalid = () => new ReviewsError(ReviewsErrorCode.PreviewLinkInvalid, 'This preview link is not valid or has expired; open the preview again.');
    if (ticket.length > 4096) throw invalid();
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(ticket, this.key, { algorithms: ['HS256'], audience: AUDIENCE, issuer: this.issuer }));
    } catch {
      throw invalid();
    }
    const { workspaceId, number, versionId, actor } = payload;
    if (typeof workspaceId !== 'string' || !isUuid(workspaceId) || typeof versionId !== 'string' || !isUuid(versionId)) throw invalid();
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) throw invalid();
    const parsed = actorOf(actor);
    if (!parsed) throw invalid();
    // A revoked key opens nothing, by itself or through a link it asked for.
    if (parsed.kind === 'api_key' && !(await this.apiKeys.isLive(parsed))) throw invalid();
    return { workspaceId, number, versionId, actor: parsed };
  }
}

function actorOf(value: unknown): Actor | null {
  if (!value || typeof value !== 'object') return null;
  const a = value as Record<string, unknown>;
  const kind = a.organizationKind as OrganizationKind;
  if (typeof a.organizationId !== 'string' || !isUuid(a.organizationId) || !Object.values(OrganizationKind).includes(kind)) return null;
  if (a.kind === 'user' && typeof a.userId === 'string' && isUuid(a.userId) && Object.values(MemberRole).includes(a.role as MemberRole)) {
    return { kind: 'user', userId: a.userId, organizationId: a.organizationId, organizationKind: kind, role: a.role as MemberRole };
  }
  if (a.kind === 'api_key' && typeof a.apiKeyId === 'string' && isUuid(a.apiKeyId) && Array.isArray(a.scopes) && a.scopes.every((s) => typeof s === 'string')) {
    return { kind: 'api_key', apiKeyId: a.apiKeyId, organizationId: a.organizationId, organizationKind: kind, scopes: a.scopes as string[] };
  }
  return null;
}
