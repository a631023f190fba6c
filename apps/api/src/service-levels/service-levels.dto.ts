import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SERVICE_CATEGORIES } from '@attesta/offerings';
import { AGGREGATIONS, OPERATORS, SERVICE_LEVEL_REASONS, UNIT_CODES, type ServiceLevelFindingDraft } from '@attesta/service-levels';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const REASON_CODES = Object.keys(SERVICE_LEVEL_REASONS);

/** A requirement's or an objective's value: a number in its unit, text, or a set of codes. */
const VALUE_SCHEMAS = [{ type: 'number' }, { type: 'string' }, { type: 'array', items: { type: 'string' } }];

/** On tenders and conformity checks. */
export const SERVICE_LEVEL_CRITERIA_DESCRIPTION =
  'Service-level criteria (OCDS requirements extension): criteria → requirement groups (any of) → requirements (all of), each bound to a metric and a service layer (component category) or to a framework attestation, with minValue / maxValue / expectedValue (or expectedValues with setOperator in / includes), unit, observationPeriod (ISO 8601, of some length: not P0D) and attestedOnly. Thresholds are quantities of their unit: a percentage lies between 0 and 100, a fraction between 0 and 1, a time is not negative. Validated by the service: each bad field is named (criteria[0].requirementGroups[1].requirements[0].unit …).';

// ── Metrics ──

export class MetricDto {
  @ApiProperty({ example: 'availability', description: 'Key used in objectives, criteria and measurement paths' }) key: string;
  @ApiProperty({ example: 'urn:attesta:service-level-metric:availability', description: 'Metric identifier (URI), ISO/IEC 19086-2' }) id: string;
  @ApiProperty({ example: 'Service availability' }) name: string;
  @ApiProperty() definition: string;
  @ApiProperty({ enum: ['number', 'set', 'text'] }) valueType: string;
  @ApiProperty({ enum: UNIT_CODES, nullable: true, description: 'UN/ECE Recommendation 20 unit code' }) unit: string | null;
  @ApiProperty({ type: String, nullable: true, example: '(period - downtime) / period * 100' }) expression: string | null;
  @ApiProperty({ type: [String] }) parameters: string[];
  @ApiProperty({ type: [String], example: ['Scheduled maintenance announced at least 72 h ahead is excluded from downtime.'] }) rules: string[];
  @ApiProperty({ type: [String] }) underlyingMetrics: string[];
  @ApiProperty({ type: Boolean, nullable: true, description: 'Absent for set and text metrics' }) higherIsBetter: boolean | null;
  @ApiProperty() builtIn: boolean;
}

export class MetricListDto {
  @ApiProperty({ type: [MetricDto] }) data: MetricDto[];
}

export class CreateMetricDto {
  @ApiProperty({ example: 'spindle_telemetry_latency' })
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'key must be snake_case, 2 to 64 characters' })
  key: string;
  @ApiPropertyOptional({ example: 'https://metrics.example.com/spindle-telemetry-latency' }) @IsOptional() @IsString() @MaxLength(500) uri?: string;
  @ApiProperty({ example: 'Spindle telemetry latency' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ example: 'Time from a spindle sensor reading to its arrival in the predictive-maintenance service.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  definition: string;
  @ApiProperty({ enum: ['number', 'set', 'text'] }) @IsIn(['number', 'set', 'text']) valueType: 'number' | 'set' | 'text';
  @ApiPropertyOptional({ enum: UNIT_CODES, example: 'SEC' }) @IsOptional() @IsString() unit?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) expression?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) parameters?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) rules?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) underlyingMetrics?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() higherIsBetter?: boolean;
}

// ── Profiles ──

