import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditService } from '@attesta/audit';
import { ApiPageResponse, ApiProblems, type Actor, type Page } from '@attesta/core';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { AuditEventDto, AuditQueryDto, ChainVerificationDto } from './audit.dto.js';

const orgStream = (actor: Actor) => ({ type: 'organization' as const, id: actor.organizationId });

@ApiTags('audit')
@Controller('organization/audit-events')
export class OrganizationAuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('read', 'AuditEvent')
  @ApiOperation({ summary: 'The organization\'s audit stream', description: 'Oldest first; filter by action, subject and time.' })
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
    const events = this.audit.exportStream(actor, orgStream(actor));
    const lines = Readable.from(
      (async function* () {
        for await (const e of events) yield `${JSON.stringify(AuditEventDto.from(e))}\n`;
      })(),
    );
    void reply
      .header('content-type', 'application/x-ndjson')
      .header('content-disposition', `attachment; filename="audit-${actor.organizationId}.jsonl"`)
      .send(lines);
  }
}
