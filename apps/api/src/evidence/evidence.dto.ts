import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable, PageQueryDto } from '@attesta/core';
import {
  Confidentiality,
  EVIDENCE_FRESHNESS,
  evidenceFreshness,
  EvidenceType,
  type EvidenceFreshness,
  type EvidenceDetail,
  type EvidenceListItem,
  type Evidence,
  type EvidenceLink,
  type EvidenceVersion,
  type FrameworkGapSummary,
  type FlaggedEvidence,
  type GapAnalysis,
  type GapRow,
} from '@attesta/evidence';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

export class CreateEvidenceDto {
  @ApiProperty({ enum: EvidenceType, example: EvidenceType.SlaDefinition }) @IsEnum(EvidenceType) type: EvidenceType;
  @ApiProperty({ example: 'Predictive maintenance SaaS — SLA v3' })
  @IsString()
  @IsNotEmpty()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(300)
  title: string;
  @ApiPropertyOptional({ example: '99.9 % monthly availability, 4 h response for P1 incidents' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The component it documents (required for contributors)' }) @IsOptional() @IsUUID() componentId?: string;
  @ApiProperty({ enum: Confidentiality, example: Confidentiality.Confidential }) @IsEnum(Confidentiality) confidentiality: Confidentiality;
  @ApiProperty({ format: 'date', example: '2026-09-01', description: 'When the content took effect (not the upload date)' })
  @IsISO8601({ strict: true })
  effectiveDate: string;
  @ApiPropertyOptional({ type: 'string', format: 'date', nullable: true, example: '2027-08-31', description: 'After this day it no longer counts as coverage' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsISO8601({ strict: true })
  validUntil?: string | null;
}

export class UpdateEvidenceDto {
  @ApiPropertyOptional({ enum: EvidenceType }) @IsOmittable() @IsEnum(EvidenceType) type?: EvidenceType;
  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(300)
  title?: string;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(4000) description?: string;
  @ApiPropertyOptional({ enum: Confidentiality }) @IsOmittable() @IsEnum(Confidentiality) confidentiality?: Confidentiality;
  @ApiPropertyOptional({ format: 'date' }) @IsOmittable() @IsISO8601({ strict: true }) effectiveDate?: string;
  @ApiPropertyOptional({ type: 'string', format: 'date', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsISO8601({ strict: true })
  validUntil?: string | null;
}

export class EvidenceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() componentId?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only evidence linked to this requirement in the workspace (a requirement nothing is linked to gives an empty page)',
  })
  @IsOptional()
  @IsUUID()
  requirementId?: string;
  @ApiPropertyOptional({ enum: EvidenceType }) @IsOptional() @IsEnum(EvidenceType) type?: EvidenceType;
  @ApiPropertyOptional({ description: 'Only evidence whose validUntil is within this many days (or past)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  expiringWithinDays?: number;
}

export class EvidenceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) workspaceId: string;
  @ApiProperty({ format: 'uuid', description: 'The organization that created it' }) organizationId: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) componentId: string | null;
  @ApiProperty({ enum: EvidenceType }) type: EvidenceType;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: Confidentiality }) confidentiality: Confidentiality;
  @ApiProperty({ format: 'date' }) effectiveDate: string;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) validUntil: string | null;
  @ApiProperty({ enum: [...EVIDENCE_FRESHNESS], description: 'By validUntil: expired before today, expiring within EVIDENCE_EXPIRY_WARNING_DAYS' })
  freshness: EvidenceFreshness;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) currentVersionId: string | null;
  @ApiProperty({ description: 'Metadata version, also the ETag' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(e: Evidence, warningDays: number): EvidenceDto {
    const freshness = evidenceFreshness(e.validUntil, warningDays);
    return {
      id: e.id,
      workspaceId: e.workspaceId,
      organizationId: e.organizationId,
      componentId: e.componentId,
      type: e.type,
      title: e.title,
      description: e.description,
      confidentiality: e.confidentiality,
      effectiveDate: e.effectiveDate,
      validUntil: e.validUntil,
      freshness,
      currentVersionId: e.currentVersionId,
      version: e.version,
      createdAt: e.createdAt.toISOString(),
    };
  }
}

export class EvidenceVersionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 2 }) number: number;
  @ApiProperty({ example: 'sla-v3.pdf' }) filename: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType: string;
  @ApiProperty({ example: 482133 }) size: number;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256: string;
  @ApiProperty() uploadedBy: string;
  @ApiProperty({ format: 'uuid' }) uploadedByOrganizationId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(
    v: Pick<EvidenceVersion, 'id' | 'number' | 'filename' | 'mediaType' | 'size' | 'sha256' | 'uploadedBy' | 'uploadedByOrganizationId' | 'createdAt'>,
  ): EvidenceVersionDto {
    return {
      id: v.id,
      number: v.number,
      filename: v.filename,
      mediaType: v.mediaType,
      size: v.size,
      sha256: v.sha256,
      uploadedBy: v.uploadedBy,
      uploadedByOrganizationId: v.uploadedByOrganizationId,
      createdAt: v.createdAt.toISOString(),
    };
  }
}

export class EvidenceListItemDto extends EvidenceDto {
  @ApiProperty({
    type: EvidenceVersionDto,
    nullable: true,
    description: 'The current version inline (number, filename, size, sha256, upload time as createdAt); null before the first upload',
  })
  currentVersion: EvidenceVersionDto | null;

