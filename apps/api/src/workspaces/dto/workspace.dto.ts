import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable, PageQueryDto } from '@attesta/core';
import type { ApplicabilityRow, Participant, WorkspaceView } from '@attesta/workspaces';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class CreateWorkspaceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  offeringId: string;

  @ApiProperty({ example: 'VMC-850 export readiness — Viet Nam and Thailand' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Target frameworks (built-in or your own)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  frameworkIds: string[];

  @ApiProperty({ type: [String], example: ['VN', 'TH'], description: 'ISO 3166-1 alpha-2 codes' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @IsString({ each: true })
  targetMarkets: string[];

  @ApiPropertyOptional({ description: 'Decisions need a second assessor' })
  @IsOptional()
  @IsBoolean()
  fourEyes?: boolean;
}

export class UpdateWorkspaceDto {
  @ApiPropertyOptional() @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ type: [String], example: ['VN', 'TH', 'MY'] })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  targetMarkets?: string[];
  @ApiPropertyOptional() @IsOmittable() @IsBoolean() fourEyes?: boolean;
}

export class WorkspaceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The owning manufacturer' }) organizationId: string;
  @ApiProperty({ format: 'uuid' }) offeringId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String], example: ['TH', 'VN'] }) targetMarkets: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) frameworkIds: string[];
  @ApiProperty({ enum: ['active', 'archived'] }) status: string;
  @ApiProperty() fourEyes: boolean;
  @ApiProperty({ enum: ['owner', 'contributor', 'assessor', 'observer', 'invited'], description: "Your organization's role here" }) myRole: string;
  @ApiProperty({ description: 'Also the ETag' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(v: WorkspaceView): WorkspaceDto {
    const w = v.workspace;
    return {
      id: w.id,
      organizationId: w.organizationId,
      offeringId: w.offeringId,
      name: w.name,
      targetMarkets: w.targetMarkets,
      frameworkIds: v.frameworkIds,
      status: w.status,
      fourEyes: w.fourEyes,
      myRole: v.myRole,
      version: w.version,
      createdAt: w.createdAt.toISOString(),
    };
  }
}

export class InviteParticipantDto {
  @ApiProperty({ format: 'uuid', description: 'Find it in GET /v1/organizations/directory' })
  @IsUUID()
  organizationId: string;

  @ApiProperty({ enum: ['contributor', 'assessor', 'observer'] })
  @IsIn(['contributor', 'assessor', 'observer'])
  role: 'contributor' | 'assessor' | 'observer';

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Contributors: the components they provide' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  componentIds?: string[];
}

export class RespondDto {
  @ApiProperty({ enum: ['accept', 'decline'] })
  @IsIn(['accept', 'decline'])
  answer: 'accept' | 'decline';
}

export class ParticipantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: ['owner', 'contributor', 'assessor', 'observer'] }) role: string;
  @ApiProperty({ enum: ['invited', 'accepted', 'declined', 'removed'] }) status: string;
  @ApiProperty({ type: [String], format: 'uuid' }) componentIds: string[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(p: Participant): ParticipantDto {
    return { id: p.id, organizationId: p.organizationId, role: p.role, status: p.status, componentIds: p.componentIds, createdAt: p.createdAt.toISOString() };
  }
}

export class ApplicabilityQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this target framework' })
  @IsOptional()
  @IsUUID()
  frameworkId?: string;
}

export class ApplicabilityItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  requirementId: string;

  @ApiProperty()
  @IsBoolean()
  applicable: boolean;

  @ApiPropertyOptional({ example: 'The offering stores no personal data of end users.', description: 'Required when not applicable' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  justification?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  componentIds?: string[];
}

export class SetApplicabilityDto {
  @ApiProperty({ type: [ApplicabilityItemDto], description: 'At most one item per requirement' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  // One decision per requirement: a second item for the same one would be applied over the first in the same statement.
  @ArrayUnique((item: Partial<ApplicabilityItemDto> | null) => item?.requirementId, { message: 'must not name a requirement more than once' })
  @ValidateNested({ each: true })
  @Type(() => ApplicabilityItemDto)
  items: ApplicabilityItemDto[];
}

export class ApplicabilityRowDto {
  @ApiProperty({ format: 'uuid' }) requirementId: string;
  @ApiProperty({ format: 'uuid' }) frameworkId: string;
  @ApiProperty({ example: 'DSER-3.2' }) ref: string;
  @ApiProperty() title: string;
  @ApiProperty() applicable: boolean;
  @ApiProperty() justification: string;
  @ApiProperty({ type: [String], format: 'uuid' }) componentIds: string[];
  @ApiProperty({ description: 'False while nobody has stated it (applicable by default)' }) stated: boolean;

  static from(r: ApplicabilityRow): ApplicabilityRowDto {
    return {
      requirementId: r.requirement.id,
      frameworkId: r.requirement.frameworkId,
      ref: r.requirement.ref,
      title: r.requirement.title,
      applicable: r.applicable,
      justification: r.justification,
      componentIds: r.componentIds,
      stated: r.stated,
    };
  }
}

export class UpdatedCountDto {
  @ApiProperty({ example: 12 }) updated: number;
}

export class DirectoryQueryDto {
  @ApiPropertyOptional({ example: 'CloudOps' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ['manufacturer', 'service_vendor', 'assessor', 'procurer', 'accreditation_body'] })
  @IsOptional()
  @IsIn(['manufacturer', 'service_vendor', 'assessor', 'procurer', 'accreditation_body'])
  kind?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cursor?: string;
}

export class DirectoryAccreditationDto {
  @ApiProperty({ example: 'Bureau of Accreditation (BoA)' }) bodyName: string;
  @ApiProperty({ example: 'VICAS 210' }) number: string;
  @ApiProperty({ example: 'ISO/IEC 17065' }) standard: string;
  @ApiProperty({ enum: ['active', 'suspended', 'withdrawn', 'expired'] }) status: string;
  @ApiProperty({ description: 'Verified by the body, a credential from it, or the platform operator' }) verified: boolean;
  @ApiProperty({ example: '2025-01-01' }) validFrom: string;
  @ApiProperty({ example: '2029-12-31' }) validUntil: string;
  @ApiProperty({
    description:
      'Counts as accredited now: verified, active, within validFrom–validUntil, its body on the trust list (a verified record dated ahead does not yet)',
  })
  counts: boolean;
}

export class OrganizationProfileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['manufacturer', 'service_vendor', 'assessor', 'procurer', 'accreditation_body'] }) kind: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'Declared at sign-up, not verified' }) accreditationBody: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'Declared at sign-up, not verified' }) accreditationNumber: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'Declared at sign-up, not verified' }) accreditationScope: string | null;
  @ApiProperty({
    type: [DirectoryAccreditationDto],
    description: 'Accreditation records: `verified` ones count, declared ones are shown as "declared, not verified"',
  })
  accreditations: DirectoryAccreditationDto[];
}