export class ObjectiveInputDto {
  @ApiProperty({ example: 'availability', description: 'A built-in or your own metric key' }) metric: string;
  @ApiProperty({ enum: OPERATORS, example: '>=' }) operator: string;
  @ApiProperty({
    oneOf: VALUE_SCHEMAS,
    example: 99.9,
    description: 'A number in the unit (a percentage between 0 and 100, a fraction between 0 and 1, a time not negative), text, or a set of codes',
  })
  target: unknown;
  @ApiPropertyOptional({ enum: UNIT_CODES, description: "Defaults to the metric's unit" }) unit?: string | null;
  @ApiPropertyOptional({ example: 'P1M', description: 'Observation period, an ISO 8601 duration of some length (default P1M; P0D is refused)' })
  period?: string;
  @ApiPropertyOptional({
    enum: AGGREGATIONS,
    description:
      'How the windows of a period make its value (default mean; max for a ≤ objective on a lower-is-better metric). One that judges a period by its best windows is refused (422): max or p95 for ≥, min for ≤',
  })
  aggregation?: string;
  @ApiPropertyOptional({
    example: 0.1,
    description: 'How far a measured period may miss the target before a breach opens a finding draft, in the unit (≥ 0; a percentage at most 100)',
  })
  tolerance?: number;
  @ApiPropertyOptional({ type: String, example: 'PCB-AOI-2026-holdout', description: 'Model metrics: the named validation set' }) validationSet?: string | null;
  @ApiPropertyOptional({ type: String }) note?: string | null;
}

export class ObjectiveDto extends ObjectiveInputDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: AGGREGATIONS, required: true }) declare aggregation: string;
  @ApiProperty({ required: true }) declare period: string;
  @ApiProperty({ required: true }) declare tolerance: number;
  // A stored objective carries every field (an input left out is null, not absent); `required` overrides the input's optional.
  @ApiProperty({ enum: UNIT_CODES, nullable: true, required: true, description: "The metric's unit unless the objective named one" }) declare unit:
    string | null;
  @ApiProperty({ type: String, nullable: true, required: true, example: 'PCB-AOI-2026-holdout', description: 'Model metrics: the named validation set' })
  declare validationSet: string | null;
  @ApiProperty({ type: String, nullable: true, required: true }) declare note: string | null;
}

export class SlaDocumentDto {
  @ApiProperty({ example: 'PredictCare SaaS service level agreement v3' }) @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @ApiPropertyOptional({ example: 'https://predictcare.example/sla-v3.pdf' }) @IsOptional() @IsString() @MaxLength(2000) uri?: string;
  @ApiPropertyOptional({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/)
  sha256?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The evidence item holding the document' })
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/i)
  evidenceId?: string;
}

