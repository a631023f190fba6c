import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@attesta/core';
import {
  DECISION_OUTCOMES,
  FINDING_SEVERITIES,
  SUBMISSION_STATUSES,
  VERDICT_OUTCOMES,
  type DecisionOutcome,
  type DecisionReadiness,
  type DecisionReadinessView,
  type DecisionView,
  type DecisionViewStatus,
  type EntryProof,
  type FindingDetail,
  type Finding,
  type FindingResponse,
  type FindingSeverity,
  type FindingStatus,
  type ManifestVerification,
  type ReviewComment,
  type SubmissionEntry,
  type SubmissionStatus,
  type SubmissionView,
  type Verdict,
  type VerdictOutcome,
} from '@attesta/reviews';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class SubmissionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['desc', 'asc'], default: 'desc', description: 'desc: newest submission first (the default); asc: by number from 1' })
  @IsOptional()
  @IsIn(['desc', 'asc'])
  order?: 'desc' | 'asc';
}

export class SubmitDto {
  @ApiPropertyOptional({ example: 'Second round: SLA v4 and the new failure-response protocol address findings 1 and 2.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

export class ManifestComponentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'PredictCare' }) name: string;
  @ApiProperty({ example: 'saas' }) kind: string;
  @ApiProperty({ example: '4.2.0' }) version: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) providerOrganizationId: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'predictive_maintenance' }) serviceCategory: string | null;
}

export class ManifestDto {
  @ApiProperty({
    example: 'attesta.submission-manifest/2',
    description: 'Format 2 freezes the components and evidence dates; format 1 manifests are still verified',
  })
  format: string;
  @ApiProperty({ description: 'Hex SHA-256 over the RFC 8785 canonical JSON of the whole manifest', example: '3f0a…' }) digest: string;
  @ApiProperty({ description: "Hex RFC 9162 Merkle tree head over the entries' leaf hashes" }) merkleRoot: string;
  @ApiProperty({ example: 42 }) entryCount: number;
  @ApiProperty({
    type: [ManifestComponentDto],
    nullable: true,
    description: 'Every component of the offering as submitted (covered by the digest); null for format 1',
  })
  components: ManifestComponentDto[] | null;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
}

export class SubmissionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) workspaceId: string;
  @ApiProperty({ example: 2, description: '1, 2, 3 … per workspace' }) number: number;
  @ApiProperty({ enum: SUBMISSION_STATUSES }) status: SubmissionStatus;
  @ApiProperty({ description: 'Row version, also the ETag' }) version: number;
  @ApiProperty() submittedBy: string;
  @ApiProperty() note: string;
  @ApiProperty({ type: ManifestDto }) manifest: ManifestDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { satisfied: 12, needs_information: 1 },
    description: 'Verdicts so far, by outcome',
  })
  verdicts: Record<string, number>;
  @ApiProperty({ description: 'Open or responded findings tracked on this submission' }) openFindings: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(v: SubmissionView): SubmissionDto {
    const s = v.submission;
    const m = v.manifest;
    return {
      id: s.id,
      workspaceId: s.workspaceId,
      number: s.number,
      status: s.status,
      version: s.version,
      submittedBy: s.submittedBy,
      note: s.note,
      manifest: {
        format: m.format,
        digest: m.digest,
        merkleRoot: m.merkleRoot,
        entryCount: m.entryCount,
        components: m.components,
        submittedAt: m.submittedAt.toISOString(),
      },
      verdicts: v.verdicts,
      openFindings: v.openFindings,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}

export class ManifestEvidenceDto {
  @ApiProperty({ format: 'uuid' }) evidenceId: string;
  @ApiProperty({ format: 'uuid', description: 'Download it under …/submissions/{number}/evidence/{versionId}/content' }) versionId: string;
  @ApiProperty() versionNumber: number;
  @ApiProperty() type: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) componentId: string | null;
  @ApiProperty() filename: string;
  @ApiProperty() mediaType: string;
  @ApiProperty() size: number;
  @ApiProperty() sha256: string;
  @ApiProperty() uploadedBy: string;
  @ApiProperty({ format: 'uuid' }) uploadedByOrganizationId: string;
  @ApiPropertyOptional({ format: 'date', description: "The evidence item's effective date at submission (format 2)" }) effectiveDate?: string;
  @ApiPropertyOptional({ type: 'string', format: 'date', nullable: true, description: "The evidence item's valid-until at submission (format 2)" })
  validUntil?: string | null;
}

