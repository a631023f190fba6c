import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@attesta/core';
import type { FrameworkPathway, MappingCollectionView, RecognitionPathways, RecognitionRuleView, ResidualGap } from '@attesta/recognition';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

const ARRANGEMENTS_EXAMPLE = ['GAC MRA'];

export class ImportMappingCollectionQueryDto {
  @ApiPropertyOptional({ example: 'dser-to-iso-20000-1', description: 'Stable name of the collection across versions; a slug of the title when omitted' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{0,99}$/, { message: 'code must be a lower-case slug' })
  code?: string;

  @ApiPropertyOptional({
    enum: ['tenant', 'scheme_owner'],
    description:
      'Whose collection it is: the organization’s own (default) or the scheme owner’s published crosswalk (only an organization owning a framework the collection maps; otherwise 422 naming ownerKind)',
  })
  @IsOptional()
  @IsIn(['tenant', 'scheme_owner'])
  ownerKind?: 'tenant' | 'scheme_owner';
}

export class ExportCrosswalksQueryDto {
  @ApiPropertyOptional({
    enum: ['built_in', 'all'],
    description: '`built_in` (default): the shipped crosswalks; `all`: with the organization’s own CSV/JSON crosswalks',
  })
  @IsOptional()
  @IsIn(['built_in', 'all'])
  include?: 'built_in' | 'all';
}

export class ApprovalDto {
  @ApiProperty({ example: true, description: '`true` approves (the collection counts for recognition and is published); `false` withdraws the approval' })
  @IsBoolean()
  approved: boolean;
}

class ProvenanceDto {
  @ApiProperty({ enum: ['human', 'automation', 'hybrid'] }) method: string;
  @ApiProperty({ enum: ['syntactic', 'semantic', 'functional'] }) matchingRationale: string;
  @ApiProperty({ enum: ['complete', 'not-complete', 'draft', 'deprecated', 'superseded'] }) status: string;
  @ApiProperty({ example: 'DSER requirements mapped to ISO/IEC 20000-1:2018 clauses.' }) description: string;
  @ApiProperty({ type: String, nullable: true, example: 'Attesta' }) mappedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) mappedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) remarks: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, example: { category: 'high' } }) confidence: unknown;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, example: { targetCoverage: 0.7, generationMethod: 'arbitrary' } })
  coverage: unknown;
}

class FrameworkPairDto {
  @ApiProperty({ format: 'uuid' }) sourceFrameworkId: string;
  @ApiProperty({ format: 'uuid' }) targetFrameworkId: string;
}

export class MappingCollectionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The owner (null: built-in)' }) organizationId: string | null;
  @ApiProperty({ enum: ['built_in', 'tenant', 'scheme_owner'] }) ownerKind: string;
  @ApiProperty({ example: 'dser-to-iso-20000-1' }) code: string;
  @ApiProperty({ example: '2026-1' }) version: string;
  @ApiProperty({ example: 'DSER to ISO/IEC 20000-1' }) title: string;
  @ApiProperty({ format: 'uuid', description: 'The OSCAL document uuid' }) oscalUuid: string;
  @ApiProperty({ format: 'date-time' }) lastModified: string;
  @ApiProperty({ enum: ['draft', 'approved', 'withdrawn'], description: 'Only `approved` collections count for recognition' }) approvalStatus: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt: string | null;
  @ApiProperty({ example: 20, description: 'Number of maps' }) entryCount: number;
  @ApiProperty({ type: [FrameworkPairDto] }) frameworkPairs: FrameworkPairDto[];
  @ApiProperty({ type: ProvenanceDto }) provenance: ProvenanceDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(v: MappingCollectionView): MappingCollectionDto {
    return Object.assign(new MappingCollectionDto(), v);
  }
}

