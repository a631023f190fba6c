import { Controller, Get, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblems,
  Body,
  etagOf,
  IdParam,
  IfMatch,
  OptionalIfMatch,
  PageQueryDto,
  Query,
  type Actor,
  type Page,
} from '@attesta/core';
import type { FastifyReply } from 'fastify';
import { OfferingsService } from '@attesta/offerings';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { ApiETag } from '../http/etagged.js';
import { Idempotent } from '../http/idempotency.js';
import { ComponentDto, ComponentInputDto, CreateOfferingDto, OfferingDto, UpdateComponentDto, UpdateOfferingDto } from './dto/offering.dto.js';

@ApiTags('offerings')
@Controller('offerings')
export class OfferingsController {
  constructor(private readonly offerings: OfferingsService) {}

  @Post()
  @RequirePermission('create', 'Offering')
  @Idempotent()
  @ApiOperation({ summary: 'Create an offering', description: 'Manufacturers only. A bundled hardware + service product with its components.' })
  @ApiCreatedResponse({ type: OfferingDto })
  @ApiProblems(400)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateOfferingDto): Promise<OfferingDto> {
    return OfferingDto.from(await this.offerings.create(actor, body));
  }

  @Get()
  @RequirePermission('read', 'Offering')
  @ApiOperation({ summary: 'List offerings', description: 'Your own, and those of workspaces your organization takes part in.' })
  @ApiPageResponse(OfferingDto)
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() page: PageQueryDto): Promise<Page<OfferingDto>> {
    const p = await this.offerings.list(actor, page);
    return { data: p.data.map(OfferingDto.from), nextCursor: p.nextCursor };
  }

  @Get(':offeringId')
  @RequirePermission('read', 'Offering')
  @ApiOperation({ summary: 'One offering with its components', description: 'The ETag is its version (what If-Match on an update names).' })
  @ApiOkResponse({ type: OfferingDto })
  @ApiETag()
  @ApiProblems(400, 404)
  async get(@CurrentActor() actor: Actor, @IdParam('offeringId') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<OfferingDto> {
    const offering = OfferingDto.from(await this.offerings.get(actor, id));
    void reply.header('etag', etagOf(offering.version));
    return offering;
  }

  @Patch(':offeringId')
  @RequirePermission('update', 'Offering')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Update an offering', description: 'Send the version you read as If-Match; a stale one is 412.' })
  @ApiOkResponse({ type: OfferingDto })
  @ApiProblems(400, 404, 412, 428)
  async update(
    @CurrentActor() actor: Actor,
    @IdParam('offeringId') id: string,
    @IfMatch() version: number,
    @Body() body: UpdateOfferingDto,
  ): Promise<OfferingDto> {
    return OfferingDto.from(await this.offerings.update(actor, id, version, body));
  }

  @Post(':offeringId/components')
  @RequirePermission('update', 'Offering')
  @ApiOperation({ summary: 'Add a component' })
  @ApiCreatedResponse({ type: ComponentDto })
  @ApiProblems(400, 404)
  async addComponent(@CurrentActor() actor: Actor, @IdParam('offeringId') id: string, @Body() body: ComponentInputDto): Promise<ComponentDto> {
    return ComponentDto.from(await this.offerings.addComponent(actor, id, body));
  }

  @Patch(':offeringId/components/:componentId')
  @RequirePermission('update', 'Offering')
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: "The offering's ETag (its `version`) from the last read: when sent, a stale one is 412 and nothing changes",
  })
  @ApiOperation({
    summary: 'Update a component (e.g. its version)',
    description: "Bumps the offering's version. Send the offering's version as If-Match to be sure no one changed it since you read it (stale: 412).",
  })
  @ApiOkResponse({ type: ComponentDto })
  @ApiProblems(400, 404, 412)
  async updateComponent(
    @CurrentActor() actor: Actor,
    @IdParam('offeringId') id: string,
    @IdParam('componentId') componentId: string,
    @OptionalIfMatch() version: number | undefined,
    @Body() body: UpdateComponentDto,
  ): Promise<ComponentDto> {
    return ComponentDto.from(await this.offerings.updateComponent(actor, id, componentId, body, version));
  }
}
