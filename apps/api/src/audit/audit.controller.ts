import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditService, type AuditEventEntity, type AuditStream } from '@attesta/audit';
import { ApiPageResponse, ApiProblems, ParseIdPipe, type Actor, type Page } from '@attesta/core';
import { WorkspacesError, WorkspacesErrorCode, WorkspacesService } from '@attesta/workspaces';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { AuditEventDto, AuditQueryDto, ChainVerificationDto } from './audit.dto.js';

const orgStream = (actor: Actor): AuditStream => ({ type: 'organization', id: actor.organizationId });

/** Streams a stream's events as JSON Lines, oldest first. */
function sendJsonLines(reply: FastifyReply, events: AsyncIterable<AuditEventEntity>, filename: string): void {
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
  @ApiOperation({ summary: "The organization's audit stream", description: 'Oldest first; filter by action, subject and time.' })
  @ApiPageResponse(AuditEventDto)
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() q: AuditQueryDto): Promise<Page<AuditEventDto>> {
    const page = await this.audit.list(actor, orgStream(actor), q);
    return { data: page.data.map(AuditEventDto.from), nextCursor: page.nextCursor };
  }

  @Get('verify')
  @RequirePermission('read', 'AuditEvent')
  @ApiOperation({ summary: 'Verify the hash chain', description: 'Recomputes every hash from the first event; reports the first position that fails.' })
  @ApiOkResponse({ type: ChainVerificationDto })
  verify(@CurrentActor() actor: Actor): Promise<ChainVerificationDto> {
    return this.audit.verify(actor, orgStream(actor));
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
      'Oldest first; filter by action, subject and time. Projected by workspace role: owners and assessors read every event; observers ' +
      'decision.* and attestation.* events only; contributors every event except evidence.* events about evidence of components they do not provide.',
  })
  @ApiPageResponse(AuditEventDto)
  @ApiProblems(400, 403, 404)
  async list(@CurrentActor() actor: Actor, @Param('workspaceId', ParseIdPipe) workspaceId: string, @Query() q: AuditQueryDto): Promise<Page<AuditEventDto>> {
    const page = await this.audit.list(actor, await this.stream(actor, workspaceId), q);
    return { data: page.data.map(AuditEventDto.from), nextCursor: page.nextCursor };
  }

  @Get('verify')
  @RequirePermission('read', 'AuditEvent')
  @ApiOperation({
    summary: "Verify a workspace's hash chain",
    description:
      'Recomputes every hash from the first event; reports the first position that fails. Observers and contributors check sequence and ' +
      'links over the whole stream and the content hashes of the events they may read; owners and assessors recompute every content hash.',
  })
  @ApiOkResponse({ type: ChainVerificationDto })
  @ApiProblems(403, 404)
  async verify(@CurrentActor() actor: Actor, @Param('workspaceId', ParseIdPipe) workspaceId: string): Promise<ChainVerificationDto> {
    return this.audit.verify(actor, await this.stream(actor, workspaceId));
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
  async export(@CurrentActor() actor: Actor, @Param('workspaceId', ParseIdPipe) workspaceId: string, @Res() reply: FastifyReply): Promise<void> {
    const stream = await this.stream(actor, workspaceId);
    sendJsonLines(reply, this.audit.exportStream(actor, stream), `audit-workspace-${workspaceId}.jsonl`);
  }
}