export class ManifestEntryDto {
  @ApiProperty({ format: 'uuid' }) requirementId: string;
  @ApiProperty({ format: 'uuid' }) frameworkId: string;
  @ApiProperty({ example: 'DSER-2.1' }) ref: string;
  @ApiProperty({ type: [ManifestEvidenceDto] }) evidence: ManifestEvidenceDto[];
}

export class SubmissionEntryDto {
  @ApiProperty({ description: '0-based leaf index' }) position: number;
  @ApiProperty({ description: 'Hex SHA-256(0x00 ‖ RFC 8785 JSON of `entry`)' }) leafHash: string;
  @ApiProperty({ type: ManifestEntryDto }) entry: ManifestEntryDto;

  static from(e: SubmissionEntry): SubmissionEntryDto {
    return { position: e.position, leafHash: e.leafHash, entry: e.content };
  }
}

export class EntryProofDto implements EntryProof {
  @ApiProperty() submissionNumber: number;
  @ApiProperty({ description: 'The manifest digest' }) digest: string;
  @ApiProperty({ type: ManifestEntryDto, description: 'The entry proven' }) entry: ManifestEntryDto;
  @ApiProperty({
    example: 'RFC 9162 §2.1 Merkle inclusion proof, SHA-256; leaf = SHA-256(0x00 ‖ RFC 8785 JSON of the entry), node = SHA-256(0x01 ‖ left ‖ right)',
  })
  algorithm: string;
  @ApiProperty() leafIndex: number;
  @ApiProperty() treeSize: number;
  @ApiProperty() leafHash: string;
  @ApiProperty({ type: [String], description: 'Sibling hashes from the leaf up (RFC 9162 §2.1.3 audit path)' }) auditPath: string[];
  @ApiProperty() merkleRoot: string;
}

class HashCheckDto {
  @ApiProperty() recorded: string;
  @ApiProperty() recomputed: string;
  @ApiProperty() matches: boolean;
}
class CountCheckDto {
  @ApiProperty() recorded: number;
  @ApiProperty() found: number;
}
class AuditCheckDto {
  @ApiProperty() found: boolean;
  @ApiProperty({ type: 'string', nullable: true }) digest: string | null;
  @ApiProperty() matches: boolean;
}
class BrokenEntryDto {
  @ApiProperty() position: number;
  @ApiProperty({ format: 'uuid' }) requirementId: string;
  @ApiProperty({ enum: ['leaf_hash_mismatch', 'position_gap'] }) reason: 'leaf_hash_mismatch' | 'position_gap';
  @ApiProperty() recordedLeafHash: string;
  @ApiProperty() recomputedLeafHash: string;
}

export class ManifestVerificationDto implements ManifestVerification {
  @ApiProperty() valid: boolean;
  @ApiProperty() submissionNumber: number;
  @ApiProperty({ format: 'date-time' }) checkedAt: string;
  @ApiProperty({ type: CountCheckDto }) entries: CountCheckDto;
  @ApiProperty({ type: HashCheckDto }) digest: HashCheckDto;
  @ApiProperty({ type: HashCheckDto }) merkleRoot: HashCheckDto;
  @ApiProperty({ type: AuditCheckDto, description: 'The digest as the hash-chained audit log recorded it' }) auditRecord: AuditCheckDto;
  @ApiProperty({ type: [BrokenEntryDto] }) brokenEntries: BrokenEntryDto[];
}

export class TransitionDto {
  @ApiProperty({ enum: ['in_review', 'changes_requested'], description: 'submitted → in_review → changes_requested; `decided` comes with a decision' })
  @IsIn(SUBMISSION_STATUSES)
  status: SubmissionStatus;
}

export class VerdictInputDto {
  @ApiProperty({ enum: VERDICT_OUTCOMES, example: 'satisfied' }) @IsIn(VERDICT_OUTCOMES) outcome: VerdictOutcome;
  @ApiPropertyOptional({ example: 'SLA section 4 states and measures the availability target.' }) @IsOptional() @IsString() @MaxLength(4000) comment?: string;
}

