import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  COMPONENT_KINDS,
  EVIDENCE_TYPES,
  FRAMEWORK_SOURCES,
  type Framework,
  type FrameworkSource,
  type ImportedFramework,
  type LocalizedFramework,
  type LocalizedRequirement,
  type RequirementKind,
} from '@attesta/catalog';
import { PageQueryDto } from '@attesta/core';
import { Type } from 'class-transformer';
import { LOCALES } from '@attesta/i18n';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

/** The most requirements one framework may hold (as many as an OSCAL import accepts). */
export const MAX_REQUIREMENTS = 10_000;
const CODE = /^[a-z0-9][a-z0-9._-]*$/;

export class FrameworkDto {
  @ApiProperty({ format: 'uuid', example: '0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b10' })
  id: string;

  @ApiProperty({ example: 'attesta-dser', description: 'Short identifier; unique with the version per organization' })
  code: string;

  @ApiProperty({
    example: 'Digital Service Export Readiness Baseline',
    description: "In the caller's language (`Accept-Language`) when a translation exists, else the source text; `titleLanguage` says which",
  })
  title: string;

  @ApiProperty({ example: 'en', description: 'The language `title` is in' })
  titleLanguage: string;

  @ApiProperty({ example: 'en', description: 'The language the framework is written in (its source texts, which manifests, exports and crosswalks cite)' })
  sourceLanguage: string;

  @ApiProperty({ type: [String], example: ['en', 'zh-CN', 'vi'], description: 'The source language, then every language a translation exists in' })
  languages: string[];

  @ApiProperty({ example: '1.0' })
  version: string;

  @ApiProperty({ example: 'attesta-dser@1.0', description: '`code@version`, how crosswalk files name the framework' })
  key: string;

  @ApiProperty({ type: String, nullable: true, example: 'Attesta' })
  publisher: string | null;

  @ApiProperty({
    enum: FRAMEWORK_SOURCES,
    example: 'built_in',
    description: '`built_in` frameworks are shared by every organization; `imported` and `custom` ones belong to one',
  })
  source: FrameworkSource;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The owning organization; null for built-in frameworks' })
  organizationId: string | null;

  @ApiProperty({ type: String, nullable: true, description: "In the caller's language where translated (see `descriptionLanguage`)" })
  description: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'en', description: 'The language `description` is in' })
  descriptionLanguage: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'E.g. that only the clause structure of a standard is given' })
  note: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The OSCAL catalog uuid (kept from an import)' })
  oscalUuid: string | null;

  @ApiProperty({ example: 42, description: 'Groups and controls together' })
  requirementCount: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Retired: kept and citable, offered for no new work (docs/framework-versions.md)',
  })
  retiredAt: string | null;

  static from(f: Framework | LocalizedFramework): FrameworkDto {
    const localized = 'titleLanguage' in f ? f : null;
    return {
      id: f.id,
      code: f.code,
      title: f.title,
      titleLanguage: localized?.titleLanguage ?? f.sourceLanguage,
      sourceLanguage: f.sourceLanguage,
      languages: localized?.languages ?? [f.sourceLanguage],
      version: f.version,
      key: `${f.code}@${f.version}`,
      publisher: f.publisher,
      source: f.source,
      organizationId: f.organizationId,
      description: f.description,
      descriptionLanguage: localized ? localized.descriptionLanguage : f.description === null ? null : f.sourceLanguage,
      note: f.note,
      oscalUuid: f.oscalUuid,
      requirementCount: f.requirementCount,
      createdAt: f.createdAt.toISOString(),
      retiredAt: f.retiredAt?.toISOString() ?? null,
    };
  }
}