export class CreateProfileDto {
  @ApiProperty({ type: [ObjectiveInputDto], description: 'Validated by the service: each bad field is named (objectives[0].period …)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  objectives: Record<string, unknown>[];
  @ApiPropertyOptional({ type: [SlaDocumentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SlaDocumentDto)
  slaDocuments?: SlaDocumentDto[];
}

export class ProfileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) offeringId: string;
  @ApiProperty({ format: 'uuid' }) componentId: string;
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ type: [ObjectiveDto] }) objectives: ObjectiveDto[];
  @ApiProperty({ type: [SlaDocumentDto] }) slaDocuments: SlaDocumentDto[];
  @ApiProperty() createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ProfileListDto {
  @ApiProperty({ type: [ProfileDto], description: 'Newest version first' }) data: ProfileDto[];
}

// ── Measurements ──

export class MeasurementWindowDto {
  @ApiProperty({ format: 'date-time', example: '2026-11-01T00:00:00Z' }) @IsString() periodStart: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-02T00:00:00Z' }) @IsString() periodEnd: string;
  @ApiProperty({ example: 99.97, description: "In the metric's unit (availability in P1, time_to_restore in HUR …), whatever unit an objective states" })
  @IsNumber()
  value: number;
  @ApiPropertyOptional({ example: 1440 }) @IsOptional() @IsInt() @Min(0) sampleCount?: number;
  @ApiPropertyOptional({ example: 'prometheus-blackbox' }) @IsOptional() @IsString() @MaxLength(200) source?: string;
}

export class RecordMeasurementsDto {
  @ApiProperty({ type: [MeasurementWindowDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => MeasurementWindowDto)
  measurements: MeasurementWindowDto[];
}

export class MeasurementsCsvDto {
  @ApiProperty({
    example: 'periodStart,periodEnd,value,sampleCount,source\n2026-11-01T00:00:00Z,2026-11-02T00:00:00Z,99.97,1440,prometheus',
    description: 'CSV with a header naming periodStart, periodEnd, value (sampleCount and source optional)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200_000)
  csv: string;
}

export class PeriodAttainmentDto {
  @ApiProperty({ format: 'date-time' }) periodStart: string;
  @ApiProperty({ format: 'date-time' }) periodEnd: string;
  @ApiProperty({
    example: 99.93,
    description: "The objective's aggregation of the windows, in the objective's unit (windows in another unit of the metric converted)",
  })
  value: number;
  @ApiProperty() windows: number;
  @ApiProperty({ enum: ['met', 'not_met'] }) result: string;
  @ApiProperty({ type: Number, nullable: true, example: 0.03 }) margin: number | null;
  @ApiProperty({ description: 'Missed by more than the tolerance' }) breach: boolean;
}

export class MeasurementResultDto {
  @ApiProperty({ example: 30 }) stored: number;
  @ApiProperty({ example: 0, description: 'Windows already stored with the same value (idempotent)' }) unchanged: number;
  @ApiProperty({ type: [PeriodAttainmentDto] }) attainment: PeriodAttainmentDto[];
  @ApiProperty({ example: 1 }) findingsOpened: number;
  @ApiProperty({ example: 1 }) bidsAtRisk: number;
}

export class MeasuredWindowDto {
  @ApiProperty({ format: 'date-time' }) periodStart: string;
  @ApiProperty({ format: 'date-time' }) periodEnd: string;
  @ApiProperty() value: number;
  @ApiProperty({ type: String, nullable: true, example: 'HUR', description: "The metric's unit (UN/ECE Rec 20), which the value is in" }) unit: string | null;
  @ApiProperty() sampleCount: number;
}

export class AttainmentDto {
  @ApiProperty({ type: ObjectiveDto, nullable: true }) objective: ObjectiveDto | null;
  @ApiProperty({ type: [MeasuredWindowDto] }) windows: MeasuredWindowDto[];
  @ApiProperty({ type: [PeriodAttainmentDto] }) periods: PeriodAttainmentDto[];
}

// ── Submissions ──

export class SubmissionObjectiveDto {
  @ApiProperty({ format: 'uuid' }) objectiveId: string;
  @ApiProperty({ format: 'uuid' }) componentId: string;
  @ApiProperty({ format: 'uuid' }) profileId: string;
  @ApiProperty() profileVersion: number;
  @ApiProperty({ type: ObjectiveDto }) objective: ObjectiveDto;
  @ApiProperty({ enum: ['pending', 'attested', 'rejected'] }) verdict: string;
  @ApiProperty({ type: String, nullable: true }) assessedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) assessorOrganizationId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) assessedAt: string | null;
  @ApiProperty() note: string;
}

export class SubmissionObjectiveListDto {
  @ApiProperty({ type: [SubmissionObjectiveDto] }) data: SubmissionObjectiveDto[];
}

export class JudgeObjectiveDto {
  @ApiProperty({ enum: ['attested', 'rejected'] }) @IsIn(['attested', 'rejected']) verdict: 'attested' | 'rejected';
  @ApiPropertyOptional({ example: 'Monitoring exports for 12 months reviewed; maintenance exclusions match the SLA.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

// ── Criteria and reports ──

export class ServiceLevelRequirementDto {
  @ApiProperty({ example: 'req-availability' }) id: string;
  @ApiPropertyOptional({ example: 'Monthly availability of the predictive-maintenance SaaS' }) title?: string;
  @ApiPropertyOptional({ enum: ['number', 'string'] }) dataType?: string;
  @ApiPropertyOptional({ example: 'availability', description: 'Metric key (or frameworkId for an attestation requirement)' }) metric?: string;
  @ApiPropertyOptional({ enum: SERVICE_CATEGORIES, example: 'predictive_maintenance', description: 'Service layer: the component category' })
  serviceLayer?: string;
  @ApiPropertyOptional({ format: 'uuid' }) frameworkId?: string;
  @ApiPropertyOptional({ example: 99.5 }) minValue?: number;
  @ApiPropertyOptional() maxValue?: number;
  @ApiPropertyOptional({ oneOf: [{ type: 'number' }, { type: 'string' }] }) expectedValue?: number | string;
  @ApiPropertyOptional({ type: [String], example: ['TH'] }) expectedValues?: string[];
  @ApiPropertyOptional({ enum: ['in', 'includes'] }) setOperator?: string;
  @ApiPropertyOptional({ enum: UNIT_CODES }) unit?: string;
  @ApiPropertyOptional({ example: 'P1M' }) observationPeriod?: string;
  @ApiPropertyOptional({ description: 'Only attested values meet it' }) attestedOnly?: boolean;
}

export class RequirementGroupDto {
  @ApiProperty({ example: 'g-hosted' }) id: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ type: [ServiceLevelRequirementDto], description: 'All must be met' }) requirements: ServiceLevelRequirementDto[];
}

export class ServiceLevelCriterionDto {
  @ApiProperty({ example: 'crit-predictive-maintenance' }) id: string;
  @ApiPropertyOptional() title?: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ type: [RequirementGroupDto], description: 'Any one met meets the criterion' }) requirementGroups: RequirementGroupDto[];
}

export class ServiceLevelReasonDto {
  @ApiProperty({ enum: REASON_CODES }) code: string;
  @ApiProperty({ enum: ['blocking', 'warning'] }) severity: string;
  @ApiProperty() message: string;
  @ApiPropertyOptional({ nullable: true, oneOf: VALUE_SCHEMAS }) expected?: unknown;
  @ApiPropertyOptional({ nullable: true, oneOf: VALUE_SCHEMAS }) actual?: unknown;
}

export class AtRiskDto {
  @ApiProperty({ format: 'uuid' }) componentId: string;
  @ApiProperty({ format: 'uuid' }) objectiveId: string;
  @ApiProperty() metric: string;
  @ApiProperty({ example: 99.1 }) measured: number;
  @ApiProperty({ nullable: true, enum: UNIT_CODES }) unit: string | null;
  @ApiProperty({ format: 'date-time' }) periodStart: string;
  @ApiProperty({ format: 'date-time' }) periodEnd: string;
}

export class RequirementMatchDto {
  @ApiProperty() requirementId: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) metric: string | null;
  @ApiProperty({ type: String, nullable: true }) serviceLayer: string | null;
  @ApiProperty({ enum: ['met', 'not_met', 'unknown'] }) result: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.45,
    description: 'Headroom in the requirement unit (percentage points for percent); negative: short of it',
  })
  margin: number | null;
  @ApiProperty({ nullable: true, enum: UNIT_CODES }) marginUnit: string | null;
  @ApiProperty({ nullable: true, oneOf: VALUE_SCHEMAS }) value: unknown;
  @ApiProperty({ nullable: true, enum: ['attested', 'declared', 'measured'] }) source: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) componentId: string | null;
  @ApiProperty({ type: AtRiskDto, nullable: true }) atRisk: AtRiskDto | null;
  @ApiProperty({ type: [ServiceLevelReasonDto] }) reasons: ServiceLevelReasonDto[];
}