export class VerdictDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) requirementId: string;
  @ApiProperty({ enum: VERDICT_OUTCOMES }) outcome: VerdictOutcome;
  @ApiProperty() comment: string;
  @ApiProperty({ description: 'Also the ETag' }) version: number;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'uuid', description: 'The assessor organization' }) organizationId: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(v: Verdict): VerdictDto {
    return {
      id: v.id,
      requirementId: v.requirementId,
      outcome: v.outcome,
      comment: v.comment,
      version: v.version,
      recordedBy: v.recordedBy,
      organizationId: v.organizationId,
      updatedAt: v.updatedAt.toISOString(),
    };
  }
}

export class FindingInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() requirementId: string;
  @ApiProperty({ enum: FINDING_SEVERITIES, example: 'minor_nonconformity' }) @IsIn(FINDING_SEVERITIES) severity: FindingSeverity;
  @ApiProperty({ example: 'Failure-response protocol has no escalation time for P1 incidents' }) @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(8000) description?: string;
  @ApiPropertyOptional({ type: 'string', format: 'date', nullable: true, example: '2026-12-31' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsISO8601({ strict: true })
  dueDate?: string | null;
}

export class SubmissionEntryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    type: 'boolean',
    example: false,
    description:
      'false: only requirements without a verdict yet (what is left to judge); true: only judged ones; absent: all. ' +
      'Still in leaf order with keyset cursors, so an entry judged while paging is neither skipped nor repeated.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  judged?: boolean;
}

export class FindingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'responded', 'closed'] }) @IsOptional() @IsIn(['open', 'responded', 'closed']) status?: FindingStatus;
  @ApiPropertyOptional({ enum: FINDING_SEVERITIES }) @IsOptional() @IsIn(FINDING_SEVERITIES) severity?: FindingSeverity;
}

export class FindingResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['corrective_action', 'accepted', 'rejected'] }) kind: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: [String], format: 'uuid' }) evidenceVersionIds: string[];
  @ApiProperty() author: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(r: FindingResponse): FindingResponseDto {
    return {
      id: r.id,
      kind: r.kind,
      text: r.text,
      evidenceVersionIds: r.evidenceVersionIds,
      author: r.author,
      organizationId: r.organizationId,
      createdAt: r.createdAt.toISOString(),
    };
  }
}

export class FindingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) requirementId: string;
  @ApiProperty({ enum: FINDING_SEVERITIES }) severity: FindingSeverity;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) dueDate: string | null;
  @ApiProperty({ enum: ['open', 'responded', 'closed'] }) status: FindingStatus;
  @ApiProperty({ format: 'uuid', description: 'The submission it is tracked on (moves to a resubmission while open)' }) submissionId: string;
  @ApiProperty({ format: 'uuid' }) raisedInSubmissionId: string;
  @ApiProperty() raisedBy: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) closedAt: string | null;

  static from(f: Finding): FindingDto {
    return {
      id: f.id,
      requirementId: f.requirementId,
      severity: f.severity,
      title: f.title,
      description: f.description,
      dueDate: f.dueDate,
      status: f.status,
      submissionId: f.submissionId,
      raisedInSubmissionId: f.raisedInSubmissionId,
      raisedBy: f.raisedBy,
      version: f.version,
      createdAt: f.createdAt.toISOString(),
      closedAt: f.closedAt?.toISOString() ?? null,
    };
  }
}

export class FindingDetailDto extends FindingDto {
  @ApiProperty({ description: 'Number of the submission it is tracked on' }) submissionNumber: number;
  @ApiProperty({ type: [FindingResponseDto], description: 'Oldest first' }) responses: FindingResponseDto[];

  static fromDetail(d: FindingDetail): FindingDetailDto {
    return { ...FindingDto.from(d.finding), submissionNumber: d.submissionNumber, responses: d.responses.map(FindingResponseDto.from) };
  }
}

