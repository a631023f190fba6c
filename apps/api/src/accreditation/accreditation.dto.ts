import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable } from '@attesta/core';
import {
  ACCREDITATION_ARRANGEMENTS,
  ACCREDITATION_STANDARDS,
  ACCREDITATION_STATUSES,
  type AccreditationBody,
  type AccreditationEvent,
  type AccreditationSettings,
  type AccreditationView,
} from '@attesta/accreditation';
import { ServiceCategory } from '@attesta/offerings';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const EXAMPLE_KEY = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: 'boa-2026-1', alg: 'EdDSA' };

export class BodyIdentifierDto {
  @ApiProperty({ example: 'website' }) @IsString() @IsNotEmpty() @MaxLength(100) scheme: string;
  @ApiProperty({ example: 'https://www.boa.gov.vn' }) @IsString() @IsNotEmpty() @MaxLength(500) value: string;
}

/** An accreditation body as the trust list publishes it. */
export class AccreditationBodyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'boa-vn', description: 'Stable short code' }) code: string;
  @ApiProperty({ example: 'Bureau of Accreditation (BoA)' }) name: string;
  @ApiProperty({ example: 'VN', description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiProperty({ type: [BodyIdentifierDto] }) identifiers: BodyIdentifierDto[];
  @ApiProperty({
    type: [String],
    example: ['GAC MRA', 'IAF MLA', 'ILAC MRA'],
    description:
      'Arrangements the body signs: GAC MRA (merged IAF MLA and ILAC MRA on 1 January 2026), the legacy marks during the transition, APAC and ASEAN sectoral MRAs',
  })
  arrangements: string[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, example: [EXAMPLE_KEY], description: 'Public JWKs the body signs accreditation credentials with' })
  publicKeys: Record<string, unknown>[];
  @ApiProperty({ type: [String], example: ['did:web:boa.example.vn'] }) dids: string[];
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The linked tenant (kind accreditation_body) that confirms accreditations in Attesta',
  })
  organizationId: string | null;
  @ApiProperty({ description: 'On the trust list (false: delisted, its accreditations no longer count)' }) listed: boolean;
  @ApiProperty({ example: 1 }) version: number;

  static from(b: AccreditationBody): AccreditationBodyDto {
    return {
      id: b.id,
      code: b.code,
      name: b.name,
      country: b.country,
      identifiers: b.identifiers,
      arrangements: b.arrangements,
      publicKeys: b.publicKeys,
      dids: b.dids,
      organizationId: b.organizationId,
      listed: b.listed,
      version: b.version,
    };
  }
}

