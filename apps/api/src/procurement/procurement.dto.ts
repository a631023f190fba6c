import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { CompetenceRuleDto, CompetenceRuleResultDto } from '../personnel/competence-rule.dto.js';
import { SERVICE_LEVEL_CRITERIA_DESCRIPTION, ServiceLevelCriterionDto, ServiceLevelReportDto } from '../service-levels/service-levels.dto.js';
import {
  COMPLIANCE_REASON_CODES,
  COMPLIANCE_REASONS,
  type NamedBid,
  type ComplianceReason,
  type ComplianceReasonCode,
  type ComplianceReport,
  type ComponentDrift,
  type OfferedComponent,
  type PublicAttestationStatus,
  type RequirementCompliance,
  type Tender,
} from '@attesta/procurement';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsObject,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** The OCDS contract period a relied-on attestation must cover. */

/** Personnel competence rules, as tenders and conformity checks take them. */
function CompetenceRulesProperty() {
  return applyDecorators(
    ApiPropertyOptional({
      type: [CompetenceRuleDto],
      description:
        'Personnel competence rules: at least N people with an active certification matching scheme, level and scope, serving a market (optionally in a time zone); evaluated over the people assigned to the offering’s components',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    ValidateNested({ each: true }),
    Type(() => CompetenceRuleDto),
  );
}

/** Service-layer criteria (OCDS), as tenders and conformity checks take them; checked in depth by the service. */
function ServiceLevelCriteriaProperty() {
  return applyDecorators(
    ApiPropertyOptional({ type: [ServiceLevelCriterionDto], description: SERVICE_LEVEL_CRITERIA_DESCRIPTION }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(50),
    IsObject({ each: true }),
  );
}

export class ContractPeriodDto {
  @ApiProperty({ format: 'date', example: '2027-01-01' }) @IsISO8601({ strict: true }) startDate: string;
  @ApiProperty({ format: 'date', example: '2029-12-31' }) @IsISO8601({ strict: true }) endDate: string;
}

const REASON_CODES_DESCRIPTION = `Why a requirement is not (fully) met. The severity in brackets is the usual one. When the tender (or check) does not ask for accredited issuers, a lapse of the issuer's accreditation (suspended, withdrawn, expired) is a warning, and \`issuer_not_accredited\` and \`accreditation_out_of_scope\` are not reported (the attestation's \`issuerAccredited\` says whether it was). Codes:\n${COMPLIANCE_REASON_CODES.map((c) => `- \`${c}\` (${COMPLIANCE_REASONS[c].severity}): ${COMPLIANCE_REASONS[c].description}`).join('\n')}`;
/** A compared value: a date, version or code (string), a count (number) or a list of codes. */
function compared(description: string, example: string): ApiPropertyOptions {
  return {
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'array', items: { type: 'string' } }],
    nullable: true,
    description,
    example,
  } as ApiPropertyOptions;
}

export class ComplianceReasonDto implements ComplianceReason {
  @ApiProperty({
    enum: COMPLIANCE_REASON_CODES,
    enumName: 'ComplianceReasonCode',
    description: REASON_CODES_DESCRIPTION,
    example: 'component_version_mismatch',
  })
  code: ComplianceReasonCode;
  @ApiProperty({ enum: ['blocking', 'warning', 'info'], description: 'blocking: the requirement is not met; warning: met but flagged; info: for the reader' })
  severity: ComplianceReason['severity'];
  @ApiProperty({ example: 'Predictive maintenance SaaS is offered at 5.0.0; the attestation covers 4.2.0' }) message: string;
  @ApiPropertyOptional(compared('The value asked for (a date, version, count or list)', '4.2.0')) expected?: ComplianceReason['expected'];
  @ApiPropertyOptional(compared('The value found', '5.0.0')) actual?: ComplianceReason['actual'];
  @ApiPropertyOptional({ format: 'uuid', description: 'The component concerned, for component reasons' }) componentId?: string;
}

export class OfferedComponentDto implements OfferedComponent {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Predictive maintenance SaaS' }) name: string;
  @ApiProperty({ example: 'saas' }) kind: string;
  @ApiProperty({ example: '4.2.0' }) version: string;
}

export class ComponentDriftDto implements ComponentDrift {
  @ApiProperty({ format: 'uuid' }) componentId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'Version in the bid (null: added since)' }) offeredVersion: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'Version now (null: removed since)' }) currentVersion: string | null;
}

export class ComplianceBasisAttestationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['active', 'suspended', 'withdrawn', 'expired', 'superseded'] }) status: PublicAttestationStatus;
  @ApiProperty({ description: 'Status version of the attestation used' }) version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: "Last change of the issuer's accreditation used" }) accreditationUpdatedAt:
    string | null;
}

export class ComplianceBasisDto {
  @ApiProperty({ type: [ComplianceBasisAttestationDto] }) attestations: ComplianceBasisAttestationDto[];
}

export class FrameworkRequirementDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() frameworkId: string;
  @ApiProperty({ enum: ['conformant', 'conformant_with_conditions'] }) @IsIn(['conformant', 'conformant_with_conditions']) minimumOutcome:
    'conformant' | 'conformant_with_conditions';
}

/** A tender requirement: a framework, or (with `orRecognisedIn`) the framework or a recognised equivalent in a market. */
export class TenderFrameworkRequirementDto extends FrameworkRequirementDto {
  @ApiPropertyOptional({
    example: 'TH',
    description:
      'Also met by a recognised equivalent in this market (ISO 3166-1 alpha-2): an attestation for another scheme that a recognition rule of the market (the operator’s or the tender owner’s) accepts through an approved mapping collection, residual gaps listed; or a recognised foreign credential',
  })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'orRecognisedIn must be an ISO 3166-1 alpha-2 code' })
  orRecognisedIn?: string;
}

/** A conformity check's requirement: as a tender's, the rules counted being the operator's and the caller's. */
export class CheckFrameworkRequirementDto extends FrameworkRequirementDto {
  @ApiPropertyOptional({
    example: 'TH',
    description:
      'Also met by a recognised equivalent in this market (ISO 3166-1 alpha-2), as in a tender: an attestation for another scheme that a recognition rule of the market (the operator’s or your organization’s) accepts through an approved mapping collection, residual gaps listed; or a recognised foreign credential of the offering’s holder (read when your organization is a party to the offering or the offering is attested)',
  })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'orRecognisedIn must be an ISO 3166-1 alpha-2 code' })
  orRecognisedIn?: string;
}

export class CreateTenderDto {
  @ApiProperty({ example: 'ocds-tiepo1-2026-0042', description: 'OCDS open contracting id: ocds-<prefix>-<local id>' })
  @Matches(/^ocds-[a-z0-9]{6}-[A-Za-z0-9._-]{1,100}$/, { message: 'ocid must look like ocds-<6-char prefix>-<local id>' })
  ocid: string;
  @ApiProperty({ example: 'CNC machining centres with predictive maintenance, lot 2' }) @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @ApiProperty({ example: 'Thai Industrial Estate Procurement Office' }) @IsString() @IsNotEmpty() @MaxLength(300) buyer: string;
  @ApiProperty({ format: 'date-time' }) @Type(() => Date) @IsDate() deadline: Date;
  @ApiProperty({ type: [TenderFrameworkRequirementDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TenderFrameworkRequirementDto)
  requirements: TenderFrameworkRequirementDto[];
  @ApiProperty({ type: [String], example: ['TH'], description: 'ISO 3166-1 alpha-2 codes; at least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @Matches(/^[A-Za-z]{2}$/, { each: true })
  markets: string[];
  @ApiPropertyOptional({ example: 365, description: 'Oldest frozen evidence (days since its effective date) a relied-on attestation may rest on' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  maxEvidenceAgeDays?: number;
  @ApiPropertyOptional({ description: 'Only attestations by issuers with a verified accreditation covering them, at issue and now, count' })
  @IsOptional()
  @IsBoolean()
  accreditedIssuersOnly?: boolean;
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'Only attestations issued by these assessor organizations count; an unknown id or an organization that is not an assessor is refused (400 naming the entry)',
  })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  allowedIssuerIds?: string[];
  @ApiPropertyOptional({ type: ContractPeriodDto, description: 'OCDS contractPeriod: relied-on attestations must be valid throughout' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContractPeriodDto)
  contractPeriod?: ContractPeriodDto;
  @CompetenceRulesProperty()
  competenceRules?: CompetenceRuleDto[];
  @ServiceLevelCriteriaProperty()
  criteria?: Record<string, unknown>[];
}

export class TenderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The procurer' }) organizationId: string;
  @ApiProperty() ocid: string;
  @ApiProperty() title: string;
  @ApiProperty() buyer: string;
  @ApiProperty({ format: 'date-time' }) deadline: string;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: {
        frameworkId: { type: 'string' },
        frameworkCode: { type: 'string' },
        minimumOutcome: { type: 'string' },
        recognisedIn: { type: 'string', description: 'Also met by a recognised equivalent in this market' },
      },
    },
  })
  requirements: Tender['requirements'];
  @ApiProperty({ type: [String] }) markets: string[];
  @ApiProperty({ type: 'integer', nullable: true }) maxEvidenceAgeDays: number | null;
  @ApiProperty() accreditedIssuersOnly: boolean;
  @ApiProperty({ type: [String] }) allowedIssuerIds: string[];
  @ApiProperty({ type: ContractPeriodDto, nullable: true }) contractPeriod: ContractPeriodDto | null;
  @ApiProperty({ enum: ['open', 'closed'] }) status: 'open' | 'closed';
  @ApiProperty({ type: [CompetenceRuleDto] }) competenceRules: CompetenceRuleDto[];

  static from(t: Tender): TenderDto {
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
      contractPeriod: t.contractPeriod,
      status: t.deadline.getTime() > Date.now() ? 'open' : 'closed',
      competenceRules: t.competenceRules ?? [],
    };
  }
}

export class SubmitBidDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() offeringId: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Attestations of the offering the bid relies on' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  attestationIds: string[];
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
  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    example: 'Surveillance audit found the availability target no longer measured.',
    description: 'On bid reads: the reason recorded when the attestation was suspended or withdrawn (null otherwise)',
  })
  statusReason?: string | null;
}

export class RequirementComplianceDto implements RequirementCompliance {
  @ApiProperty({ format: 'uuid' }) frameworkId: string;
  @ApiProperty({ example: 'attesta-dser@1.0' }) frameworkCode: string;
  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    example: 'Digital service evidence requirements',
    description: "On bid reads: the framework's title (null if it cannot be read)",
  })
  frameworkTitle?: string | null;
  @ApiProperty({ enum: ['conformant', 'conformant_with_conditions'] }) minimumOutcome: RequirementCompliance['minimumOutcome'];
  @ApiProperty({ enum: ['met', 'not_met', 'expiring'] }) result: RequirementCompliance['result'];
  @ApiProperty({ type: AttestationRefDto, nullable: true }) attestation: RequirementCompliance['attestation'];
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Age in days of the oldest frozen evidence the attestation relied on (from its effective date)',
  })
  evidenceAgeDays: number | null;
  @ApiProperty({ type: [ComplianceReasonDto] }) reasons: ComplianceReasonDto[];
  @ApiPropertyOptional({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description:
      'For requirements with `recognisedIn`: the path that met it — `direct`, `mapping` (rule, mapping collection, source framework, residual gaps accepted) or `foreign_credential` — or null when none did',
    example: {
      kind: 'mapping',
      market: 'TH',
      rule: { id: '0197…', title: 'TH accepts DSER as ISO/IEC 20000-1 (illustrative)', illustrative: true, ownerOrganizationId: null },
      mappingCollection: { id: '0197…', code: 'dser-to-iso-20000-1', version: '2026-1', title: 'DSER to ISO/IEC 20000-1' },
      sourceFrameworkCode: 'attesta-dser@1.0',
      residualGaps: [{ ref: '8.7.1', title: 'Service availability management', status: 'unmapped', closeWith: 'Provide … for 8.7.1 and have it assessed.' }],
      foreignCredential: null,
    },
  })
  path?: RequirementCompliance['path'];
}

export class ComplianceReportDto implements ComplianceReport {
  @ApiProperty({ enum: ['compliant', 'compliant_expiring', 'non_compliant'] }) overall: ComplianceReport['overall'];
  @ApiProperty({ type: [RequirementComplianceDto] }) requirements: RequirementComplianceDto[];
  @ApiProperty({ type: [ComponentDriftDto], description: 'Live components that differ from the versions offered' }) drift: ComponentDriftDto[];
  @ApiProperty({ type: [ComplianceReasonDto], description: 'Report-wide information (component_drift)' }) notices: ComplianceReasonDto[];
  @ApiProperty({ format: 'date-time', description: 'When the report was computed; reads recompute it when a status it depends on changed since' })
  evaluatedAt: string;
  @ApiProperty({ type: ComplianceBasisDto, description: 'The attestation status and accreditation versions the report used' }) basis: ComplianceBasisDto;
  @ApiPropertyOptional({ type: [CompetenceRuleResultDto], description: 'Results of the personnel competence rules (absent when none were asked for)' })
  competence?: CompetenceRuleResultDto[];
  @ApiPropertyOptional({
    type: ServiceLevelReportDto,
    nullable: true,
    description: 'Service-level criteria matched per requirement (absent when none were asked for)',
  })
  serviceLevels?: ComplianceReport['serviceLevels'];
}

export class BidDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tenderId: string;
  @ApiProperty({ format: 'uuid', description: 'The supplier' }) organizationId: string;
  @ApiProperty({ format: 'uuid' }) offeringId: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'CNC-500 machining centre', description: "The offering's name (the procurer sees it too)" })
  offeringName: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) attestationIds: string[];
  @ApiProperty({ type: [OfferedComponentDto], description: "The offering's components as offered when the bid was placed" })
  offeredComponents: OfferedComponentDto[];
  @ApiProperty({ enum: ['submitted', 'withdrawn'] }) status: string;
  @ApiProperty({ type: ComplianceReportDto }) compliance: ComplianceReportDto;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;

  static from(b: NamedBid): BidDto {
    const { frameworkTitles, statusReasons } = b.names;
    return {
      id: b.id,
      tenderId: b.tenderId,
      organizationId: b.organizationId,
      offeringId: b.offeringId,
      offeringName: b.names.offeringName,
      attestationIds: b.attestationIds,
      offeredComponents: b.offeredComponents,
      status: b.status,
      compliance: {
        ...b.compliance,
        requirements: b.compliance.requirements.map((r) => ({
          ...r,
          frameworkTitle: frameworkTitles[r.frameworkId] ?? null,
          attestation: r.attestation ? { ...r.attestation, statusReason: statusReasons[r.attestation.id] ?? null } : null,
        })),
      },
      submittedAt: b.submittedAt.toISOString(),
    };
  }
}

export class ConformityCheckDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() offeringId: string;
  @ApiProperty({ type: [CheckFrameworkRequirementDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CheckFrameworkRequirementDto)
  requirements: CheckFrameworkRequirementDto[];
  @ApiProperty({ type: [String], example: ['TH', 'VN'], description: 'ISO 3166-1 alpha-2 codes; at least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @Matches(/^[A-Za-z]{2}$/, { each: true })
  markets: string[];
  @ApiPropertyOptional({ example: 365, description: 'Oldest frozen evidence (days since its effective date) an attestation may rest on' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  maxEvidenceAgeDays?: number;
  @ApiPropertyOptional({ description: 'Only issuers with a verified accreditation covering the attestation, at issue and now, count' })
  @IsOptional()
  @IsBoolean()
  accreditedIssuersOnly?: boolean;
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    example: ['0193f0a2-6c1e-7d3a-9b41-5f2e8c7a1d20'],
    description:
      "Only attestations issued by these assessor organizations count, as with a tender's `allowedIssuerIds` (reason `issuer_not_accepted`); an unknown id or an organization that is not an assessor is refused (400 naming the entry)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  allowedIssuerIds?: string[];
  @ApiPropertyOptional({ type: ContractPeriodDto, description: 'The attestation must be valid throughout' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContractPeriodDto)
  contractPeriod?: ContractPeriodDto;
  @CompetenceRulesProperty()
  competenceRules?: CompetenceRuleDto[];
  @ServiceLevelCriteriaProperty()
  criteria?: Record<string, unknown>[];
}