export class GroupMatchDto {
  @ApiProperty() groupId: string;
  @ApiProperty({ enum: ['met', 'not_met', 'unknown'] }) result: string;
  @ApiProperty({ type: [RequirementMatchDto] }) requirements: RequirementMatchDto[];
}

export class CriterionMatchDto {
  @ApiProperty() criterionId: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ enum: ['met', 'not_met', 'unknown'] }) result: string;
  @ApiProperty({ type: String, nullable: true }) metByGroup: string | null;
  @ApiProperty({ type: [GroupMatchDto] }) groups: GroupMatchDto[];
}

export class ServiceLevelReportDto {
  @ApiProperty({ enum: ['met', 'not_met', 'unknown'] }) result: string;
  @ApiProperty({ description: 'A relied-on objective is breached by measurements within the evidence age' }) atRisk: boolean;
  @ApiProperty({ type: [CriterionMatchDto] }) criteria: CriterionMatchDto[];
}

export class RequirementRefDto {
  @ApiProperty({ example: 'req-availability' }) id: string;
  @ApiPropertyOptional({ example: 'Monthly availability of the predictive-maintenance SaaS' }) title?: string;
}

export class RequirementResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: RequirementRefDto }) requirement: RequirementRefDto;
  @ApiProperty({ nullable: true, oneOf: VALUE_SCHEMAS }) value: unknown;
  @ApiProperty({ nullable: true, enum: UNIT_CODES }) unit: string | null;
  @ApiProperty({ nullable: true, enum: ['attested', 'declared', 'measured'] }) source: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) componentId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) objectiveId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) attestationId: string | null;
}

