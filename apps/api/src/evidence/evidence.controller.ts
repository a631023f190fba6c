import { Controller, Delete, Get, Header, Headers, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblems,
  AppConfig,
  Body,
  CoreError,
  CoreErrorCode,
  IdParam,
  IfMatch,
  Query,
  type Actor,
  type Page,
} from '@attesta/core';
import { EvidenceError, EvidenceErrorCode, EvidenceService, gapAnalysisCsv, GapAnalysisService } from '@attesta/evidence';
import type { Locale } from '@attesta/i18n';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { ACCEPT_LANGUAGE_HEADER, RequestLocale } from '../http/accept-language.decorator.js';
import { continueBody } from '../http/expect-continue.js';
import { ApiETag } from '../http/etagged.js';
import { ApiFileDownload } from '../http/file-download.js';
import { Idempotent } from '../http/idempotency.js';
import { sendVersion } from '../http/send-version.js';
import {
  CreateEvidenceDto,
  CreateLinkDto,
  EvidenceDetailDto,
  EvidenceDto,
  EvidenceLinkDto,
  EvidenceListItemDto,
  EvidenceQueryDto,
  EvidenceVersionDto,
  GapAnalysisDto,
  GapQueryDto,
  UpdateEvidenceDto,
  UploadVersionDto,
} from './evidence.dto.js';

/** The `sha256` form fields parsed so far ('' is none; a field given twice is two claims). */
function statedHashes(fields: Record<string, unknown>): string[] {
  const entry = fields.sha256;
  const parts = Array.isArray(entry) ? entry : entry === undefined ? [] : [entry];
  return parts
    .map((p) => (p as { value?: unknown } | null)?.value)
    .map((v) => (typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v)))
    .filter((v) => v !== '');
}

/**
 * Resolves once the request body has been read to its end (and the multipart parser has seen its last
 * part); a body cut off before its end rejects: the upload is incomplete and nothing is kept.
 */
function requestBodyRead(req: FastifyRequest): Promise<void> {
  const raw = req.raw;
  const incomplete = () =>
    new EvidenceError(EvidenceErrorCode.NoFile, 'The multipart body ended before its closing boundary.', {
      errors: [{ field: 'file', message: 'is incomplete: the body ended early' }],
    });
  return new Promise<void>((resolve, reject) => {
    if (raw.readableEnded) return resolve();
    if (raw.destroyed) return reject(incomplete());
    raw.once('end', () => resolve());
    raw.once('close', () => (raw.readableEnded ? resolve() : reject(incomplete())));
  }).then(() => new Promise<void>((resolve) => setImmediate(resolve)));
}

