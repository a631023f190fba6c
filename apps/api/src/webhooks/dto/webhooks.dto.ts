import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable, PageQueryDto } from '@attesta/core';
import { WEBHOOK_EVENT_TYPE_NAMES, WEBHOOK_EVENT_TYPES, type WebhookDeliveryAttempt, type WebhookDelivery, type WebhookEndpoint } from '@attesta/webhooks';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateWebhookEndpointDto {
  @ApiProperty({
    example: 'https://erp.buyer.example/hooks/attesta',
    description: 'https (http only where the platform allows it); must resolve to public addresses',
  })
  @IsString()
  @MaxLength(2048)
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPE_NAMES, isArray: true, example: ['attestation.suspended', 'attestation.withdrawn'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  eventTypes: string[];

  @ApiPropertyOptional({ example: 'Tender desk ERP' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;
}

export class UpdateWebhookEndpointDto {
  @ApiPropertyOptional({ example: 'https://erp.buyer.example/hooks/attesta-v2' })
  @IsOmittable()
  @IsString()
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ enum: WEBHOOK_EVENT_TYPE_NAMES, isArray: true })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  eventTypes?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @ApiPropertyOptional({ description: 'false disables the endpoint; true enables it again and resets its circuit breaker' })
  @IsOmittable()
  @IsBoolean()
  enabled?: boolean;
}

export class WebhookEndpointDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'https://erp.buyer.example/hooks/attesta' }) url: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPE_NAMES, isArray: true }) eventTypes: string[];
  @ApiProperty() enabled: boolean;
  @ApiProperty({ enum: ['manual', 'failing'], nullable: true }) disabledReason: 'manual' | 'failing' | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) disabledAt: string | null;
  @ApiProperty({
    enum: ['closed', 'open', 'half_open'],
    description: 'Circuit breaker: open = no attempts until circuitOpenUntil; half_open = the next attempt probes',
  })
  circuitState: 'closed' | 'open' | 'half_open';
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) circuitOpenUntil: string | null;
  @ApiProperty({ description: 'Failed attempts since the last success' }) consecutiveFailures: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) failingSince: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastSuccessAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastFailureAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Until then the previous secret signs too (after a rotation)' })
  previousSecretExpiresAt: string | null;
  @ApiProperty({ description: 'Also the ETag; send it back in If-Match to update' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(w: WebhookEndpoint): WebhookEndpointDto {
    const now = Date.now();
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    return {
      id: w.id,
      url: w.url,
      description: w.description,
      eventTypes: w.eventTypes,
      enabled: w.enabled,
      disabledReason: w.disabledReason,
      disabledAt: iso(w.disabledAt),
      circuitState: !w.circuitOpenUntil ? 'closed' : w.circuitOpenUntil.getTime() > now ? 'open' : 'half_open',
      circuitOpenUntil: iso(w.circuitOpenUntil),
      consecutiveFailures: w.consecutiveFailures,
      failingSince: iso(w.failingSince),
      lastSuccessAt: iso(w.lastSuccessAt),
      lastFailureAt: iso(w.lastFailureAt),
      previousSecretExpiresAt: w.previousSecretExpiresAt && w.previousSecretExpiresAt.getTime() > now ? w.previousSecretExpiresAt.toISOString() : null,
      version: w.version,
      createdAt: w.createdAt.toISOString(),
      updatedAt: w.updatedAt.toISOString(),
    };
  }
}

export class WebhookEndpointWithSecretDto {
  @ApiProperty({ type: WebhookEndpointDto }) endpoint: WebhookEndpointDto;
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'The signing secret (Standard Webhooks). Shown in this response only.' })
  secret: string;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The event id: the webhook-id header (the same on every attempt and replay)' }) eventId: string;
  @ApiProperty({ example: 'attestation.suspended', description: 'One of the event types, or webhook.test' }) eventType: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) nextAttemptAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastAttemptAt: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 200 }) lastResponseStatus: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 84 }) lastDurationMs: number | null;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) deliveredAt: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Set on manual replays: the delivery replayed' }) replayOfId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(d: WebhookDelivery): WebhookDeliveryDto {
    const iso = (x: Date | null) => x?.toISOString() ?? null;
    return {
      id: d.id,
      eventId: d.eventId,
      eventType: d.eventType,
      status: d.status,
      attempts: d.attempts,
      nextAttemptAt: iso(d.nextAttemptAt),
      lastAttemptAt: iso(d.lastAttemptAt),
      lastResponseStatus: d.lastResponseStatus,
      lastDurationMs: d.lastDurationMs,
      lastError: d.lastError,
      deliveredAt: iso(d.deliveredAt),
      replayOfId: d.replayOfId,
      createdAt: d.createdAt.toISOString(),
    };
  }
}

export class WebhookDeliveryAttemptDto {
  @ApiProperty() number: number;
  @ApiProperty({ format: 'date-time' }) attemptedAt: string;
  @ApiProperty({ example: 84 }) durationMs: number;
  @ApiProperty({ nullable: true, type: Number, example: 503 }) responseStatus: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The first KiB of the response body' }) responseBody: string | null;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
  @ApiProperty({ enum: ['delivered', 'retrying', 'failed'] }) outcome: string;

  static from(a: WebhookDeliveryAttempt): WebhookDeliveryAttemptDto {
    return {
      number: a.number,
      attemptedAt: a.attemptedAt.toISOString(),
      durationMs: a.durationMs,
      responseStatus: a.responseStatus,
      responseBody: a.responseBody,
      error: a.error,
      outcome: a.outcome,
    };
  }
}

export class WebhookDeliveryDetailDto extends WebhookDeliveryDto {
  @ApiProperty({ description: 'The JSON body sent (and signed)' }) body: string;
  @ApiProperty({ type: [WebhookDeliveryAttemptDto] }) attemptLog: WebhookDeliveryAttemptDto[];
}

export class DeliveryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'delivered', 'failed'] })
  @IsOptional()
  @IsIn(['pending', 'delivered', 'failed'])
  status?: 'pending' | 'delivered' | 'failed';
}

export class WebhookEventTypeDto {
  @ApiProperty({ example: 'attestation.suspended' }) type: string;
  @ApiProperty() description: string;
  @ApiProperty({
    enum: ['owner', 'contributor', 'assessor', 'observer'],
    isArray: true,
    description: 'Workspace roles whose organizations receive it besides the organization it belongs to',
  })
  participants: string[];

  static all(): WebhookEventTypeDto[] {
    return WEBHOOK_EVENT_TYPES.map((e) => ({ type: e.type, description: e.description, participants: [...e.participants] }));
  }
}
