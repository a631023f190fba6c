import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CompetenceReason, CompetenceRule, CompetenceRuleResult } from '@attesta/personnel';
import { COMPETENCE_REASONS } from '@attesta/personnel';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** A tender's (or a conformity check's) personnel competence rule. */
export class CompetenceRuleDto implements CompetenceRule {
  @ApiProperty({ example: 3, description: 'At least this many distinct people' }) @IsInt() @Min(1) @Max(10000) minPeople: number;
  @ApiProperty({ example: 'Remote diagnostics technician (ISO/IEC 17024 scheme)', description: 'Certification scheme (case-insensitive)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  scheme: string;
  @ApiPropertyOptional({ type: [String], example: ['L2', 'L3'], description: 'Acceptable levels (any); absent: any level' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  levels?: string[];
  @ApiPropertyOptional({ type: [String], example: ['VMC-850'], description: 'Every one must be in the certification’s scope' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  machineFamilies?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) deviceModels?: string[];
  @ApiPropertyOptional({ type: [String], example: ['remote_diagnosis'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  serviceTypes?: string[];
  @ApiProperty({ example: 'VN', description: 'ISO 3166-1 alpha-2 market the people must serve' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'market must be an ISO 3166-1 alpha-2 code' })
  market: string;
  @ApiPropertyOptional({
    type: String,
    example: 'Asia/Ho_Chi_Minh',
    nullable: true,
    description: 'The people must work in this IANA time zone (local business hours)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string | null;
}

/** Counts of people today; the reason's contract (CompetenceReason) also allows text. */
const REASON_VALUE_SCHEMAS = [{ type: 'number' }, { type: 'string' }];

export class CompetenceReasonDto implements CompetenceReason {
  @ApiProperty({
    enum: Object.keys(COMPETENCE_REASONS),
    description: 'competence_insufficient (blocking), competence_expiring (warning), competence_certifications_expired (info)',
  })
  code: CompetenceReason['code'];
  @ApiProperty({ enum: ['blocking', 'warning', 'info'] }) severity: CompetenceReason['severity'];
  @ApiProperty({ example: '2 of 3 people: at least 3 Remote diagnostics technician (L2) serving VN.' }) message: string;
  @ApiPropertyOptional({ oneOf: REASON_VALUE_SCHEMAS, nullable: true, example: 3, description: 'People required' }) expected?: number | string | null;
  @ApiPropertyOptional({ oneOf: REASON_VALUE_SCHEMAS, nullable: true, example: 2, description: 'People counted' }) actual?: number | string | null;
}

export class CompetenceRuleResultDto implements CompetenceRuleResult {
  @ApiProperty({ type: CompetenceRuleDto }) rule: CompetenceRuleDto;
  @ApiProperty({ enum: ['met', 'not_met', 'expiring'] }) result: CompetenceRuleResult['result'];
  @ApiProperty({ example: 3, description: 'People with an active matching certification serving the market (no names, no ids)' }) qualifiedPeople: number;
  @ApiProperty({ example: 1, description: 'People who would match but hold only expired certifications' }) expiredPeople: number;
  @ApiProperty({ type: [CompetenceReasonDto] }) reasons: CompetenceReasonDto[];
}
