import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { BidEntity, ComplianceReport, RequirementCompliance, TenderEntity } from '@attesta/procurement';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDate, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export class FrameworkRequirementDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() frameworkId: string;
  @ApiProperty({ enum: ['conformant', 'conformant_with_conditions'] }) @IsIn(['conformant', 'conformant_with_conditions']) minimumOutcome: 'conformant' | 'conformant_with_conditions';
}

export class CreateTenderDto {
  @ApiProperty({ example: 'ocds-tiepo1-2026-0042', description: 'OCDS open contracting id: ocds-<prefix>-<local id>' })
  @Matches(/^ocds-[a-z0-9]{6}-[A-Za-z0-9._-]{1,100}$/, { message: 'ocid must look like ocds-<6-char prefix>-<local id>' })
  ocid: string;
  @ApiProperty({ example: 'CNC machining centres with predictive maintenance, lot 2' }) @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @ApiProperty({ example: 'Thai Industrial Estate Procurement Office' }) @IsString() @IsNotEmpty() @MaxLength(300) buyer: string;
  @ApiProperty({ format: 'date-time' }) @Type(() => Date) @IsDate() deadline: Date;
  @ApiProperty({ type: [FrameworkRequirementDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => FrameworkRequirementDto) requirements: FrameworkRequirementDto[];
  @ApiProperty({ type: [String], example: ['TH'] }) @IsArray() @ArrayMaxSize(250) @Matches(/^[A-Za-z]{2}$/, { each: true }) markets: string[];
  @ApiPropertyOptional({ example: 365, description: 'Oldest decision (days) an attestation may rest on' }) @IsOptional() @IsInt() @Min(1) @Max(3650) maxEvidenceAgeDays?: number;
  @ApiPropertyOptional({ description: 'Only attestations by accredited assessors count' }) @IsOptional() @IsBoolean() accreditedIssuersOnly?: boolean;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Only these issuers count' }) @IsOptional() @IsArray() @IsUUID('all', { each: true }) allowedIssuerIds?: string[];
}

export class TenderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The procurer' }) organizationId: string;
  @ApiProperty() ocid: string;
  @ApiProperty() title: string;
  @ApiProperty() buyer: string;
  @ApiProperty({ format: 'date-time' }) deadline: string;
  @ApiProperty({ type: 'array', items: { type: 'object', properties: { frameworkId: { type: 'string' }, frameworkCode: { type: 'string' }, minimumOutcome: { type: 'string' } } } }) requirements: TenderEntity['requirements'];
  @ApiProperty({ type: [String] }) markets: string[];
  @ApiProperty({ type: 'integer', nullable: true }) maxEvidenceAgeDays: number | null;
  @ApiProperty() accreditedIssuersOnly: boolean;
  @ApiProperty({ type: [String] }) allowedIssuerIds: string[];
  @ApiProperty({ enum: ['open', 'closed'] }) status: 'open' | 'closed';

  static from(t: TenderEntity): TenderDto {
    return {
      id: t.id,
      organizationId: t.organizationId,
      ocid: t.ocid,
      title: t.title,
      buyer: t.buyer,
      deadline: t.deadline.toISOString(),
      requirements: t.requirements,
      markets: t.markets,
      maxEvidenceAgeDays: t.maxEvidenceAgeDays,
      accreditedIssuersOnly: t.accreditedIssuersOnly,
      allowedIssuerIds: t.allowedIssuerIds,
      status: t.deadline.getTime() > Date.now() ? 'open' : 'closed',
    };
  }
}

export class SubmitBidDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() offeringId: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Attestations of the offering the bid relies on' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) attestationIds: string[];
}

export class AttestationRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() serial: string;
  @ApiProperty({ enum: ['active', 'suspended', 'withdrawn', 'expired', 'superseded'] }) status: string;
  @ApiProperty({ format: 'uuid' }) issuerId: string;
  @ApiProperty() issuerName: string;
  @ApiProperty() issuerAccredited: boolean;
  @ApiProperty() outcome: string;
  @ApiProperty({ format: 'date-time' }) validFrom: string;
  @ApiProperty({ format: 'date-time' }) validUntil: string;
}

export class RequirementComplianceDto implements RequirementCompliance {
  @ApiProperty({ format: 'uuid' }) frameworkId: string;
  @ApiProperty({ example: 'attesta-dser@1.0' }) frameworkCode: string;
  @ApiProperty({ enum: ['conformant', 'conformant_with_conditions'] }) minimumOutcome: RequirementCompliance['minimumOutcome'];
  @ApiProperty({ enum: ['met', 'not_met', 'expiring'] }) result: RequirementCompliance['result'];
  @ApiProperty({ type: AttestationRefDto, nullable: true }) attestation: RequirementCompliance['attestation'];
  @ApiProperty({ type: 'integer', nullable: true, description: 'Age in days of the decision behind the attestation' }) evidenceAgeDays: number | null;
  @ApiProperty({ type: [String] }) reasons: string[];
}

export class ComplianceReportDto implements ComplianceReport {
  @ApiProperty({ enum: ['compliant', 'compliant_expiring', 'non_compliant'] }) overall: ComplianceReport['overall'];
  @ApiProperty({ type: [RequirementComplianceDto] }) requirements: RequirementComplianceDto[];
  @ApiProperty({ format: 'date-time' }) evaluatedAt: string;
}

export class BidDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tenderId: string;
  @ApiProperty({ format: 'uuid', description: 'The supplier' }) organizationId: string;
  @ApiProperty({ format: 'uuid' }) offeringId: string;
  @ApiProperty({ type: [String], format: 'uuid' }) attestationIds: string[];
  @ApiProperty({ enum: ['submitted', 'withdrawn'] }) status: string;
  @ApiProperty({ type: ComplianceReportDto }) compliance: ComplianceReportDto;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;

  static from(b: BidEntity): BidDto {
    return { id: b.id, tenderId: b.tenderId, organizationId: b.organizationId, offeringId: b.offeringId, attestationIds: b.attestationIds, status: b.status, compliance: b.compliance, submittedAt: b.submittedAt.toISOString() };
  }
}

export class ConformityCheckDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() offeringId: string;
  @ApiProperty({ type: [FrameworkRequirementDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => FrameworkRequirementDto) requirements: FrameworkRequirementDto[];
  @ApiProperty({ type: [String], example: ['TH', 'VN'] }) @IsArray() @ArrayMaxSize(250) @Matches(/^[A-Za-z]{2}$/, { each: true }) markets: string[];
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(3650) maxEvidenceAgeDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() accreditedIssuersOnly?: boolean;
}
