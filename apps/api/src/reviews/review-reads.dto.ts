import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@attesta/core';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import {
  Confidentiality,
  EVIDENCE_FRESHNESS,
  evidenceFreshness,
  EvidenceType,
  type EvidenceFreshness,
  type RequirementEvidenceRecord,
} from '@attesta/evidence';
import {
  FINDING_SEVERITIES,
  SUBMISSION_STATUSES,
  type ActionItems,
  type FindingSeverity,
  VERDICT_OUTCOMES,
  type RequirementVerdictRecord,
  type RequirementView,
  type ReviewProgress,
  type ReviewQueueItem,
  type SubmissionProgress,
  type SubmissionStatus,
  type VerdictOutcome,
} from '@attesta/reviews';
import { EvidenceVersionDto, GapRowDto } from '../evidence/evidence.dto.js';
import { VerdictDto } from './reviews.dto.js';

export class ReviewProgressDto implements ReviewProgress {
  @ApiProperty({ example: 37, description: 'Requirements with a verdict in this submission' }) judged: number;
  @ApiProperty({ example: 42, description: 'Requirements frozen in the submission (its manifest entries)' }) total: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { satisfied: 34, needs_information: 2, not_satisfied: 1 },
    description: 'Verdicts so far, by outcome (outcomes without a verdict are left out)',
  })
  verdicts: Partial<Record<VerdictOutcome, number>>;
  @ApiProperty({ example: 1, description: 'Open or responded findings tracked on this submission' }) openFindings: number;

  static from(p: ReviewProgress): ReviewProgressDto {
    return { judged: p.judged, total: p.total, verdicts: p.verdicts, openFindings: p.openFindings };
  }
}

export class SubmissionProgressDto extends ReviewProgressDto {
  @ApiProperty({ example: 2 }) number: number;
  @ApiProperty({ enum: SUBMISSION_STATUSES, example: 'in_review', description: 'After the save: the first verdict moves a submitted submission to in_review' })
  status: SubmissionStatus;
  @ApiProperty({ example: 3, description: "The submission's row version (its ETag)" }) version: number;

  static fromProgress(p: SubmissionProgress): SubmissionProgressDto {
    return { ...ReviewProgressDto.from(p), number: p.number, status: p.status, version: p.version };
  }
}

export class RecordedVerdictDto extends VerdictDto {
  @ApiProperty({ type: SubmissionProgressDto, description: "The submission's status and counters after this save (no need to read the submission again)" })
  progress: SubmissionProgressDto;
}

export class NamedRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Siam Precision Machinery' }) name: string;
}

export class ReviewQueueItemDto {
  @ApiProperty({ format: 'uuid' }) submissionId: string;
  @ApiProperty({ example: 2, description: 'The submission number within its workspace' }) number: number;
  @ApiProperty({ enum: SUBMISSION_STATUSES, example: 'submitted' }) status: SubmissionStatus;
  @ApiProperty({ example: 1, description: "The submission's row version (its ETag)" }) version: number;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: NamedRefDto, example: { id: '0193e4a0-0000-7000-8000-000000000001', name: 'CNC-500 — DSER 2026' } }) workspace: NamedRefDto;
  @ApiProperty({ type: NamedRefDto, nullable: true, example: { id: '0193e4a0-0000-7000-8000-000000000002', name: 'CNC-500 machining centre' } })
  offering: NamedRefDto | null;
  @ApiProperty({ type: NamedRefDto, nullable: true, description: 'The organization that owns the workspace' }) manufacturer: NamedRefDto | null;
  @ApiProperty({ type: ReviewProgressDto }) progress: ReviewProgressDto;

  static from(i: ReviewQueueItem): ReviewQueueItemDto {
    return {
      submissionId: i.submissionId,
      number: i.number,
      status: i.status,
      version: i.version,
      submittedAt: i.submittedAt.toISOString(),
      workspace: i.workspace,
      offering: i.offering,
      manufacturer: i.manufacturer,
      progress: ReviewProgressDto.from(i.progress),
    };
  }
}

export class RequirementTextDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['group', 'control'] }) kind: 'group' | 'control';
  @ApiProperty({ example: 'DSER-2.1' }) ref: string;
  @ApiProperty({ example: 'Availability target', description: "In the caller's language (`Accept-Language`) when translated, else the source text" })
  title: string;
  @ApiProperty({ example: 'en', description: 'The language `title` is in' }) titleLanguage: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'The supplier shall state a measurable monthly availability target.' }) statement: string | null;
  @ApiProperty({ example: 'en', description: 'The language `statement` is in (the source language when there is none)' }) statementLanguage: string;
  @ApiProperty({ type: 'string', nullable: true }) guidance: string | null;
}