export class CreateRecognitionRuleDto {
  @ApiProperty({ example: 'TH', description: 'ISO 3166-1 alpha-2 market' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'market must be an ISO 3166-1 alpha-2 code' })
  market: string;
  @ApiProperty({ format: 'uuid', description: 'The scheme whose attestations are accepted (S)' }) @IsUUID() sourceFrameworkId: string;
  @ApiProperty({ format: 'uuid', description: 'The scheme they are accepted as meeting (T)' }) @IsUUID() targetFrameworkId: string;
  @ApiProperty({ format: 'uuid', description: 'A mapping collection mapping S to T; it counts only while approved by its owner' })
  @IsUUID()
  mappingCollectionId: string;
  @ApiPropertyOptional({
    type: [String],
    example: ARRANGEMENTS_EXAMPLE,
    description: 'Arrangements the issuer’s accreditation body must be a signatory of (empty: any issuer)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  arrangements?: string[];
  @ApiPropertyOptional({
    example: true,
    description: 'Whether requirements the mapping leaves (partly) unmapped may remain as listed residual gaps (default true)',
  })
  @IsOptional()
  @IsBoolean()
  acceptsResidualGaps?: boolean;
  @ApiPropertyOptional({ example: 'A Thai-language service description for the service layers.', description: 'What the market asks on top, in words' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  residualRequirements?: string;
  @ApiProperty({ example: 'TH accepts DSER attestations from GAC MRA bodies as ISO/IEC 20000-1 (illustrative)' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title: string;
  @ApiPropertyOptional({ example: false, description: 'An example rule, not legal advice' }) @IsOptional() @IsBoolean() illustrative?: boolean;
}

export class RecognitionRuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The owner (null: the platform operator)' }) organizationId: string | null;
  @ApiProperty({ example: 'TH' }) market: string;
  @ApiProperty({ format: 'uuid' }) sourceFrameworkId: string;
  @ApiProperty({ format: 'uuid' }) targetFrameworkId: string;
  @ApiProperty({ format: 'uuid' }) mappingCollectionId: string;
  @ApiProperty({ type: [String], example: ARRANGEMENTS_EXAMPLE }) arrangements: string[];
  @ApiProperty() acceptsResidualGaps: boolean;
  @ApiProperty({ type: String, nullable: true }) residualRequirements: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'An example rule, not legal advice' }) illustrative: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(v: RecognitionRuleView): RecognitionRuleDto {
    return Object.assign(new RecognitionRuleDto(), v);
  }
}

export class ListRecognitionRulesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'TH' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/, { message: 'market must be an ISO 3166-1 alpha-2 code' })
  market?: string;
}

export class PathwaysQueryDto {
  @ApiPropertyOptional({ example: 'TH', description: 'Target market (ISO 3166-1 alpha-2); the workspace’s first target market when omitted' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/, { message: 'market must be an ISO 3166-1 alpha-2 code' })
  market?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'JSON (default) or CSV (one row per residual gap)' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

class ResidualGapDto implements ResidualGap {
  @ApiProperty({ format: 'uuid' }) requirementId: string;
  @ApiProperty({ example: '8.3.3' }) ref: string;
  @ApiProperty({ example: 'Service level management' }) title: string;
  @ApiProperty({ enum: ['partial', 'unmapped'] }) status: 'partial' | 'unmapped';
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'Maps that reach it partly (sourceRef, relationship, remarks)',
  })
  partialVia: ResidualGap['partialVia'];
  @ApiProperty({ type: [String], example: ['sla_definition'] }) expectedEvidenceTypes: string[];
  @ApiProperty({ example: 'Add sla_definition for the part of 8.3.3 beyond DSER-2.1, and have it assessed.' }) closeWith: string;
}

class FrameworkPathwayDto {
  @ApiProperty({ type: 'object', additionalProperties: true, example: { id: '0197…', code: 'iso-iec-20000-1', version: '2018', title: 'ISO/IEC 20000-1' } })
  framework: FrameworkPathway['framework'];
  @ApiProperty({ enum: ['accept', 'accept_with_residual_gaps', 'reassess'] }) outcome: FrameworkPathway['outcome'];
  @ApiProperty({ type: String, enum: ['direct', 'mapping'], nullable: true }) path: FrameworkPathway['path'];
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) attestation: FrameworkPathway['attestation'];
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'The recognition rule used (with `illustrative`)' })
  rule: FrameworkPathway['rule'];
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) collection: FrameworkPathway['collection'];
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) source: FrameworkPathway['source'];
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, example: { covered: 12, partial: 6, unmapped: 4, total: 22 } })
  coverage: FrameworkPathway['coverage'];
  @ApiProperty({ type: [ResidualGapDto] }) residualGaps: ResidualGapDto[];
  @ApiProperty({ type: [String] }) reasons: string[];
}

export class RecognitionPathwaysDto implements RecognitionPathways {
  @ApiProperty({ format: 'uuid' }) workspaceId: string;
  @ApiProperty({ example: 'TH' }) market: string;
  @ApiProperty({ format: 'date-time' }) computedAt: string;
  @ApiProperty() notice: string;
  @ApiProperty({ type: [FrameworkPathwayDto] }) frameworks: FrameworkPathwayDto[];
}