export class RequirementDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  frameworkId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The parent node; null at the top level' })
  parentId: string | null;

  @ApiProperty({ enum: ['group', 'control'], example: 'control', description: '`group` nodes only organise; evidence is linked to `control` nodes' })
  kind: RequirementKind;

  @ApiProperty({ example: 'DSER-1.1', description: 'Reference, unique within the framework' })
  ref: string;

  @ApiProperty({ example: 'Service-level description', description: "In the caller's language (`Accept-Language`) when translated, else the source text" })
  title: string;

  @ApiProperty({ example: 'en', description: 'The language `title` is in' })
  titleLanguage: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'For every service layer of the offering, the supplier keeps a current description of what the service does.',
    description: "In the caller's language when translated, else the source text",
  })
  statement: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'en', description: 'The language `statement` is in' })
  statementLanguage: string | null;

  @ApiProperty({ type: String, nullable: true })
  guidance: string | null;

  @ApiProperty({ type: [String], example: ['service_description'], description: `Evidence types that typically satisfy it (${EVIDENCE_TYPES.join(', ')})` })
  expectedEvidenceTypes: string[];

  @ApiProperty({ type: [String], example: ['saas', 'cloud_service'], description: `Component kinds it concerns (${COMPONENT_KINDS.join(', ')})` })
  componentKinds: string[];

  @ApiProperty({ example: 3, description: 'Position in the framework in reading order (parents before children)' })
  sortOrder: number;

  @ApiProperty({ example: 1, description: '0 at the top level' })
  depth: number;

  @ApiProperty({ type: String, nullable: true, example: 'ac-2.1', description: 'The OSCAL id, when imported from OSCAL' })
  oscalId: string | null;

  static from(r: LocalizedRequirement): RequirementDto {
    return {
      id: r.id,
      frameworkId: r.frameworkId,
      parentId: r.parentId,
      kind: r.kind,
      ref: r.ref,
      title: r.title,
      titleLanguage: r.titleLanguage,
      statement: r.statement,
      statementLanguage: r.statementLanguage,
      guidance: r.guidance,
      expectedEvidenceTypes: r.expectedEvidenceTypes,
      componentKinds: r.componentKinds,
      sortOrder: r.sortOrder,
      depth: r.depth,
      oscalId: r.oscalId,
    };
  }
}

export class ListFrameworksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FRAMEWORK_SOURCES, description: 'Only frameworks of this source' })
  @IsOptional()
  @IsIn(FRAMEWORK_SOURCES)
  source?: FrameworkSource;
}

export class RequirementTranslationDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '远程访问有日志记录', maxLength: 500 })
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '每次远程会话均有日志记录。', maxLength: 20_000 })
  statement?: string | null;
}

export class FrameworkTranslationDto {
  @ApiProperty({ example: '远程运维招标准则', maxLength: 500 })
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 20_000 })
  description?: string | null;
}

export class RequirementLocaleTranslationDto {
  @ApiProperty({ example: 'BUY-1.1', description: 'The requirement, by its ref in the framework' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  ref: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '远程访问有日志记录' })
  @IsOptional()
  @IsString()
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '每次远程会话均有日志记录。' })
  @IsOptional()
  @IsString()
  statement?: string | null;
}

/** One language's translations of an own framework (`PUT /frameworks/{id}/translations/{locale}`). */
export class PutFrameworkTranslationsDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '远程运维招标准则', description: 'The framework title in this language' })
  @IsOptional()
  @IsString()
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The description in this language (needs `title`)' })
  @IsOptional()
  @IsString()
  description?: string | null;

  @ApiPropertyOptional({ type: [RequirementLocaleTranslationDto], description: `Requirements by ref; at most ${10_000}` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => RequirementLocaleTranslationDto)
  requirements?: RequirementLocaleTranslationDto[];
}