export class BidServiceLevelsDto {
  @ApiProperty({ format: 'uuid' }) bidId: string;
  @ApiProperty({ type: [RequirementResponseDto], description: 'OCDS requirementResponses, filled from the attested (else declared) profile' })
  requirementResponses: RequirementResponseDto[];
  @ApiProperty({ type: ServiceLevelReportDto }) report: ServiceLevelReportDto;
  @ApiProperty({ type: [AtRiskDto] }) atRisk: AtRiskDto[];
  @ApiProperty({ format: 'date-time' }) computedAt: string;
}

export class FindingTargetDto {
  @ApiProperty({ enum: OPERATORS, example: '>=' }) operator: string;
  @ApiProperty({ oneOf: VALUE_SCHEMAS, example: 99.9 }) value: unknown;
  @ApiProperty({ enum: UNIT_CODES, nullable: true, example: 'P1' }) unit: string | null;
  @ApiProperty({ example: 0.2 }) tolerance: number;
}

export class FindingDraftDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assessorOrganizationId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) submissionId: string | null;
  @ApiProperty({ format: 'uuid' }) componentId: string;
  @ApiProperty({ format: 'uuid' }) objectiveId: string;
  @ApiProperty() metric: string;
  @ApiProperty({ format: 'date-time' }) periodStart: string;
  @ApiProperty({ format: 'date-time' }) periodEnd: string;
  @ApiProperty() measured: number;
  @ApiProperty({ type: FindingTargetDto, description: 'The objective as it stood when the breach was measured' }) target: FindingTargetDto;
  @ApiProperty({ enum: ['draft'] }) status: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(f: ServiceLevelFindingDraft): FindingDraftDto {
    return {
      ...f,
      periodStart: f.periodStart.toISOString(),
      periodEnd: f.periodEnd.toISOString(),
      createdAt: f.createdAt.toISOString(),
    };
  }
}

export class FindingDraftListDto {
  @ApiProperty({ type: [FindingDraftDto] }) data: FindingDraftDto[];
}

export class OcdsBuyerDto {
  @ApiProperty({ example: 'Thai Industrial Estate Procurement Office' }) name: string;
}

export class OcdsReleaseDto {
  @ApiProperty({ example: 'ocds-tiepo1-2026-0042' }) ocid: string;
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) date: string;
  @ApiProperty({ type: [String], example: ['tender'] }) tag: string[];
  @ApiProperty({ example: 'tender' }) initiationType: string;
  @ApiProperty({ type: OcdsBuyerDto }) buyer: OcdsBuyerDto;
  @ApiProperty({ description: 'OCDS tender with `criteria` (requirements extension)' }) tender: Record<string, unknown>;
}