export class RequirementFrameworkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'attesta-dser' }) code: string;
  @ApiProperty({ example: 'Digital service evidence requirements', description: "In the caller's language when translated, else the source title" })
  title: string;
  @ApiProperty({ example: 'en', description: 'The language `title` is in' }) titleLanguage: string;
  @ApiProperty({ example: '1.0' }) version: string;
}

export class RequirementLinkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Section 4 defines the availability target and its measurement.' }) note: string;
  @ApiProperty({ format: 'uuid', description: 'The organization that linked it' }) organizationId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class LinkedEvidenceItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EvidenceType }) type: EvidenceType;
  @ApiProperty({ example: 'Predictive maintenance SaaS — SLA v3' }) title: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) componentId: string | null;
  @ApiProperty({ enum: Confidentiality }) confidentiality: Confidentiality;
  @ApiProperty({ format: 'date' }) effectiveDate: string;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) validUntil: string | null;
  @ApiProperty({ enum: [...EVIDENCE_FRESHNESS] }) freshness: EvidenceFreshness;
}

export class RequirementEvidenceDto {
  @ApiProperty({ type: RequirementLinkDto }) link: RequirementLinkDto;
  @ApiProperty({ type: LinkedEvidenceItemDto }) evidence: LinkedEvidenceItemDto;
  @ApiProperty({ type: EvidenceVersionDto, nullable: true, description: 'Null before the first upload' }) currentVersion: EvidenceVersionDto | null;

  static from(r: RequirementEvidenceRecord, warningDays: number): RequirementEvidenceDto {
    return {
      link: { id: r.link.id, note: r.link.note, organizationId: r.link.organizationId, createdAt: r.link.createdAt.toISOString() },
      evidence: { ...r.evidence, freshness: evidenceFreshness(r.evidence.validUntil, warningDays) },
      currentVersion: r.currentVersion ? EvidenceVersionDto.from(r.currentVersion) : null,
    };
  }
}

export class AssessorRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'ASEAN Digital Conformity Services', description: 'Null if it cannot be read' }) name: string | null;
}

export class RequirementVerdictDetailDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: VERDICT_OUTCOMES, example: 'satisfied' }) outcome: VerdictOutcome;
  @ApiProperty() comment: string;
  @ApiProperty({ description: "The verdict's version (its ETag)" }) version: number;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ type: AssessorRefDto, description: 'The assessor organization that recorded the verdict' }) assessor: AssessorRefDto;
  @ApiProperty({ format: 'date-time', description: 'When the verdict was last recorded' }) decidedAt: string;
}

export class RequirementVerdictHistoryDto {
  @ApiProperty({ example: 2 }) submissionNumber: number;
  @ApiProperty({ enum: SUBMISSION_STATUSES }) submissionStatus: SubmissionStatus;
  @ApiProperty({ description: 'Whether the submission froze this requirement' }) inSubmission: boolean;
  @ApiProperty({ example: 3, description: "Comments in the requirement's thread on this submission" }) commentCount: number;
  @ApiProperty({ type: RequirementVerdictDetailDto, nullable: true, description: 'Null while the submission has no verdict on the requirement' })
  verdict: RequirementVerdictDetailDto | null;

  static from(r: RequirementVerdictRecord): RequirementVerdictHistoryDto {
    return {
      submissionNumber: r.submissionNumber,
      submissionStatus: r.submissionStatus,
      inSubmission: r.inSubmission,
      commentCount: r.commentCount,
      verdict: r.verdict ? { ...r.verdict, assessor: { ...r.verdict.assessor }, decidedAt: r.verdict.decidedAt.toISOString() } : null,
    };
  }
}

export class RequirementViewDto {
  @ApiProperty({ format: 'uuid' }) workspaceId: string;
  @ApiProperty({ type: RequirementTextDto }) requirement: RequirementTextDto;
  @ApiProperty({ type: RequirementFrameworkDto }) framework: RequirementFrameworkDto;
  @ApiProperty({ type: GapRowDto, description: "The requirement's row of the gap analysis (status, applicability, acceptance, open findings)" }) gap: GapRowDto;
  @ApiProperty({ type: [RequirementEvidenceDto], description: 'Linked evidence you may see (assessors and observers see none), oldest link first' })
  evidence: RequirementEvidenceDto[];
  @ApiProperty({
    type: [RequirementVerdictHistoryDto],
    description: 'Every submission of the workspace, newest first, with its verdict on this requirement; empty for observers and keys without reviews:read',
  })
  verdicts: RequirementVerdictHistoryDto[];