export class RequirementInputDto {
  @ApiProperty({ example: 'BUY-1.2', description: 'Unique within the framework' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  ref: string;

  @ApiProperty({ example: 'Remote access is logged' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;

  @ApiPropertyOptional({ enum: ['group', 'control'], description: 'Defaults to `group` for a node with children and no statement, else `control`' })
  @IsOptional()
  @IsIn(['group', 'control'])
  kind?: RequirementKind;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'BUY-1', description: 'Ref of the parent node in the same request' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  parentRef?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Every remote session on the machine is logged with technician, time and actions.' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  statement?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  guidance?: string | null;

  @ApiPropertyOptional({ type: [String], enum: EVIDENCE_TYPES, example: ['audit_log'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVIDENCE_TYPES.length)
  @IsIn(EVIDENCE_TYPES, { each: true })
  expectedEvidenceTypes?: string[];

  @ApiPropertyOptional({ type: [String], enum: COMPONENT_KINDS, example: ['saas'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(COMPONENT_KINDS.length)
  @IsIn(COMPONENT_KINDS, { each: true })
  componentKinds?: string[];

  @ApiPropertyOptional({
    description: `Title and/or statement in other languages, keyed by locale (${LOCALES.join(', ')}); checked by the service (422 naming the field)`,
    type: 'object',
    additionalProperties: { $ref: getSchemaPath('RequirementTranslationDto') },
    example: { 'zh-CN': { title: '远程访问有日志记录', statement: '每次远程会话均有日志记录。' }, vi: { title: 'Ghi nhật ký truy cập từ xa' } },
  })
  @IsOptional()
  @IsObject()
  translations?: Record<string, RequirementTranslationDto>;
}

export class CreateFrameworkDto {
  @ApiProperty({ example: 'acme-tender-criteria', description: 'Lower-case letters, digits, `.`, `_`, `-`' })
  @IsString()
  @Matches(CODE, { message: 'code must be lower-case letters, digits, ".", "_" or "-", starting with a letter or digit' })
  @MaxLength(64)
  code: string;

  @ApiProperty({ example: 'ACME tender criteria for remote O&M services' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ example: '2026.1' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  version: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'ACME Procurement' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  publisher?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ enum: LOCALES, example: 'en', description: 'The language the texts are written in; `en` when omitted' })
  @IsOptional()
  @IsIn(LOCALES)
  sourceLanguage?: string;

  @ApiPropertyOptional({
    description: `The title (and description) in other languages, keyed by locale (${LOCALES.join(', ')})`,
    type: 'object',
    additionalProperties: { $ref: getSchemaPath('FrameworkTranslationDto') },
    example: { 'zh-CN': { title: 'ACME 远程运维服务招标准则' }, vi: { title: 'Tiêu chí mời thầu dịch vụ vận hành từ xa của ACME' } },
  })
  @IsOptional()
  @IsObject()
  translations?: Record<string, FrameworkTranslationDto>;

  @ApiProperty({
    type: [RequirementInputDto],
    description: `Flat list; the tree is given by \`parentRef\`. Siblings keep the order given. At most ${MAX_REQUIREMENTS}.`,
    example: [
      { ref: 'BUY-1', title: 'Remote operations' },
      {
        ref: 'BUY-1.1',
        parentRef: 'BUY-1',
        title: 'Remote access is logged',
        statement: 'Every remote session is logged.',
        expectedEvidenceTypes: ['audit_log'],
        componentKinds: ['cloud_service'],
      },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_REQUIREMENTS)
  @ValidateNested({ each: true })
  @Type(() => RequirementInputDto)
  requirements: RequirementInputDto[];
}

export class ImportOscalQueryDto {
  @ApiPropertyOptional({ example: 'nist-sp-800-53-moderate', description: 'Code of the new framework; derived from the catalog title when omitted' })
  @IsOptional()
  @IsString()
  @Matches(CODE, { message: 'code must be lower-case letters, digits, ".", "_" or "-", starting with a letter or digit' })
  @MaxLength(64)
  code?: string;

  @ApiPropertyOptional({ example: '5.1.1', description: 'Version of the new framework; the catalog metadata version when omitted' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  version?: string;
}

export class ImportCountsDto {
  @ApiProperty({ example: 20 })
  groups: number;

  @ApiProperty({ example: 287 })
  controls: number;

  @ApiProperty({ example: 307 })
  requirements: number;
}

export class ImportedFrameworkDto {
  @ApiProperty({ type: FrameworkDto })
  framework: FrameworkDto;

  @ApiProperty({ type: ImportCountsDto })
  counts: ImportCountsDto;

  static from(i: ImportedFramework): ImportedFrameworkDto {
    return { framework: FrameworkDto.from(i.framework), counts: i.counts };
  }
}
