import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditCheckpointsService, AuditService, type AuditEvent, type AuditStream } from '@attesta/audit';
import { ApiPageResponse, ApiProblems, IdParam, Public, Query, ReadsFromReplica, type Actor, type Page } from '@attesta/core';
import { WorkspacesError, WorkspacesErrorCode, WorkspacesService } from '@attesta/workspaces';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { AuditCheckpointDto, AuditEventDto, AuditEventListItemDto, AuditQueryDto, ChainVerificationDto, VerifyQueryDto } from './audit.dto.js';

const orgStream = (actor: Actor): AuditStream => ({ type: 'organization', id: actor.organizationId });

/** Streams a stream's events as JSON Lines, oldest first. */
function sendJsonLines(reply: FastifyReply, events: AsyncIterable<AuditEvent>, filename: string): void {
  const lines = Readable.from(
    (async function* () {
      for await (const e of events) yield `${JSON.stringify(AuditEventDto.from(e))}\n`;
    })(),
  );
  void reply.header('content-type', 'application/x-ndjson').header('content-disposition', `attachment; filename="${filename}"`).send(lines);
}

@ApiTags('audit')
@Controller('organization/audit-events')
export class OrganizationAuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('read', 'AuditEvent')
  @ApiOperation({
    summary: "The organization's audit stream",
    description:
      'Newest first (`order=asc`: oldest first, in chain order); filter by actions, subject and time. Each event carries `names`: the actor, ' +
      'organization and objects behind its ids, read in the same query.',
  })
  @ApiPageResponse(AuditEventListItemDto)
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() q: AuditQueryDto): Promise<Page<AuditEventListItemDto>> {
    const page = await this.audit.list(actor, orgStream(actor), q);
    return { data: page.data.map(AuditEventListItemDto.fromView), nextCursor: page.nextCursor };
  }

  @Get('verify')
  @RequirePermission('read', 'AuditEvent')
  @ApiOperation({
    summary: 'Verify the hash chain',
    description:
      'Recomputes every hash from the first event and checks the chain against its signed checkpoints; lists every break (edited, re-linked, missing ' +
      'or truncated events, rewritten or forged checkpoints), not only the first. With incremental=true, from the latest authentic checkpoint on.',
  })
  @ApiOkResponse({ type: ChainVerificationDto })
  @ApiProblems(400)
  async verify(@CurrentActor() actor: Actor, @Query() q: VerifyQueryDto): Promise<ChainVerificationDto> {
    return ChainVerificationDto.from(await this.audit.verify(actor, orgStream(actor), { incremental: q.incremental ?? false }));
  }

  @Get('checkpoint')
  @RequirePermission('read', 'AuditEvent')
  @ApiOperation({
    summary: "The organization stream's latest signed checkpoint",
    description:
      "The stream's signed head (last position, its hash, the time), signed by the platform's checkpoint key (Ed25519, " +
      '/v1/public/audit/checkpoint-keys.json). Keep it: a later chain shorter than it, or with another hash at its position, was truncated or rewritten. ' +
      'Made at the first event, every AUDIT_CHECKPOINT_EVERY events and every AUDIT_CHECKPOINT_INTERVAL_MS; 404 until the first.',
  })
  @ApiOkResponse({ type: AuditCheckpointDto })
  @ApiProblems(404)
  async checkpoint(@CurrentActor() actor: Actor): Promise<AuditCheckpointDto> {
    return AuditCheckpointDto.from(await this.audit.latestCheckpoint(actor, orgStream(actor)));
  }

  @Get('export')
  @RequirePermission('read', 'AuditEvent')
  @ApiOperation({ summary: 'Export the stream as JSON Lines', description: 'One event per line, oldest first, streamed.' })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'JSON Lines', content: { 'application/x-ndjson': { schema: { type: 'string' } } } })
  export(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): void {
    sendJsonLines(reply, this.audit.exportStream(actor, orgStream(actor)), `audit-${actor.organizationId}.jsonl`);
  }
}

/**
 * A workspace's own audit stream (participants, evidence, submissions, reviews, decisions),
 * for the organizations taking part in it, projected by their role (AuditService and the
 * `audit_select` policy). Others, including organizations only invited, get 404.
 */