  static from(v: RequirementView, warningDays: number): RequirementViewDto {
    return {
      workspaceId: v.workspaceId,
      requirement: v.requirement,
      framework: v.framework,
      gap: v.gap,
      evidence: v.evidence.map((e) => RequirementEvidenceDto.from(e, warningDays)),
      verdicts: v.verdicts.map(RequirementVerdictHistoryDto.from),
    };
  }
}

/** Whatever the verdict DTO carries plus the progress. */
export function recordedVerdict(verdict: VerdictDto, progress: SubmissionProgress): RecordedVerdictDto {
  return { ...verdict, progress: SubmissionProgressDto.fromProgress(progress) };
}

export class ActionItemsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this workspace (one your organization owns; others give empty lists)' })
  @IsOptional()
  @IsUUID()
  workspaceId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: 'Items per category at most (totals count them all)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

export class ActionRequirementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'DSER-2.1' }) ref: string;
  @ApiProperty({ example: 'Availability target', description: 'The source title' }) title: string;
}

export class ActionVerdictDto {
  @ApiProperty({ format: 'uuid' }) verdictId: string;
  @ApiProperty({ type: NamedRefDto, example: { id: '0193e4a0-0000-7000-8000-000000000001', name: 'VMC-850 + PredictCare — DSER 2026' } })
  workspace: NamedRefDto;
  @ApiProperty({ example: 2, description: "The workspace's latest submission" }) submissionNumber: number;
  @ApiProperty({ type: ActionRequirementDto, description: 'Link: /workspaces/{workspace.id}/requirements/{requirement.id}' }) requirement: ActionRequirementDto;
  @ApiProperty({ enum: ['not_satisfied', 'needs_information'], example: 'needs_information' }) outcome: 'not_satisfied' | 'needs_information';
  @ApiProperty({ example: 'The SLA states 99.5 % but not how availability is measured.', description: "The assessor's comment" }) comment: string;
  @ApiProperty({ type: NamedRefDto, description: 'The assessor organization' }) assessor: NamedRefDto;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

export class ActionFindingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: NamedRefDto }) workspace: NamedRefDto;
  @ApiProperty({ example: 2, description: 'The submission it is tracked on (link: /workspaces/{workspace.id}/submissions/{submissionNumber})' })
  submissionNumber: number;
  @ApiProperty({ type: ActionRequirementDto }) requirement: ActionRequirementDto;
  @ApiProperty({ example: 'Failure-response times not evidenced' }) title: string;
  @ApiProperty({ enum: FINDING_SEVERITIES, example: 'minor_nonconformity' }) severity: FindingSeverity;
  @ApiProperty({ type: 'string', format: 'date', nullable: true, example: '2026-12-15' }) dueDate: string | null;
  @ApiProperty({ description: 'Due before today' }) overdue: boolean;
}

export class ActionEvidenceDto {
  @ApiProperty({ format: 'uuid', description: 'Link: /workspaces/{workspace.id}/evidence/{id}' }) id: string;
  @ApiProperty({ type: NamedRefDto }) workspace: NamedRefDto;
  @ApiProperty({ example: 'ISO/IEC 27001 certificate' }) title: string;
  @ApiProperty({ format: 'date', example: '2026-12-20' }) validUntil: string;
  @ApiProperty({ enum: ['expiring', 'expired'], example: 'expiring' }) freshness: 'expiring' | 'expired';
}

export class ActionTotalsDto {
  @ApiProperty({ example: 3 }) verdicts: number;
  @ApiProperty({ example: 2 }) findings: number;
  @ApiProperty({ example: 1 }) evidence: number;
}

export class ActionItemsDto {
  @ApiProperty({ type: [ActionVerdictDto], description: "The latest submission's verdicts that are not satisfied (first) or need information, newest first" })
  verdicts: ActionVerdictDto[];
  @ApiProperty({
    type: [ActionFindingDto],
    description: 'Open findings awaiting your answer, earliest due date first (the overdue lead), without a due date last',
  })
  findings: ActionFindingDto[];
  @ApiProperty({ type: [ActionEvidenceDto], description: 'Evidence expired or expiring within expiryWarningDays, soonest end first' })
  evidence: ActionEvidenceDto[];
  @ApiProperty({ type: ActionTotalsDto, description: 'How many there are in all (the lists stop at `limit`)' }) totals: ActionTotalsDto;
  @ApiProperty({ example: 30, description: 'Evidence counts as expiring this many days ahead (EVIDENCE_EXPIRY_WARNING_DAYS)' }) expiryWarningDays: number;

  static from(a: ActionItems): ActionItemsDto {
    return {
      verdicts: a.verdicts.map((v) => ({ ...v, decidedAt: v.decidedAt.toISOString() })),
      findings: a.findings,
      evidence: a.evidence,
      totals: a.totals,
      expiryWarningDays: a.expiryWarningDays,
    };
  }
}