export class CreateAccreditationBodyDto {
  @ApiProperty({ example: 'boa-vn' }) @IsString() @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/) code: string;
  @ApiProperty({ example: 'Bureau of Accreditation (BoA)' }) @IsString() @IsNotEmpty() @MaxLength(300) name: string;
  @ApiProperty({ example: 'VN' }) @IsString() @Matches(/^[A-Za-z]{2}$/) country: string;
  @ApiPropertyOptional({ type: [BodyIdentifierDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BodyIdentifierDto)
  identifiers?: BodyIdentifierDto[];
  @ApiPropertyOptional({ type: [String], enum: ACCREDITATION_ARRANGEMENTS, example: ['GAC MRA', 'IAF MLA', 'ILAC MRA'] })
  @IsOptional()
  @IsArray()
  @IsIn(ACCREDITATION_ARRANGEMENTS, { each: true })
  arrangements?: string[];
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object' },
    example: [EXAMPLE_KEY],
    description: 'Public JWKs (kty and kid required; private members refused)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  publicKeys?: Record<string, unknown>[];
  @ApiPropertyOptional({ type: [String], example: ['did:web:boa.example.vn'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  dids?: string[];
}

export class UpdateAccreditationBodyDto {
  @ApiPropertyOptional({ example: 'Bureau of Accreditation (BoA), Viet Nam' }) @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(300) name?: string;
  @ApiPropertyOptional({ example: 'VN' }) @IsOmittable() @IsString() @Matches(/^[A-Za-z]{2}$/) country?: string;
  @ApiPropertyOptional({ type: [BodyIdentifierDto] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BodyIdentifierDto)
  identifiers?: BodyIdentifierDto[];
  @ApiPropertyOptional({ type: [String], enum: ACCREDITATION_ARRANGEMENTS, example: ['GAC MRA'] })
  @IsOmittable()
  @IsArray()
  @IsIn(ACCREDITATION_ARRANGEMENTS, { each: true })
  arrangements?: string[];
  @ApiPropertyOptional({ type: 'array', items: { type: 'object' }, example: [EXAMPLE_KEY] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  publicKeys?: Record<string, unknown>[];
  @ApiPropertyOptional({ type: [String], example: ['did:web:boa.example.vn'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  dids?: string[];
  @ApiPropertyOptional({ example: true, description: 'false delists the body: its accreditations stop counting' }) @IsOptional() @IsBoolean() listed?: boolean;
}

export class LinkAccreditationBodyDto {
  @ApiProperty({ format: 'uuid', description: 'An organization of kind accreditation_body' }) @IsUUID() organizationId: string;
}

export class AccreditationScopeDto {
  @ApiProperty({ type: [String], example: ['attesta-dser'], description: 'Framework codes (catalog `code`)' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  frameworkCodes: string[];
  @ApiProperty({ type: [String], example: ['TH', 'VN', 'MY'], description: 'ISO 3166-1 alpha-2' })
  @IsArray()
  @ArrayMaxSize(250)
  @IsString({ each: true })
  markets: string[];
  @ApiPropertyOptional({ type: [String], enum: Object.values(ServiceCategory), example: ['predictive_maintenance', 'remote_quality_inspection'] })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(ServiceCategory), { each: true })
  serviceCategories?: string[];
}

export class DeclareAccreditationDto {
  @ApiProperty({
    format: 'uuid',
    description: 'An accreditation body on the trust list (GET /v1/public/accreditation-bodies); anything else is a 422 naming bodyId',
  })
  @IsString()
  bodyId: string;
  @ApiProperty({ example: 'VICAS 210' }) @IsString() @IsNotEmpty() @MaxLength(200) number: string;
  @ApiProperty({ enum: ACCREDITATION_STANDARDS, example: 'ISO/IEC 17065' }) @IsString() standard: string;
  @ApiProperty({ type: AccreditationScopeDto }) @ValidateNested() @Type(() => AccreditationScopeDto) scope: AccreditationScopeDto;
  @ApiProperty({ example: '2025-01-01', format: 'date' }) @IsString() validFrom: string;
  @ApiProperty({ example: '2029-12-31', format: 'date' }) @IsString() validUntil: string;
}

export class PresentCredentialDto {
  @ApiProperty({
    description:
      'The accreditation credential from the body, as a compact JWS (VC 2.0 payload, or a JWT with a `vc` claim), signed with a key the trust list holds for the body',
    example: 'eyJhbGciOiJFZERTQSIsImtpZCI6ImJvYS0yMDI2LTEifQ.eyJ...fQ.c2ln',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100_000)
  credential: string;
}

export class StatusReasonDto {
  @ApiPropertyOptional({ example: 'Surveillance assessment found the scope exceeded', description: 'Recorded in the history and shown where the status is' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class ConfirmByBodyDto {
  @ApiPropertyOptional({ example: 'Matches our register entry VICAS 210 (scope annex rev. 4)' }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class OperatorConfirmDto {
  @ApiProperty({
    example: 'BoA public register entry VICAS 210 checked 2026-03-02, scope annex rev. 4',
    description: 'The evidence the confirmation rests on (required)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  evidence: string;
}

export class OperatorStatusDto {
  @ApiProperty({ enum: ['suspend', 'withdraw', 'reinstate'], example: 'suspend' }) @IsIn(['suspend', 'withdraw', 'reinstate']) action:
    'suspend' | 'withdraw' | 'reinstate';
  @ApiPropertyOptional({ example: 'Body notice of 2026-03-02' }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

export class OperatorAccreditationQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() bodyId?: string;
}

export class BodyAccreditationQueryDto {
  @ApiPropertyOptional({ enum: ACCREDITATION_STATUSES }) @IsOptional() @IsIn(ACCREDITATION_STATUSES) status?: 'active' | 'suspended' | 'withdrawn' | 'expired';
}

export class AccreditationEventDto {
  @ApiProperty({ enum: ['declared', 'updated', 'verified', 'suspended', 'withdrawn', 'reinstated', 'expired'] }) action: string;
  @ApiProperty({ enum: ACCREDITATION_STATUSES }) status: string;
  @ApiProperty({ type: 'string', nullable: true, enum: [...ACCREDITATION_STATUSES, null] }) previousStatus: string | null;
  @ApiProperty({ enum: ['declared', 'body_confirmed', 'credential', 'operator'] }) verification: string;
  @ApiProperty({ example: 'operator' }) actor: string;
  @ApiProperty({ type: 'string', nullable: true }) reason: string | null;
  @ApiProperty({ type: 'string', nullable: true }) evidence: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;

  static from(e: AccreditationEvent): AccreditationEventDto {
    return {
      action: e.action,
      status: e.status,
      previousStatus: e.previousStatus,
      verification: e.verification,
      actor: e.actor,
      reason: e.reason,
      evidence: e.evidence,
      at: e.at.toISOString(),
    };
  }
}

class AccreditationBodyRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Bureau of Accreditation (BoA)' }) name: string;
  @ApiProperty({ example: 'VN' }) country: string;
  @ApiProperty({ type: [String], example: ['GAC MRA'] }) arrangements: string[];
  @ApiProperty() listed: boolean;
}

export class AccreditationDetailDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The accredited assessor organization' }) organizationId: string;
  @ApiProperty({ type: AccreditationBodyRefDto }) body: AccreditationBodyRefDto;
  @ApiProperty({ example: 'VICAS 210' }) number: string;
  @ApiProperty({ enum: ACCREDITATION_STANDARDS }) standard: string;
  @ApiProperty({ type: AccreditationScopeDto }) scope: AccreditationScopeDto;
  @ApiProperty({ example: '2025-01-01' }) validFrom: string;
  @ApiProperty({ example: '2029-12-31' }) validUntil: string;
  @ApiProperty({ enum: ACCREDITATION_STATUSES, description: 'Recorded status' }) status: string;
  @ApiProperty({ enum: ACCREDITATION_STATUSES, description: 'Status now (expired once past validUntil, before the daily scan records it)' })
  effectiveStatus: string;
  @ApiProperty({ type: 'string', nullable: true }) statusReason: string | null;
  @ApiProperty({
    enum: ['declared', 'body_confirmed', 'credential', 'operator'],
    description: '`declared`: typed by the assessor, not verified — counts as unaccredited everywhere',
  })
  verification: string;
  @ApiProperty({ description: 'Verified by the body, a credential signed with a key on the trust list, or the operator' }) verified: boolean;
  @ApiProperty({ description: 'Verified, active, valid today, body on the trust list: counts as accredited' }) counts: boolean;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) verifiedAt: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'operator' }) verifiedBy: string | null;
  @ApiProperty({ type: 'string', nullable: true }) verificationEvidence: string | null;
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiPropertyOptional({ type: [AccreditationEventDto], description: 'Status log (single reads only)' }) history?: AccreditationEventDto[];

  static from(v: AccreditationView): AccreditationDetailDto {
    const a = v.accreditation;
    return {
      id: a.id,
      organizationId: a.organizationId,
      body: { id: v.body.id, name: v.body.name, country: v.body.country, arrangements: v.body.arrangements, listed: v.body.listed },
      number: a.number,
      standard: a.standard,
      scope: a.scope,
      validFrom: a.validFrom,
      validUntil: a.validUntil,
      status: a.status,
      effectiveStatus: v.effectiveStatus,
      statusReason: a.statusReason,
      verification: a.verification,
      verified: v.verified,
      counts: v.counts,
      verifiedAt: a.verifiedAt?.toISOString() ?? null,
      verifiedBy: a.verifiedBy,
      verificationEvidence: a.verificationEvidence,
      version: a.version,
      updatedAt: a.updatedAt.toISOString(),
      ...(v.history ? { history: v.history.map(AccreditationEventDto.from) } : {}),
    };
  }
}

export class AccreditationSettingsDto {
  @ApiProperty({
    example: false,
    description: 'Suspend the attestations issued under an accreditation automatically when it is suspended, withdrawn or expires (with the reason)',
  })
  autoSuspendOnAccreditationLapse: boolean;

  static from(s: AccreditationSettings): AccreditationSettingsDto {
    return { autoSuspendOnAccreditationLapse: s.autoSuspendOnAccreditationLapse };
  }
}

export class UpdateAccreditationSettingsDto {
  @ApiPropertyOptional({ example: true }) @IsOmittable() @IsBoolean() autoSuspendOnAccreditationLapse?: boolean;
}

export class TrustListSeedResultDto {
  @ApiProperty({ type: [String] }) added: string[];
  @ApiProperty({ type: [String] }) present: string[];
}