export class FindingAnswerDto {
  @ApiProperty({ example: 'Escalation within 30 minutes added to section 3; see protocol v2.' }) @IsString() @IsNotEmpty() @MaxLength(8000) text: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Evidence versions the corrective action cites' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  evidenceVersionIds?: string[];
}

export class FindingReviewDto {
  @ApiProperty({ enum: ['accept', 'reject'], description: 'accept closes the finding; reject opens it again' }) @IsIn(['accept', 'reject']) decision:
    'accept' | 'reject';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(8000) comment?: string;
}

export class CommentInputDto {
  @ApiProperty({ example: 'Which measurement window does the 99.9 % refer to?' }) @IsString() @IsNotEmpty() @MaxLength(8000) body: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The comment this answers' }) @IsOptional() @IsUUID() parentId?: string;
}

export class CommentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) requirementId: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) parentId: string | null;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() author: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(c: ReviewComment): CommentDto {
    return {
      id: c.id,
      requirementId: c.requirementId,
      parentId: c.parentId,
      organizationId: c.organizationId,
      author: c.author,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
    };
  }
}

export class DecisionScopeInputDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'Frameworks the decision covers: a subset of the frameworks the submission froze requirements of (default: all of them). Anything else — a framework the workspace took on after the submission included — is 422 naming `scope.frameworkIds`.',
    example: ['0192f3a4-7c1e-7000-8000-000000000001'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  frameworkIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    description:
      "ISO 3166-1 alpha-2 markets the decision covers: a subset of the workspace's target markets (default: all of them). Anything else is 422 naming `scope.markets`.",
    example: ['TH', 'VN'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @Matches(/^[A-Za-z]{2}$/, { each: true })
  markets?: string[];
}

export class DecisionConditionInputDto {
  @ApiProperty({ example: "Renew the remote technicians' training records" }) @IsString() @IsNotEmpty() @MaxLength(2000) text: string;
  @ApiProperty({ format: 'date', example: '2027-03-31', description: 'By when the condition must be met (required).' })
  @IsISO8601({ strict: true })
  dueDate: string;
  @ApiProperty({
    format: 'uuid',
    description: "The finding of this workspace the condition rests on; it covers a not_satisfied / needs_information verdict on that finding's requirement.",
  })
  @IsUUID()
  findingId: string;
}

export class CompatibleRangeInputDto {
  @ApiProperty({ format: 'uuid', description: 'A component frozen in the submission manifest' }) @IsUUID() componentId: string;
  @ApiProperty({ example: '>=4.2.0 <4.3.0', description: 'A semver range that includes the assessed version; versions in it count as assessed.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  range: string;
}

export class DecisionInputDto {
  @ApiProperty({ enum: DECISION_OUTCOMES, example: 'conformant' }) @IsIn(DECISION_OUTCOMES) outcome: DecisionOutcome;
  @ApiProperty({ example: 'VMC-850 rev C with predictive maintenance SaaS 4.2.0, service layers as operated from the EU region' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  scopeStatement: string;
  @ApiProperty({
    format: 'date',
    example: '2026-12-01',
    description:
      'A positive decision is valid only from when all the evidence it rests on (in-scope entries not judged not applicable) is in effect: an earlier date is 400 `reviews.invalid_dates` naming `validFrom`, with `evidenceInEffectFrom`; so is a date before the day the submission was frozen (with `submittedOn`: no backdating), and a date after the earliest valid-until of that evidence (with `evidenceValidUntil`)',
  })
  @IsISO8601({ strict: true })
  validFrom: string;
  @ApiProperty({ format: 'date', example: '2029-11-30' }) @IsISO8601({ strict: true }) validUntil: string;
  @ApiPropertyOptional({
    type: DecisionScopeInputDto,
    description:
      "What the decision covers (default: the frameworks the submission froze and the workspace's target markets). The attestation claims exactly this.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DecisionScopeInputDto)
  scope?: DecisionScopeInputDto;

  @ApiPropertyOptional({
    type: [DecisionConditionInputDto],
    description: 'conformant_with_conditions only, and required there: text, due date and the finding each condition rests on.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DecisionConditionInputDto)
  conditions?: DecisionConditionInputDto[];

  @ApiPropertyOptional({
    type: [CompatibleRangeInputDto],
    description:
      'Per frozen component, the version range the assessor accepts as compatible (semver). Invalid ranges, ranges excluding the assessed version or unknown components are 422.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CompatibleRangeInputDto)
  compatibleRanges?: CompatibleRangeInputDto[];
}

export class DecisionScopeDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Frameworks the decision covers', example: ['0192f3a4-7c1e-7000-8000-000000000001'] })
  frameworkIds: string[];
  @ApiProperty({ type: [String], description: 'ISO 3166-1 alpha-2 markets the decision covers', example: ['TH', 'VN'] }) markets: string[];
}

export class DecisionConditionDto {
  @ApiProperty({ example: "Renew the remote technicians' training records" }) text: string;
  @ApiProperty({
    type: 'string',
    format: 'date',
    nullable: true,
    example: '2027-03-31',
    description: 'Null only on decisions recorded before conditions were structured',
  })
  dueDate: string | null;
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The finding the condition rests on; null only on decisions recorded before conditions were structured',
  })
  findingId: string | null;
}

export class CompatibleRangeDto {
  @ApiProperty({ format: 'uuid' }) componentId: string;
  @ApiProperty({ example: '>=4.2.0 <4.3.0' }) range: string;
}

class ReadinessRequirementDto {
  @ApiProperty({ format: 'uuid' }) requirementId: string;
  @ApiProperty({ example: 'DSER-2.1' }) ref: string;
  @ApiProperty({ format: 'uuid' }) frameworkId: string;
}

class ReadinessRequirementsDto {
  @ApiProperty({ example: 3 }) count: number;
  @ApiProperty({ type: [ReadinessRequirementDto], description: 'The first ten, in manifest order' }) first: ReadinessRequirementDto[];
}

class ReadinessFindingDto {
  @ApiProperty({ format: 'uuid' }) findingId: string;
  @ApiProperty({ format: 'uuid' }) requirementId: string;
}

class ReadinessFindingsDto {
  @ApiProperty({ example: 0 }) count: number;
  @ApiProperty({ type: [ReadinessFindingDto], description: 'The first ten' }) first: ReadinessFindingDto[];
}

class ReadinessEvidenceDto {
  @ApiProperty({ format: 'uuid' }) evidenceId: string;
  @ApiProperty({ format: 'uuid' }) versionId: string;
  @ApiProperty({ format: 'date', example: '2026-06-30', description: 'The valid-until date frozen with the version' }) validUntil: string;
  @ApiProperty({ format: 'uuid', description: 'The first requirement (in manifest order) relying on it' }) requirementId: string;
  @ApiProperty({ example: 'DSER-2.1' }) ref: string;
}

class ReadinessEvidenceListDto {
  @ApiProperty({ example: 0 }) count: number;
  @ApiProperty({ type: [ReadinessEvidenceDto], description: 'The first ten, in manifest order' }) first: ReadinessEvidenceDto[];
}

export class DecisionReadinessDto implements DecisionReadiness {
  @ApiProperty({ example: 2 }) submissionNumber: number;
  @ApiProperty({ enum: SUBMISSION_STATUSES }) status: SubmissionStatus;
  @ApiProperty({ type: DecisionScopeDto }) scope: DecisionScopeDto;
  @ApiProperty({ example: 131, description: 'Applicable requirements of the in-scope frameworks frozen in the submission' }) applicable: number;
  @ApiProperty({ example: 128, description: 'Of those, with a verdict that counts' }) judged: number;
  @ApiProperty({ type: ReadinessRequirementsDto, description: 'No verdict in this submission' }) unjudged: ReadinessRequirementsDto;
  @ApiProperty({ type: ReadinessRequirementsDto, description: 'not_applicable without a justification in the verdict comment' })
  notApplicableWithoutJustification: ReadinessRequirementsDto;
  @ApiProperty({ type: ReadinessRequirementsDto, description: 'not_satisfied verdicts' }) notSatisfied: ReadinessRequirementsDto;
  @ApiProperty({ type: ReadinessRequirementsDto, description: 'needs_information verdicts' }) needsInformation: ReadinessRequirementsDto;
  @ApiProperty({ type: ReadinessFindingsDto, description: 'Major nonconformities of the workspace still open or responded' })
  openMajorFindings: ReadinessFindingsDto;
  @ApiProperty({
    type: ReadinessEvidenceListDto,
    description:
      'Evidence relied on (in-scope entries not judged not applicable) past its valid-until date: a positive decision cannot rest on it (a new submission with current evidence can)',
  })
  expiredEvidence: ReadinessEvidenceListDto;
  @ApiProperty({ example: 0, description: 'Always 0 here: conditions are named when deciding' }) coveredByConditions: number;
  @ApiProperty({ example: false, description: 'A conformant decision may be recorded now' }) ready: boolean;
  @ApiProperty({
    example: false,
    description:
      'A conformant_with_conditions decision may be recorded once every not satisfied / needs information requirement has a condition resting on a finding of it',
  })
  readyWithConditions: boolean;
  @ApiProperty({
    type: 'string',
    format: 'date',
    nullable: true,
    example: '2026-11-02',
    description:
      'A positive decision is valid from this day at the earliest: the later of the day the submission was frozen and the day the last relied-on evidence takes effect (an earlier validFrom is 400 reviews.invalid_dates)',
  })
  validFromNotBefore: string | null;
  @ApiProperty({
    type: 'string',
    format: 'date',
    nullable: true,
    example: '2027-06-30',
    description: 'Relied-on evidence stops being valid after this day: a positive decision may not begin later',
  })
  validFromNotAfter: string | null;

  static from(r: DecisionReadinessView): DecisionReadinessDto {
    return { ...r };
  }
}

export class DecisionReadinessQueryDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Scope frameworks (default: the frameworks the submission froze). Repeat the parameter for several.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : value))
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  frameworkIds?: string[];
}

export class DecisionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) workspaceId: string;
  @ApiProperty() submissionNumber: number;
  @ApiProperty({ enum: DECISION_OUTCOMES }) outcome: DecisionOutcome;
  @ApiProperty({
    enum: ['pending_confirmation', 'final', 'withdrawn'],
    description:
      'pending_confirmation: a four-eyes decision waiting for its second assessor; withdrawn: it was still waiting when changes were requested, so it can no longer be confirmed',
  })
  status: DecisionViewStatus;
  @ApiProperty() scopeStatement: string;
  @ApiProperty({ format: 'date' }) validFrom: string;
  @ApiProperty({ format: 'date' }) validUntil: string;
  @ApiProperty({ type: [String], description: 'The condition texts (see conditionDetails)' }) conditions: string[];
  @ApiProperty({ type: DecisionScopeDto, description: 'What the decision covers; an attestation claims exactly this' }) scope: DecisionScopeDto;
  @ApiProperty({ type: [DecisionConditionDto], description: 'The conditions with due date and the finding each rests on' })
  conditionDetails: DecisionConditionDto[];
  @ApiProperty({ type: [CompatibleRangeDto], description: 'Version ranges the assessor accepted per frozen component' }) compatibleRanges: CompatibleRangeDto[];
  @ApiProperty({ format: 'uuid', description: 'The assessor organization' }) organizationId: string;
  @ApiProperty() decidedBy: string;
  @ApiProperty({ type: 'string', nullable: true }) confirmedBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) finalizedAt: string | null;

  static from(v: DecisionView): DecisionDto {
    const d = v.decision;
    return {
      id: d.id,
      workspaceId: d.workspaceId,
      submissionNumber: v.submissionNumber,
      outcome: d.outcome,
      status: v.status,
      scopeStatement: d.scopeStatement,
      validFrom: d.validFrom,
      validUntil: d.validUntil,
      conditions: d.conditions,
      scope: { frameworkIds: d.scopeFrameworkIds, markets: d.scopeMarkets },
      conditionDetails: d.conditionDetails,
      compatibleRanges: Object.entries(d.compatibleRanges).map(([componentId, range]) => ({ componentId, range })),
      organizationId: d.organizationId,
      decidedBy: d.decidedBy,
      confirmedBy: d.confirmedBy,
      createdAt: d.createdAt.toISOString(),
      finalizedAt: d.finalizedAt?.toISOString() ?? null,
    };
  }
}
