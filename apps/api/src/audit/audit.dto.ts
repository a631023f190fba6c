import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditEventEntity, ChainVerification } from '@attesta/audit';
import { PageQueryDto } from '@attesta/core';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'api_key.created' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ example: 'ApiKey' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Events at or after' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time', description: 'Events before' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['organization', 'workspace'] }) streamType: string;
  @ApiProperty({ format: 'uuid' }) streamId: string;
  @ApiProperty({ example: 7, description: 'Position in the stream' }) seq: number;
  @ApiProperty({ format: 'uuid', description: 'Acting organization' }) organizationId: string;
  @ApiProperty({ enum: ['user', 'api_key', 'system'] }) actorType: string;
  @ApiProperty() actorId: string;
  @ApiProperty({ example: 'api_key.created' }) action: string;
  @ApiProperty({ example: 'ApiKey' }) subjectType: string;
  @ApiProperty({ type: 'string', nullable: true }) subjectId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'Hash of the previous event' }) prevHash: string | null;
  @ApiProperty({ description: 'SHA-256 over the RFC 8785 canonical JSON of this event and prevHash' }) hash: string;

  static from(e: AuditEventEntity): AuditEventDto {
    return { ...e, occurredAt: e.occurredAt.toISOString() };
  }
}

export class ChainVerificationDto implements ChainVerification {
  @ApiProperty() valid: boolean;
  @ApiProperty({ description: 'Events that verified before the first failure' }) checked: number;
  @ApiProperty({ description: 'Last position in the stream' }) length: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Position of the first event that fails' }) firstBrokenSeq: number | null;
  @ApiProperty({ type: 'string', nullable: true, enum: ['hash_mismatch', 'chain_broken', 'sequence_gap'] }) reason: ChainVerification['reason'];
}
