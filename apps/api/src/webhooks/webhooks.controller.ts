import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiPageResponse, ApiProblems, Body, IdParam, IfMatch, PageQueryDto, Query, type Actor, type Page } from '@attesta/core';
import { WebhookEndpointsService } from '@attesta/webhooks';
import { Authenticated, CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import {
  CreateWebhookEndpointDto,
  DeliveryQueryDto,
  UpdateWebhookEndpointDto,
  WebhookDeliveryAttemptDto,
  WebhookDeliveryDetailDto,
  WebhookDeliveryDto,
  WebhookEndpointDto,
  WebhookEndpointWithSecretDto,
  WebhookEventTypeDto,
} from './dto/webhooks.dto.js';

const SIGNING =
  'Deliveries follow Standard Webhooks: headers webhook-id (the event id), webhook-timestamp and webhook-signature (v1, HMAC-SHA256 with the secret).';

@ApiTags('webhooks')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  @Get('event-types')
  @Authenticated()
  @ApiOperation({
    summary: 'Event types an endpoint can subscribe to',
    description: 'The catalogue, with who receives each besides the organization it belongs to.',
  })
  @ApiOkResponse({ type: [WebhookEventTypeDto] })
  eventTypes(): WebhookEventTypeDto[] {
    return WebhookEventTypeDto.all();
  }

  @Post('endpoints')
  @RequirePermission('create', 'WebhookEndpoint')
  @ApiOperation({
    summary: 'Register a webhook endpoint',
    description: `Returns the signing secret once. The URL must be https and resolve to public addresses (checked again at every delivery). ${SIGNING}`,
  })
  @ApiCreatedResponse({ type: WebhookEndpointWithSecretDto })
  @ApiProblems(400, 422)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateWebhookEndpointDto): Promise<WebhookEndpointWithSecretDto> {
    const created = await this.endpoints.create(actor, body);
    return { endpoint: WebhookEndpointDto.from(created.endpoint), secret: created.secret };
  }

  @Get('endpoints')
  @RequirePermission('read', 'WebhookEndpoint')
  @ApiOperation({ summary: 'List webhook endpoints', description: 'Secrets are never returned.' })
  @ApiPageResponse(WebhookEndpointDto)
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() page: PageQueryDto): Promise<Page<WebhookEndpointDto>> {
    const res = await this.endpoints.list(actor, page);
    return { data: res.data.map(WebhookEndpointDto.from), nextCursor: res.nextCursor };
  }

  @Get('endpoints/:webhookEndpointId')
  @RequirePermission('read', 'WebhookEndpoint')
  @ApiOperation({ summary: 'One webhook endpoint', description: 'With its circuit-breaker state and failure streak.' })
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiProblems(400, 404)
  async get(@CurrentActor() actor: Actor, @IdParam('webhookEndpointId') id: string): Promise<WebhookEndpointDto> {
    return WebhookEndpointDto.from(await this.endpoints.get(actor, id));
  }

  @Patch('endpoints/:webhookEndpointId')
  @RequirePermission('update', 'WebhookEndpoint')
  @ApiIfMatch()
  @ApiOperation({
    summary: 'Change a webhook endpoint',
    description: 'URL, event types, description; enabled=false disables it, enabled=true enables it again. Send the version you read as If-Match.',
  })
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiProblems(400, 404, 412, 422, 428)
  async update(
    @CurrentActor() actor: Actor,
    @IdParam('webhookEndpointId') id: string,
    @IfMatch() version: number,
    @Body() body: UpdateWebhookEndpointDto,
  ): Promise<WebhookEndpointDto> {
    return WebhookEndpointDto.from(await this.endpoints.update(actor, id, version, body));
  }

  @Delete('endpoints/:webhookEndpointId')
  @RequirePermission('delete', 'WebhookEndpoint')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a webhook endpoint', description: 'With its delivery log; pending deliveries are dropped.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  async remove(@CurrentActor() actor: Actor, @IdParam('webhookEndpointId') id: string): Promise<void> {
    await this.endpoints.remove(actor, id);
  }

  @Post('endpoints/:webhookEndpointId/rotate-secret')
  @RequirePermission('update', 'WebhookEndpoint')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rotate the signing secret',
    description: 'Returns the new secret once. For 24 hours deliveries carry signatures with both the new and the previous secret.',
  })
  @ApiOkResponse({ type: WebhookEndpointWithSecretDto })
  @ApiProblems(400, 404)
  async rotate(@CurrentActor() actor: Actor, @IdParam('webhookEndpointId') id: string): Promise<WebhookEndpointWithSecretDto> {
    const rotated = await this.endpoints.rotateSecret(actor, id);
    return { endpoint: WebhookEndpointDto.from(rotated.endpoint), secret: rotated.secret };
  }

  @Post('endpoints/:webhookEndpointId/test')
  @RequirePermission('create', 'WebhookDelivery')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a test message',
    description: `Delivers a webhook.test message now, whatever the endpoint subscribes to; see the delivery log for the outcome. ${SIGNING}`,
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  @ApiProblems(400, 404, 409)
  async test(@CurrentActor() actor: Actor, @IdParam('webhookEndpointId') id: string): Promise<WebhookDeliveryDto> {
    return WebhookDeliveryDto.from(await this.endpoints.sendTest(actor, id));
  }

  @Get('endpoints/:webhookEndpointId/deliveries')
  @RequirePermission('read', 'WebhookDelivery')
  @ApiOperation({ summary: 'Delivery log of an endpoint', description: 'Newest first: status, attempts, last response code and duration.' })
  @ApiPageResponse(WebhookDeliveryDto)
  @ApiProblems(400, 404)
  async deliveries(
    @CurrentActor() actor: Actor,
    @IdParam('webhookEndpointId') id: string,
    @Query() query: DeliveryQueryDto,
  ): Promise<Page<WebhookDeliveryDto>> {
    const res = await this.endpoints.listDeliveries(actor, id, query);
    return { data: res.data.map(WebhookDeliveryDto.from), nextCursor: res.nextCursor };
  }

  @Get('endpoints/:webhookEndpointId/deliveries/:deliveryId')
  @RequirePermission('read', 'WebhookDelivery')
  @ApiOperation({
    summary: 'One delivery with every attempt',
    description: "The body sent and each attempt's response code, body excerpt, error and duration.",
  })
  @ApiOkResponse({ type: WebhookDeliveryDetailDto })
  @ApiProblems(400, 404)
  async delivery(
    @CurrentActor() actor: Actor,
    @IdParam('webhookEndpointId') id: string,
    @IdParam('deliveryId') deliveryId: string,
  ): Promise<WebhookDeliveryDetailDto> {
    const { delivery, attempts } = await this.endpoints.getDelivery(actor, id, deliveryId);
    return { ...WebhookDeliveryDto.from(delivery), body: delivery.body, attemptLog: attempts.map(WebhookDeliveryAttemptDto.from) };
  }

  @Post('endpoints/:webhookEndpointId/deliveries/:deliveryId/replay')
  @RequirePermission('create', 'WebhookDelivery')
  @HttpCode(202)
  @ApiOperation({ summary: 'Replay a delivery', description: 'Sends the same message again (same webhook-id) as a new delivery with its own attempts.' })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  @ApiProblems(400, 404, 409)
  async replay(@CurrentActor() actor: Actor, @IdParam('webhookEndpointId') id: string, @IdParam('deliveryId') deliveryId: string): Promise<WebhookDeliveryDto> {
    return WebhookDeliveryDto.from(await this.endpoints.replay(actor, id, deliveryId));
  }
}
