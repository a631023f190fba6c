import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable } from '@attesta/core';
import {
  VERSION_RELATIONSHIPS,
  type ChangeImpactReport,
  type FrameworkRef,
  type VersionDiff,
  type VersionMappingView,
  type VersionRelationship,
  type WorkspaceFrameworkMove,
} from '@attesta/framework-versions';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';

export class VersionMappingEntryDto {
  @ApiProperty({ example: 'DSER-3.2', description: 'A requirement ref of the old version' })
  @IsString()
  @MaxLength(200)
  sourceRef: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'DSER-3.2', description: 'Its counterpart in the new version; absent with no-relationship' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  targetRef?: string | null;

  @ApiProperty({ enum: VERSION_RELATIONSHIPS, example: 'subset-of', description: 'OSCAL 1.2: "source is <relationship> target"' })
  @IsIn(VERSION_RELATIONSHIPS)
  relationship: VersionRelationship;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'The new text adds a retention period.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  rationale?: string | null;
}

export class CreateVersionMappingDto {
  @ApiProperty({ format: 'uuid', description: 'The old version (built-in or your own)' })
  @IsUUID()
  fromFrameworkId: string;

  @ApiProperty({ format: 'uuid', description: "The new version: your organization's own framework (imported or made beside the old one)" })
  @IsUUID()
  toFrameworkId: string;

  @ApiProperty({
    type: [VersionMappingEntryDto],
    description:
      'Entries for what is not plainly the same: a ref present in both versions with the same title and statement needs no entry (equal-to); a ref whose text changed and has no entry counts as changed; an old ref with no counterpart is removed; a new ref nobody maps to is added.',
    example: [
      { sourceRef: 'DSER-3.2', targetRef: 'DSER-3.2', relationship: 'subset-of', rationale: 'adds a retention period' },
      { sourceRef: 'DSER-5.1', relationship: 'no-relationship' },
    ],
  })
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => VersionMappingEntryDto)
  entries: VersionMappingEntryDto[];
}

export class MoveWorkspaceDto {
  @ApiProperty({ format: 'uuid', description: 'The version mapping from the version the workspace is on to the one it moves to' })
  @IsUUID()
  mappingId: string;
}

export class UpdateFrameworkMetadataDto {
  @ApiPropertyOptional({ example: 'Digital Service Export Readiness (final text)' })
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Department of Digital Economy' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  publisher?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Draft for consultation; replaced by 2.0.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class RetireFrameworkDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Superseded by version 2.0' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

export class FrameworkVersionRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'attesta-dser' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: '2.0' }) version: string;
  @ApiProperty({ nullable: true, type: String }) publisher: string | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ description: 'Built-in (false) or your organization’s own' }) own: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) retiredAt: string | null;
  @ApiProperty({ nullable: true, type: String }) retiredReason: string | null;

  static from(f: FrameworkRef): FrameworkVersionRefDto {
    return {
      id: f.id,
      code: f.code,
      title: f.title,
      version: f.version,
      publisher: f.publisher,
      description: f.description,
      note: f.note,
      own: f.organizationId !== null,
      retiredAt: f.retiredAt ? new Date(f.retiredAt).toISOString() : null,
      retiredReason: f.retiredReason,
    };
  }
}

class DiffRequirementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'DSER-3.2' }) ref: string;
  @ApiProperty() title: string;
}

class DiffPairDto {
  @ApiProperty({ type: DiffRequirementDto }) from: DiffRequirementDto;
  @ApiProperty({ type: DiffRequirementDto }) to: DiffRequirementDto;
  @ApiProperty({ enum: VERSION_RELATIONSHIPS }) relationship: string;
  @ApiProperty({ description: 'No entry named it: same ref (and, when unchanged, the same text)' }) implied: boolean;
  @ApiPropertyOptional() reason?: string;
}

export class VersionDiffDto {
  @ApiProperty({ type: [DiffRequirementDto] }) added: DiffRequirementDto[];
  @ApiProperty({ type: [DiffRequirementDto] }) removed: DiffRequirementDto[];
  @ApiProperty({ type: [DiffPairDto] }) changed: DiffPairDto[];
  @ApiProperty({ description: 'Equal or equivalent requirements: what a move carries' }) unchangedCount: number;

  static from(d: VersionDiff): VersionDiffDto {
    const r = (x: { id: string; ref: string; title: string }) => ({ id: x.id, ref: x.ref, title: x.title });
    return {
      added: d.added.map(r),
      removed: d.removed.map(r),
      changed: d.changed.map((p) => ({ from: r(p.from), to: r(p.to), relationship: p.relationship, implied: p.implied, reason: p.reason })),
      unchangedCount: d.unchanged.length,
    };
  }
}

