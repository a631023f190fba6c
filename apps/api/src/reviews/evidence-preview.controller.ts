import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiProblems, IdParam, ParseIntParamPipe, Public, Query, type Actor } from '@attesta/core';
import { SubmissionsService } from '@attesta/reviews';
import type { FastifyReply } from 'fastify';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { AnonymousRateLimit } from '../http/rate-limit.guard.js';
import { EvidencePreviewLinkDto } from './evidence-preview.dto.js';
import { PREVIEW_TICKET_TTL_SECONDS, PreviewTickets } from './preview-tickets.js';
import { sendPreview } from './send-preview.js';

const PREVIEW_TYPES = {
  'application/pdf': { schema: { type: 'string', format: 'binary' } },
  'image/png': { schema: { type: 'string', format: 'binary' } },
  'text/plain': { schema: { type: 'string' }, example: 'Spindle run-in log, 2026-01-12\n…' },
  'text/markdown': { schema: { type: 'string' }, example: '# Failure-response protocol\n\n1. Stop the spindle …' },
  'text/csv': { schema: { type: 'string' }, example: 'date,axis,deviation_um\n2026-01-12,X,2.1\n' },
};

const PREVIEW_HEADERS = {
  'Content-Disposition': { description: 'inline; filename="…" (shown, never saved)', schema: { type: 'string' } },
  'Content-Security-Policy': {
    description: "default-src 'none' … with `sandbox`, except for PDFs (Chromium's viewer refuses sandboxed documents), which get object-src 'self' instead",
    schema: { type: 'string' },
  },
  'X-Content-Type-Options': { description: 'nosniff', schema: { type: 'string' } },
  'X-Preview-Kind': { description: 'pdf, image, text, markdown or csv', schema: { type: 'string' } },
  'X-Preview-Truncated': { description: 'true when only the first 256 KiB of a text, Markdown or CSV file is sent', schema: { type: 'string' } },
};

const ALLOW_LIST =
  'Previewed types: PDF; PNG, JPEG, GIF and WebP images (up to 25 MiB); plain text, JSON, YAML and XML (as text/plain), Markdown and CSV (the first 256 KiB). ' +
  'Any other type is 415 `reviews.preview_unavailable` (download it instead), as is a PDF or image over the limit.';

/**
 * The preview pane of the review: a frozen evidence version shown in the browser, under the
 * same rules as its download (assessors and the workspace's parties; others 404).
 */
@ApiTags('reviews')
@Controller()
export class EvidencePreviewController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly tickets: PreviewTickets,
  ) {}

  @Get('workspaces/:workspaceId/submissions/:number/evidence/:versionId/preview')
  @RequirePermission('read', 'Submission')
  @ApiProduces(...Object.keys(PREVIEW_TYPES))
  @ApiOperation({
    summary: 'Preview a submitted evidence version',
    description:
      'Only versions this submission froze, with the same access as their download. Served inline with a restrictive Content-Security-Policy and nosniff. ' +
      ALLOW_LIST,
  })
  @ApiOkResponse({ description: 'The preview', content: PREVIEW_TYPES, headers: PREVIEW_HEADERS })
  @ApiProblems(400, 404, 415)
  async preview(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', new ParseIntParamPipe()) n: number,
    @IdParam('versionId') versionId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    sendPreview(reply, await this.submissions.openPreview(actor, ws, n, versionId));
  }

  @Get('workspaces/:workspaceId/submissions/:number/evidence/:versionId/preview-link')
  @RequirePermission('read', 'Submission')
  @ApiOperation({
    summary: 'A short-lived link to the preview',
    description:
      `For places that cannot send credentials (an <iframe> showing a PDF, an <img>): a URL that opens this version's preview for ${PREVIEW_TICKET_TTL_SECONDS} seconds, for the caller only; ` +
      'the caller’s workspace role is checked again when it is opened. Checks as the preview itself does, so an unpreviewable type is 415 here already. ' +
      ALLOW_LIST,
  })
  @ApiOkResponse({ type: EvidencePreviewLinkDto })
  @ApiProblems(400, 404, 415)
  async previewLink(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', new ParseIntParamPipe()) n: number,
    @IdParam('versionId') versionId: string,
  ): Promise<EvidencePreviewLinkDto> {
    const plan = await this.submissions.preview(actor, ws, n, versionId);
    const { ticket, expiresAt } = await this.tickets.issue(actor, { workspaceId: ws, number: n, versionId });
    return EvidencePreviewLinkDto.from(plan, `/v1/evidence-preview?ticket=${encodeURIComponent(ticket)}`, expiresAt);
  }

  @Get('evidence-preview')
  @Public()
  @AnonymousRateLimit('public')
  @ApiProduces(...Object.keys(PREVIEW_TYPES))
  @ApiQuery({
    name: 'ticket',
    required: true,
    description: 'From `url` of GET …/evidence/{versionId}/preview-link',
    example: 'eyJhbGciOiJIUzI1NiJ9.eyJ3b3Jrc3BhY2VJZCI6Ii4uLiJ9.c2lnbmF0dXJl',
  })
  @ApiOperation({
    summary: 'Open a preview link',
    description:
      'No credentials: the link is the credential, for one version, one caller and a short time. The caller’s workspace role is checked again, and a link an API key asked for dies with the key (revoked or expired); ' +
      'an altered, foreign or expired link is 404 `reviews.preview_link_invalid`. Headers as for GET …/preview.',
  })
  @ApiOkResponse({ description: 'The preview', content: PREVIEW_TYPES, headers: PREVIEW_HEADERS })
  @ApiProblems(404, 415)
  async open(@Query('ticket') ticket: unknown, @Res() reply: FastifyReply): Promise<void> {
    const { actor, workspaceId, number, versionId } = await this.tickets.open(typeof ticket === 'string' ? ticket : '');
    sendPreview(reply, await this.submissions.openPreview(actor, workspaceId, number, versionId));
  }
}