@ApiTags('audit')
@Controller('workspaces/:workspaceId/audit-events')
export class WorkspaceAuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly workspaces: WorkspacesService,
  ) {}

  private async stream(actor: Actor, workspaceId: string): Promise<AuditStream> {
    const view = await this.workspaces.get(actor, workspaceId);
    if (view.myRole === 'invited') throw new WorkspacesError(WorkspacesErrorCode.WorkspaceNotFound, 'Workspace not found.');
    return { type: 'workspace', id: workspaceId };
  }

  @Get()
  @RequirePermission('read', 'AuditEvent')
  @ApiOperation({
    summary: "A workspace's audit stream",
    description:
      'Newest first (`order=asc`: oldest first, in chain order); filter by actions (`actions=a&actions=b`), subject and time (`from` inclusive, `to` exclusive). ' +
      'Each event carries `names` (actor, organization, evidence, requirement, finding, participant), read in the same query: people of organizations ' +
      'sharing a workspace with yours by name, objects only when you may read them. Projected by workspace role: owners and assessors read every event; observers ' +
      'decision.* and attestation.* events only; contributors every event except evidence.* events about evidence of components they do not provide.',
  })
  @ApiPageResponse(AuditEventListItemDto)
  @ApiProblems(400, 403, 404)
  async list(@CurrentActor() actor: Actor, @IdParam('workspaceId') workspaceId: string, @Query() q: AuditQueryDto): Promise<Page<AuditEventListItemDto>> {
    const page = await this.audit.list(actor, await this.stream(actor, workspaceId), q);
    return { data: page.data.map(AuditEventListItemDto.fromView), nextCursor: page.nextCursor };
  }

  @Get('verify')
  @RequirePermission('read', 'AuditEvent')
  @ApiOperation({
    summary: "Verify a workspace's hash chain",
    description:
      'Recomputes every hash from the first event and checks the chain against its signed checkpoints; lists every break, not only the first. ' +
      'Observers and contributors check sequence, links and checkpoints over the whole stream and the content hashes of the events they may read; ' +
      'owners and assessors recompute every content hash. With incremental=true, from the latest authentic checkpoint on.',
  })
  @ApiOkResponse({ type: ChainVerificationDto })
  @ApiProblems(400, 403, 404)
  async verify(@CurrentActor() actor: Actor, @IdParam('workspaceId') workspaceId: string, @Query() q: VerifyQueryDto): Promise<ChainVerificationDto> {
    return ChainVerificationDto.from(await this.audit.verify(actor, await this.stream(actor, workspaceId), { incremental: q.incremental ?? false }));
  }

  @Get('checkpoint')
  @RequirePermission('read', 'AuditEvent')
  @ApiOperation({
    summary: "A workspace stream's latest signed checkpoint",
    description:
      "The stream's signed head (last position, its hash, the time), signed by the platform's checkpoint key (Ed25519, " +
      '/v1/public/audit/checkpoint-keys.json), for every participant (it shows no event content). 404 for other organizations and until the first checkpoint.',
  })
  @ApiOkResponse({ type: AuditCheckpointDto })
  @ApiProblems(400, 403, 404)
  async checkpoint(@CurrentActor() actor: Actor, @IdParam('workspaceId') workspaceId: string): Promise<AuditCheckpointDto> {
    return AuditCheckpointDto.from(await this.audit.latestCheckpoint(actor, await this.stream(actor, workspaceId)));
  }

  @Get('export')
  @RequirePermission('read', 'AuditEvent')
  @ApiOperation({
    summary: "Export a workspace's stream as JSON Lines",
    description: 'One event per line, oldest first, streamed; projected by role as the list is.',
  })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'JSON Lines', content: { 'application/x-ndjson': { schema: { type: 'string' } } } })
  @ApiProblems(403, 404)
  async export(@CurrentActor() actor: Actor, @IdParam('workspaceId') workspaceId: string, @Res() reply: FastifyReply): Promise<void> {
    const stream = await this.stream(actor, workspaceId);
    sendJsonLines(reply, this.audit.exportStream(actor, stream), `audit-workspace-${workspaceId}.jsonl`);
  }
}

/** Public, unauthenticated: the keys that sign audit checkpoints, so anyone holding a checkpoint can verify it offline. */
@ApiTags('public')
@Controller('public/audit')
@ReadsFromReplica()
export class PublicAuditController {
  constructor(private readonly checkpoints: AuditCheckpointsService) {}

  @Get('checkpoint-keys.json')
  @Public()
  @ApiProduces('application/jwk-set+json')
  @ApiOperation({
    summary: "The platform's audit checkpoint keys (JWKS)",
    description:
      'Every Ed25519 key that signed audit checkpoints, active and retired; `kid` (the JWK thumbprint) is the one in the checkpoint JWS header. ' +
      'Empty until the first checkpoint is signed.',
  })
  @ApiOkResponse({
    description: 'JSON Web Key Set',
    content: {
      'application/jwk-set+json': {
        schema: { type: 'object', properties: { keys: { type: 'array', items: { type: 'object' } } } },
        example: {
          keys: [
            {
              kty: 'OKP',
              crv: 'Ed25519',
              x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
              kid: 'q8V1n7x2mJ0y4b8Zr5cE3tW9uK6hL1sA0dF2gH4jK7M',
              alg: 'EdDSA',
              use: 'sig',
            },
          ],
        },
      },
    },
  })
  async keys(@Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, unknown>> {
    const jwks = await this.checkpoints.jwks();
    void reply.header('content-type', 'application/jwk-set+json').header('cache-control', 'public, max-age=300');
    return jwks;
  }
}