export class VersionMappingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: FrameworkVersionRefDto }) from: FrameworkVersionRefDto;
  @ApiProperty({ type: FrameworkVersionRefDto }) to: FrameworkVersionRefDto;
  @ApiProperty({ type: [VersionMappingEntryDto] }) entries: VersionMappingEntryDto[];
  @ApiProperty({ type: VersionDiffDto }) diff: VersionDiffDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(v: VersionMappingView): VersionMappingDto {
    return {
      id: v.mapping.id,
      from: FrameworkVersionRefDto.from(v.from),
      to: FrameworkVersionRefDto.from(v.to),
      entries: v.mapping.entries,
      diff: VersionDiffDto.from(v.diff),
      createdAt: v.mapping.createdAt.toISOString(),
    };
  }
}

class UncoveredEvidenceDto {
  @ApiProperty({ format: 'uuid' }) evidenceId: string;
  @ApiProperty({ example: 'Incident register' }) title: string;
  @ApiProperty({ type: [String], example: ['DSER-5.1'], description: 'The removed or changed requirements it is linked to' }) refs: string[];
}

class CitingAttestationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'AT-2026-7K3M9QX2TB' }) serial: string;
  @ApiProperty({ example: 'active' }) status: string;
}

class WouldCarryDto {
  @ApiProperty({ example: 12 }) evidenceLinks: number;
  @ApiProperty({ example: 3, description: 'Statements of applicability' }) applicability: number;
  @ApiProperty({ example: 18, description: 'Verdicts in the history' }) verdicts: number;
}

class WorkspaceImpactDto {
  @ApiProperty({ format: 'uuid' }) workspaceId: string;
  @ApiProperty() workspaceName: string;
  @ApiProperty({
    type: [UncoveredEvidenceDto],
    description: 'Evidence linked only to removed or changed requirements: after a move it covers nothing',
  })
  evidenceNoLongerCovering: UncoveredEvidenceDto[];
  @ApiProperty({ type: [CitingAttestationDto], description: 'They keep citing the old version' })
  attestationsCitingOldVersion: CitingAttestationDto[];
  @ApiProperty({ type: WouldCarryDto }) wouldCarry: WouldCarryDto;
}

export class ChangeImpactReportDto {
  @ApiProperty({ format: 'uuid' }) mappingId: string;
  @ApiProperty({ type: FrameworkVersionRefDto }) from: FrameworkVersionRefDto;
  @ApiProperty({ type: FrameworkVersionRefDto }) to: FrameworkVersionRefDto;
  @ApiProperty({ type: VersionDiffDto }) requirements: VersionDiffDto;
  @ApiProperty({ type: [WorkspaceImpactDto] }) workspaces: WorkspaceImpactDto[];

  static from(r: ChangeImpactReport): ChangeImpactReportDto {
    return {
      mappingId: r.mappingId,
      from: FrameworkVersionRefDto.from(r.from),
      to: FrameworkVersionRefDto.from(r.to),
      requirements: VersionDiffDto.from(r.diff),
      workspaces: r.workspaces,
    };
  }
}

class CarriedVerdictDto {
  @ApiProperty({ format: 'uuid', description: "The new version's requirement" }) requirementId: string;
  @ApiProperty({ example: 'DSER-1.1' }) ref: string;
  @ApiProperty({ format: 'uuid', description: "The old version's requirement, which keeps the history" }) fromRequirementId: string;
  @ApiProperty({ example: 'DSER-1.1' }) fromRef: string;
  @ApiProperty({ format: 'uuid' }) submissionId: string;
  @ApiProperty({ example: 'satisfied' }) outcome: string;
  @ApiProperty() comment: string;
  @ApiProperty({ format: 'uuid' }) assessorOrganizationId: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

class MoveCarriedDto {
  @ApiProperty({ example: 12 }) evidenceLinks: number;
  @ApiProperty({ example: 3, description: 'Statements of applicability' }) applicability: number;
  @ApiProperty({ example: 2, description: 'Organization-defined parameter values' }) parameterValues: number;
  @ApiProperty({ type: [CarriedVerdictDto], description: 'The verdict history, each naming the new and the old requirement' }) verdicts: CarriedVerdictDto[];
}

export class WorkspaceFrameworkMoveDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) workspaceId: string;
  @ApiProperty({ format: 'uuid' }) mappingId: string;
  @ApiProperty({ format: 'uuid' }) fromFrameworkId: string;
  @ApiProperty({ format: 'uuid' }) toFrameworkId: string;
  @ApiProperty({ type: MoveCarriedDto, description: 'What the move carried across equal/equivalent requirements' })
  carried: MoveCarriedDto;
  @ApiProperty() movedBy: string;
  @ApiProperty({ format: 'date-time' }) movedAt: string;

  static from(m: WorkspaceFrameworkMove): WorkspaceFrameworkMoveDto {
    return {
      id: m.id,
      workspaceId: m.workspaceId,
      mappingId: m.mappingId,
      fromFrameworkId: m.fromFrameworkId,
      toFrameworkId: m.toFrameworkId,
      carried: m.carried,
      movedBy: m.movedBy,
      movedAt: m.movedAt.toISOString(),
    };
  }
}