@ApiTags('evidence')
@Controller('workspaces/:workspaceId')
export class EvidenceController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly gaps: GapAnalysisService,
    private readonly config: AppConfig,
  ) {}

  @Post('evidence')
  @RequirePermission('create', 'Evidence')
  @Idempotent()
  @ApiOperation({
    summary: 'Create an evidence item',
    description: 'Metadata first; upload its file as a version next. Contributors only for the components they provide.',
  })
  @ApiCreatedResponse({ type: EvidenceDto })
  @ApiProblems(400, 403, 404)
  async create(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @Body() body: CreateEvidenceDto): Promise<EvidenceDto> {
    return EvidenceDto.from(await this.evidence.create(actor, ws, body), this.config.EVIDENCE_EXPIRY_WARNING_DAYS);
  }

  @Get('evidence')
  @RequirePermission('read', 'Evidence')
  @ApiOperation({
    summary: 'List evidence',
    description:
      "What your organization may see: the owner all of it, contributors their components', observers none. Each item carries its current version " +
      '(`currentVersion`: number, filename, size, sha256, upload time) so no detail read is needed per row; `requirementId` keeps the evidence linked to that requirement.',
  })
  @ApiPageResponse(EvidenceListItemDto)
  @ApiProblems(400, 403, 404)
  async list(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @Query() q: EvidenceQueryDto): Promise<Page<EvidenceListItemDto>> {
    const page = await this.evidence.list(actor, ws, q);
    return { data: page.data.map((e) => EvidenceListItemDto.fromItem(e, this.config.EVIDENCE_EXPIRY_WARNING_DAYS)), nextCursor: page.nextCursor };
  }

  @Get('evidence/:evidenceId')
  @RequirePermission('read', 'Evidence')
  @ApiOperation({ summary: 'One evidence item with its versions and links', description: 'The ETag header carries the metadata version for If-Match.' })
  @ApiOkResponse({ type: EvidenceDetailDto })
  @ApiETag()
  @ApiProblems(400, 403, 404)
  async get(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('evidenceId') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EvidenceDetailDto> {
    const detail = await this.evidence.get(actor, ws, id);
    void reply.header('etag', `"${detail.evidence.version}"`);
    return EvidenceDetailDto.fromDetail(detail, this.config.EVIDENCE_EXPIRY_WARNING_DAYS);
  }

  @Patch('evidence/:evidenceId')
  @RequirePermission('update', 'Evidence')
  @ApiIfMatch()
  @ApiOperation({
    summary: 'Edit evidence metadata',
    description: 'Send the ETag you read as If-Match; a stale one is 412. Files are never edited: upload a new version.',
  })
  @ApiOkResponse({ type: EvidenceDto })
  @ApiProblems(400, 403, 404, 412, 428)
  async update(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('evidenceId') id: string,
    @IfMatch() version: number,
    @Body() body: UpdateEvidenceDto,
  ): Promise<EvidenceDto> {
    return EvidenceDto.from(await this.evidence.update(actor, ws, id, version, body), this.config.EVIDENCE_EXPIRY_WARNING_DAYS);
  }

  @Post('evidence/:evidenceId/versions')
  @RequirePermission('update', 'Evidence')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadVersionDto })
  @ApiHeader({ name: 'x-content-sha256', required: false, description: 'Hex SHA-256 of the file; a mismatch is 422 and nothing is kept' })
  @ApiOperation({
    summary: 'Upload a new version of the file',
    description:
      'Streams the file (never buffered whole), checks its real type against the declared one and the allowlist, hashes it on the fly and stores it. ' +
      'Too large → 413; wrong type → 415/422; checksum mismatch → 422; an aborted upload leaves nothing. ' +
      'A client that sends `Expect: 100-continue` gets `100 Continue` only once the upload is allowed; a refused one is answered before the file is sent. ' +
      'An upload answered before its body arrived ends its connection (`Connection: close`).',
  })
  @ApiCreatedResponse({ type: EvidenceVersionDto })
  @ApiProblems(400, 403, 404, 413, 415, 422)
  async upload(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('evidenceId') id: string,
    @Headers('x-content-sha256') headerSha: string | undefined,
    @Req() req: FastifyRequest,
  ): Promise<EvidenceVersionDto> {
    const noFile = () =>
      new EvidenceError(EvidenceErrorCode.NoFile, 'Send the file as multipart/form-data with a part named "file".', {
        errors: [{ field: 'file', message: 'is required' }],
      });
    const version = await this.evidence.uploadVersion(actor, ws, id, async () => {
      if (!req.isMultipart()) throw noFile();
      // The upload is allowed: a client waiting on `Expect: 100-continue` may send the file now.
      continueBody(req.raw);
      const part = await req.file().catch((error: unknown) => {
        // A multipart body the parser cannot read at all (no boundary, a broken preamble) is the client's.
        if (typeof (error as { statusCode?: unknown } | null)?.statusCode === 'number') throw error;
        throw new CoreError(CoreErrorCode.ValidationFailed, 'The multipart body cannot be read.', {
          errors: [{ field: 'content-type', message: 'must be multipart/form-data with a boundary, and the body must follow it' }],
        });
      });
      if (!part || part.fieldname !== 'file') {
        part?.file.resume();
        throw noFile();
      }
      return {
        stream: part.file,
        filename: part.filename,
        declaredMediaType: part.mimetype,
        expectedSha256: headerSha || statedHashes(part.fields)[0],
        // Fields after the file part are parsed once the file has been read: the request's end brings them.
        statedSha256: async () => {
          await requestBodyRead(req);
          return [...(headerSha ? [headerSha] : []), ...statedHashes(part.fields)];
        },
      };
    });
    return EvidenceVersionDto.from(version);
  }

  @Get('evidence/:evidenceId/versions/:versionId/content')
  @RequirePermission('read', 'Evidence')
  @ApiFileDownload()
  @ApiOperation({
    summary: 'Download a version',
    description: 'Streamed as an attachment; ETag is the SHA-256; byte ranges supported. Observers never get evidence files.',
  })
  @ApiProblems(400, 403, 404, 416)
  async download(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('evidenceId') id: string,
    @IdParam('versionId') versionId: string,
    @Headers('range') range: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    sendVersion(reply, await this.evidence.openVersion(actor, ws, id, versionId, range), ifNoneMatch);
  }

  @Post('evidence/:evidenceId/links')
  @RequirePermission('create', 'EvidenceLink')
  @Idempotent()
  @ApiOperation({
    summary: 'Link evidence to a requirement',
    description: "The requirement must belong to a target framework. Contributors link only their components' evidence.",
  })
  @ApiCreatedResponse({ type: EvidenceLinkDto })
  @ApiProblems(400, 403, 404, 409)
  async link(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('evidenceId') id: string,
    @Body() body: CreateLinkDto,
  ): Promise<EvidenceLinkDto> {
    return EvidenceLinkDto.from(await this.evidence.link(actor, ws, id, body));
  }

  @Delete('evidence/:evidenceId/links/:linkId')
  @RequirePermission('delete', 'EvidenceLink')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a link' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 403, 404)
  async unlink(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('evidenceId') id: string,
    @IdParam('linkId') linkId: string,
  ): Promise<void> {
    await this.evidence.unlink(actor, ws, id, linkId);
  }

  @Get('gap-analysis')
  @RequirePermission('read', 'GapAnalysis')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: 'Gap analysis',
    description:
      'Per target framework: requirements total / applicable / covered by evidence in effect today (uploaded, effective date reached, validUntil not passed) / inherited through crosswalks / accepted / with open findings, and every gap. ' +
      "Framework and requirement titles in the caller's language (`Accept-Language`) where translated, else the source text (`titleLanguage` says which). " +
      '`?format=csv` for a spreadsheet, which keeps the source titles.',
  })
  @ApiHeader(ACCEPT_LANGUAGE_HEADER)
  @Header('Vary', 'Accept-Language')
  @ApiOkResponse({ type: GapAnalysisDto })
  @ApiProblems(400, 403, 404)
  async gapAnalysis(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Query() q: GapQueryDto,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<GapAnalysisDto | string> {
    // The CSV keeps the source titles: the spreadsheet cites what submissions hash and assessors judge.
    const analysis = await this.gaps.analyse(actor, ws, q.format === 'csv' ? null : locale);
    if (q.format === 'csv') {
      void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', contentDisposition(`gap-analysis-${ws}.csv`));
      return gapAnalysisCsv(analysis);
    }
    return analysis;
  }
}
