import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditEvent, AuditEventNames, AuditEventView, ChainBreak, ChainBreakReason, ChainVerification, SignedCheckpoint } from '@attesta/audit';
import { PageQueryDto } from '@attesta/core';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsIn, IsOptional, IsString, IsUUID, Matches, MaxDate, MaxLength, MinDate } from 'class-validator';

/** The instants a timestamptz filter may name (the database refuses dates before 4713 BC). */
const EARLIEST = new Date('0001-01-01T00:00:00Z');
const LATEST = new Date('9999-12-31T23:59:59.999Z');

/** An action code: dotted lower-case words (`evidence.version_uploaded`). */
const ACTION_CODE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'api_key.created', description: 'Events with exactly this action (see also `actions`)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['evidence.version_uploaded', 'finding.raised'],
    description: 'Events with any of these actions; repeat the parameter (`actions=a&actions=b`), at most 50, each a dotted action code',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value))
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @Matches(ACTION_CODE, { each: true, message: 'each value must be an action code such as evidence.version_uploaded' })
  actions?: string[];

  @ApiPropertyOptional({ enum: ['desc', 'asc'], default: 'desc', description: 'desc: newest first (the default); asc: oldest first, in chain order' })
  @IsOptional()
  @IsIn(['desc', 'asc'])
  order?: 'desc' | 'asc';

  @ApiPropertyOptional({ example: 'ApiKey' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-01T00:00:00+07:00', description: 'Events at or after' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(EARLIEST, { message: 'from must be on or after year 1' })
  @MaxDate(LATEST, { message: 'from must be before year 10000' })
  from?: Date;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-12-01T00:00:00+07:00',
    description: 'Events before (exclusive; for a calendar day, send the start of the next day). Must not be before `from` (400 naming `to`)',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(EARLIEST, { message: 'to must be on or after year 1' })
  @MaxDate(LATEST, { message: 'to must be before year 10000' })
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
  @ApiProperty({
    example: '2026-11-26T07:27:40.268000Z',
    description: 'As the hash covers it: to the microsecond for hashVersion 2, to the millisecond for version 1',
  })
  occurredAt: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'Hash of the previous event' }) prevHash: string | null;
  @ApiProperty({
    description:
      'SHA-256 over the RFC 8785 canonical JSON of this event and prevHash (version 2 adds hashVersion to the hashed document; docs/ARCHITECTURE.md, Audit anchoring)',
  })
  hash: string;
  @ApiProperty({ enum: [1, 2], example: 2, description: 'The canonical form the hash covers' }) hashVersion: number;

  static from(e: AuditEvent): AuditEventDto {
    const { occurredAtPrecise, ...rest } = e;
    // Version 1 hashed milliseconds: show what was hashed, so anyone can recompute it from the export
    // (a stored value with sub-millisecond digits is shown as it is: it was edited, and does not verify).
    const occurredAt = e.hashVersion === 1 && occurredAtPrecise.endsWith('000Z') ? `${occurredAtPrecise.slice(0, 23)}Z` : occurredAtPrecise;
    return { ...rest, occurredAt };
  }
}

export class AuditEventNamesDto implements AuditEventNames {
  @ApiProperty({
    type: 'string',
    nullable: true,
    example: 'Mai Nguyen',
    description: "The acting person's display name: people of your organization and of organizations sharing a workspace with it; null for keys and the system",
  })
  actor: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'Hanoi Precision Machinery', description: "The acting organization's name" }) organization:
    string | null;
  @ApiProperty({
    type: 'string',
    nullable: true,
    example: 'Predictive maintenance SaaS — SLA v2',
    description: "The evidence item's title (the subject or payload.evidenceId), when you may read the item",
  })
  evidence: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'DSER-2.1', description: 'The ref of the requirement in payload.requirementId' }) requirementRef:
    string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'Availability target', description: "The requirement's source title" }) requirementTitle:
    string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'Availability not measured monthly', description: "The finding's title (finding.* events)" })
  finding: string | null;
  @ApiProperty({
    type: 'string',
    nullable: true,
    example: 'ASEAN Digital Conformity Services',
    description: 'The organization named in payload.organizationId (participant events)',
  })
  participant: string | null;
}

export class AuditEventListItemDto extends AuditEventDto {
  @ApiProperty({
    type: AuditEventNamesDto,
    description: 'The names behind the ids, read with the page (null where there is none or you may not read it); not part of the hashed event',
  })
  names: AuditEventNamesDto;

  static fromView(e: AuditEventView): AuditEventListItemDto {
    const { names, ...event } = e;
    return { ...AuditEventDto.from(event as AuditEvent), names: { ...names } };
  }
}