  static fromItem(item: EvidenceListItem, warningDays: number): EvidenceListItemDto {
    return { ...EvidenceDto.from(item.evidence, warningDays), currentVersion: item.currentVersion ? EvidenceVersionDto.from(item.currentVersion) : null };
  }
}

export class EvidenceLinkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) evidenceId: string;
  @ApiProperty({ format: 'uuid' }) requirementId: string;
  @ApiProperty() note: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(l: EvidenceLink): EvidenceLinkDto {
    return { id: l.id, evidenceId: l.evidenceId, requirementId: l.requirementId, note: l.note, createdAt: l.createdAt.toISOString() };
  }
}

export class EvidenceDetailDto extends EvidenceDto {
  @ApiProperty({ type: [EvidenceVersionDto], description: 'Newest first' }) versions: EvidenceVersionDto[];
  @ApiProperty({ type: [EvidenceLinkDto] }) links: EvidenceLinkDto[];

  static fromDetail(d: EvidenceDetail, warningDays: number): EvidenceDetailDto {
    return { ...EvidenceDto.from(d.evidence, warningDays), versions: d.versions.map(EvidenceVersionDto.from), links: d.links.map(EvidenceLinkDto.from) };
  }
}

export class CreateLinkDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() requirementId: string;
  @ApiPropertyOptional({ example: 'Section 4 defines the availability target and its measurement.' }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

export class UploadVersionDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The file (one part named `file`)' }) file: unknown;
  @ApiPropertyOptional({
    description:
      'Hex SHA-256 you computed; a mismatch is 422 and nothing is kept. A form field before or after the file part, or the x-content-sha256 header: every hash stated must match.',
  })
  sha256?: string;
}

export class GapQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' }) @IsOptional() @IsIn(['json', 'csv']) format?: 'json' | 'csv';
}

export class InheritedFromDto {
  @ApiProperty({ format: 'uuid' }) requirementId: string;
  @ApiProperty() ref: string;
  @ApiProperty({ format: 'uuid' }) frameworkId: string;
  @ApiProperty({
    enum: ['equal', 'superset', 'intersects'],
    description:
      'How the source relates to this requirement: equal, or a superset of it (the row is `inherited`); intersects covers only part of it, so the row stays a `gap` with the source named as a start',
  })
  relation: 'equal' | 'superset' | 'intersects';
}

export class GapRowDto implements GapRow {
  @ApiProperty({ format: 'uuid' }) frameworkId: string;
  @ApiProperty({ format: 'uuid' }) requirementId: string;
  @ApiProperty({ example: 'DSER-2.1' }) ref: string;
  @ApiProperty({ description: "In the caller's language (`Accept-Language`) when translated, else the source title; `titleLanguage` says which" })
  title: string;
  @ApiProperty({ example: 'zh-CN', description: 'The language `title` is in' }) titleLanguage: string;
  @ApiProperty() applicable: boolean;
  @ApiProperty() evidenceCount: number;
  @ApiProperty() accepted: boolean;
  @ApiProperty() openFindings: number;
  @ApiProperty({ enum: ['not_applicable', 'covered', 'inherited', 'gap'] }) status: GapRow['status'];
  @ApiProperty({
    type: InheritedFromDto,
    nullable: true,
    description:
      'The requirement of another target framework whose evidence covers this one through a crosswalk (status `inherited`), or part of it (relation `intersects`, status `gap`)',
  })
  inheritedFrom: GapRow['inheritedFrom'];
}

export class FrameworkGapDto implements FrameworkGapSummary {
  @ApiProperty({ format: 'uuid' }) frameworkId: string;
  @ApiProperty() code: string;
  @ApiProperty({ description: "In the caller's language (`Accept-Language`) when translated, else the source title; `titleLanguage` says which" })
  title: string;
  @ApiProperty({ example: 'zh-CN', description: 'The language `title` is in' }) titleLanguage: string;
  @ApiProperty() version: string;
  @ApiProperty() total: number;
  @ApiProperty() applicable: number;
  @ApiProperty() covered: number;
  @ApiProperty({ description: 'Covered through crosswalk mappings' }) inherited: number;
  @ApiProperty() accepted: number;
  @ApiProperty() openFindings: number;
  @ApiProperty() gaps: number;
  @ApiProperty({ description: '(covered + inherited) / applicable, in %' }) coveredPercent: number;
  @ApiProperty() acceptedPercent: number;
}

export class FlaggedEvidenceDto implements FlaggedEvidence {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Technician training records 2026' }) title: string;
  @ApiProperty({ format: 'date', example: '2026-12-20' }) validUntil: string;
  @ApiProperty({ enum: ['expiring', 'expired'] }) freshness: 'expiring' | 'expired';
  @ApiProperty({ type: [String], format: 'uuid', description: 'The requirements the item is linked to in this workspace' }) requirementIds: string[];
}

export class GapAnalysisDto implements GapAnalysis {
  @ApiProperty({ format: 'uuid' }) workspaceId: string;
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ type: [FrameworkGapDto] }) frameworks: FrameworkGapDto[];
  @ApiProperty({ type: [GapRowDto] }) rows: GapRowDto[];
  @ApiProperty({ description: "Every participant's evidence items whose validity ends within the warning window (the same count for every reader)" })
  expiringEvidence: number;
  @ApiProperty({ description: "Every participant's evidence items past their end date" }) expiredEvidence: number;
  @ApiProperty({
    type: [FlaggedEvidenceDto],
    description:
      'The expiring and expired items the caller may read (none for assessors), soonest end date first, at most 100, with the requirements each is linked to',
  })
  flaggedEvidence: FlaggedEvidenceDto[];
}
