import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAPPING_RELATIONS, type MappingImportResult, type MappingRelation, type MappingView } from '@attesta/catalog';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class MappingEndDto {
  @ApiProperty({ format: 'uuid' })
  requirementId: string;

  @ApiProperty({ format: 'uuid' })
  frameworkId: string;

  @ApiProperty({ example: 'iso-iec-27001@2022', description: '`code@version` of the framework' })
  framework: string;

  @ApiProperty({ example: 'A.8.15' })
  ref: string;

  @ApiProperty({ example: 'Logging' })
  title: string;
}

export class MappingDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    enum: MAPPING_RELATIONS,
    example: 'intersects',
    description: 'The source is equal to / a subset of / a superset of / intersects the target (OSCAL mapping vocabulary)',
  })
  relation: MappingRelation;

  @ApiProperty({ type: String, nullable: true, example: 'Both require logs of privileged and remote access; the baseline adds the technician identity.' })
  rationale: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The owning organization; null for built-in crosswalks' })
  organizationId: string | null;

  @ApiProperty({ type: MappingEndDto })
  source: MappingEndDto;

  @ApiProperty({ type: MappingEndDto })
  target: MappingEndDto;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(v: MappingView): MappingDto {
    const end = (r: MappingView['source']): MappingEndDto => ({
      requirementId: r.id,
      frameworkId: r.frameworkId,
      framework: `${r.framework.code}@${r.framework.version}`,
      ref: r.ref,
      title: r.title,
    });
    return {
      id: v.mapping.id,
      relation: v.mapping.relation,
      rationale: v.mapping.rationale,
      organizationId: v.mapping.organizationId,
      source: end(v.source),
      target: end(v.target),
      createdAt: v.mapping.createdAt.toISOString(),
    };
  }
}

export class CreateMappingDto {
  @ApiProperty({ format: 'uuid', description: 'A requirement of a framework the organization can see' })
  @IsUUID()
  sourceRequirementId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  targetRequirementId: string;

  @ApiProperty({ enum: MAPPING_RELATIONS, example: 'subset' })
  @IsIn(MAPPING_RELATIONS)
  relation: MappingRelation;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'The tender criterion asks for less than the ISO control.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  rationale?: string | null;
}

export class MappingImportResultDto {
  @ApiProperty({ example: 60, description: 'Rows in the document' })
  rows: number;

  @ApiProperty({ example: 60, description: 'Rows that created or updated a mapping of the organization' })
  written: number;

  static from(r: MappingImportResult): MappingImportResultDto {
    return { rows: r.rows, written: r.written };
  }
}

/** One row of an exported crosswalk, frameworks named `code@version`. */
export class MappingRowDto {
  @ApiProperty({ example: 'attesta-dser@1.0' }) sourceFramework: string;
  @ApiProperty({ example: 'DSER-3.1' }) sourceRef: string;
  @ApiProperty({ example: 'iso-iec-27001@2022' }) targetFramework: string;
  @ApiProperty({ example: 'A.8.15' }) targetRef: string;
  @ApiProperty({ enum: MAPPING_RELATIONS, example: 'intersects' }) relation: MappingRelation;
  @ApiProperty({ type: String, nullable: true, example: 'Both require logs of remote access' }) rationale: string | null;
}

export class MappingsDocumentDto {
  @ApiProperty({ type: [MappingRowDto] }) mappings: MappingRowDto[];
}

/** One row to import: the frameworks may be left to the document's defaults. */
export class MappingImportRowDto {
  @ApiPropertyOptional({ example: 'attesta-dser@1.0', description: "Required unless the document's sourceFramework names it" }) sourceFramework?: string;
  @ApiProperty({ example: 'DSER-3.1' }) sourceRef: string;
  @ApiPropertyOptional({ example: 'iso-iec-27001@2022', description: "Required unless the document's targetFramework names it" }) targetFramework?: string;
  @ApiProperty({ example: 'A.8.15' }) targetRef: string;
  @ApiProperty({ example: 'intersects', description: `One of ${MAPPING_RELATIONS.join(', ')} (case-insensitive; common aliases accepted)` }) relation: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Both require logs of remote access' }) rationale?: string | null;
}

export class MappingsImportDocumentDto {
  @ApiPropertyOptional({ example: 'attesta-dser@1.0', description: 'Default sourceFramework of the rows' }) sourceFramework?: string;
  @ApiPropertyOptional({ example: 'iso-iec-27001@2022', description: 'Default targetFramework of the rows' }) targetFramework?: string;
  @ApiProperty({ type: [MappingImportRowDto] }) mappings: MappingImportRowDto[];
}

export class ExportMappingsQueryDto {
  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    default: 'json',
    description: '`csv`: RFC 4180 with the header `source_framework,source_ref,target_framework,target_ref,relation,rationale`',
  })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}