const BREAK_REASONS: ChainBreakReason[] = ['hash_mismatch', 'chain_broken', 'sequence_gap', 'truncated', 'checkpoint_mismatch', 'checkpoint_signature_invalid'];

export class ChainBreakDto implements ChainBreak {
  @ApiProperty({ example: 42, description: 'The position concerned (for truncated: the first missing one)' }) seq: number;
  @ApiProperty({
    enum: BREAK_REASONS,
    description:
      'hash_mismatch: the content does not hash to the stored hash; chain_broken: prevHash is not the previous stored hash; sequence_gap: positions missing from here; ' +
      "truncated: the stream ends before a valid checkpoint's position; checkpoint_mismatch: the hash at a checkpoint's position differs from the signed one; " +
      'checkpoint_signature_invalid: a checkpoint whose signature, key or fields do not verify',
  })
  reason: ChainBreakReason;
  @ApiPropertyOptional({ example: 1000, description: 'For truncated: the position the checkpoint signed' }) checkpointSeq?: number;
}

export class CheckpointVerificationDto {
  @ApiProperty({ example: 1000 }) seq: number;
  @ApiProperty({ example: '9f2c…' }) hash: string;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'Thumbprint of the checkpoint key (see /v1/public/audit/checkpoint-keys.json)' }) kid:
    string | null;
  @ApiProperty({ description: 'Signature, key and fields verify, and the chain holds that hash at that position' }) matches: boolean;
}

export class VerifyQueryDto {
  @ApiPropertyOptional({
    type: 'boolean',
    default: false,
    description:
      'true: verify from the latest checkpoint a trusted key signed (the events since it, and its own position against the signed hash), ' +
      'not from the first event; tampering before that checkpoint is not looked for. Fast on long streams; the default re-verifies everything.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  incremental?: boolean;
}

export class ChainVerificationDto {
  @ApiProperty() valid: boolean;
  @ApiProperty({ description: 'Whether verification started at the latest authentic checkpoint (incremental) instead of the first event' })
  incremental: boolean;
  @ApiProperty({ example: 1, description: 'The first position examined (1, or the anchoring checkpoint when incremental)' }) from: number;
  @ApiProperty({ description: 'Events examined (from `from` to the end)' }) checked: number;
  @ApiProperty({ description: 'Last position in the stream' }) length: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Position of the first break' }) firstBrokenSeq: number | null;
  @ApiProperty({ type: 'string', nullable: true, enum: BREAK_REASONS, description: 'Reason of the first break' }) reason: ChainBreakReason | null;
  @ApiProperty({ type: [ChainBreakDto], description: 'Every break in stream order (at most 1,000; breakCount counts them all)' }) breaks: ChainBreakDto[];
  @ApiProperty({ example: 0 }) breakCount: number;
  @ApiProperty({ type: CheckpointVerificationDto, nullable: true, description: 'The latest signed checkpoint, or null when the stream has none yet' })
  checkpoint: CheckpointVerificationDto | null;

  static from(v: ChainVerification): ChainVerificationDto {
    return { ...v, checkpoint: v.checkpoint && { ...v.checkpoint, signedAt: v.checkpoint.signedAt.toISOString() } };
  }
}

export class AuditCheckpointDto {
  @ApiProperty({ enum: ['organization', 'workspace'] }) streamType: string;
  @ApiProperty({ format: 'uuid' }) streamId: string;
  @ApiProperty({ example: 1000, description: 'The last position the checkpoint covers' }) seq: number;
  @ApiProperty({ example: '5d41402abc4b2a76b9719d911017c592ae6e2c5b5f1b4e9b8f0c3a1d2e4f6a8b', description: 'The hash of the event at seq' }) hash: string;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'q8V1n7x2mJ0y4b8Zr5cE3tW9uK6hL1sA0dF2gH4jK7M', description: 'JWK thumbprint of the key that signed' })
  kid: string | null;
  @ApiProperty({
    example: 'eyJhbGciOiJFZERTQSIsImtpZCI6InE4VjFuN3gy…',
    description:
      'The signed statement: a compact JWS (EdDSA, typ audit-checkpoint+jws) whose payload is the RFC 8785 JSON ' +
      '{ format: "attesta.audit-checkpoint/1", log, streamType, streamId, seq, hash, signedAt }; verify it with /v1/public/audit/checkpoint-keys.json',
  })
  jws: string;

  static from(c: SignedCheckpoint): AuditCheckpointDto {
    return { ...c, signedAt: c.signedAt.toISOString() };
  }
}
