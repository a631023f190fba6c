import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { TrustService } from '@attesta/attestations';
import { ApiProblems, AppConfig, IdParam, Public, ReadsFromReplica, type Actor } from '@attesta/core';
import type { FastifyReply } from 'fastify';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { AnonymousRateLimit } from '../http/rate-limit.guard.js';
import { TrustPageDto } from './trust.dto.js';

const PDF_RESPONSE = { description: 'The certificate (PDF/A-3b)', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };

function sendPdf(reply: FastifyReply, serial: string, pdf: Buffer, cacheControl: string): void {
  void reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${serial}.pdf"`)
    .header('cache-control', cacheControl)
    .send(pdf);
}

/** The printable certificate of an attestation, for those who may read it in its workspace. */
@ApiTags('attestations')
@Controller('workspaces/:workspaceId/attestations')
export class AttestationCertificatesController {
  constructor(private readonly trust: TrustService) {}

  @Get(':attestationId/certificate.pdf')
  @RequirePermission('read', 'Attestation')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'Printable certificate of an attestation',
    description:
      'Rendered on the server as PDF/A-3b with its font embedded: serial, supplier, offering and scope, frameworks, markets, decision outcome and conditions, validity as calendar days (UTC), ' +
      'issuer and the accreditation it was issued under (body, scheme, number, validity, status now), the status at the time of printing (active, suspended or revoked, with the reason) and a QR code ' +
      'to the portal’s verification page `/verify/<serial>`. Who may read the attestation may print it (404 otherwise, as for reading it).',
  })
  @ApiOkResponse(PDF_RESPONSE)
  @ApiProblems(400, 404)
  async certificate(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('attestationId') id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const c = await this.trust.certificate(actor, ws, id);
    sendPdf(reply, c.serial, c.pdf, 'private, no-store');
  }
}

/** Public, unauthenticated: certificates and status badges by serial, suppliers' trust pages. */
@ApiTags('public')
@Controller('public')
@ReadsFromReplica()
export class PublicTrustController {
  constructor(
    private readonly trust: TrustService,
    private readonly config: AppConfig,
  ) {}

  @Get('attestations/:serial/certificate.pdf')
  @Public()
  @AnonymousRateLimit('public')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'Printable certificate of an attestation, by serial',
    description:
      'The same certificate as `GET /v1/workspaces/{workspaceId}/attestations/{attestationId}/certificate.pdf`, for anyone who knows the serial: it states only what the public summary states. ' +
      'Cached for 60 seconds. Limited per client IP together with the other public routes (RATE_LIMIT_PUBLIC_PER_IP_PER_MINUTE; 429 with `Retry-After`).',
  })
  @ApiOkResponse(PDF_RESPONSE)
  @ApiProblems(404)
  async certificate(@Param('serial') serial: string, @Res() reply: FastifyReply): Promise<void> {
    const c = await this.trust.publicCertificate(serial);
    sendPdf(reply, c.serial, c.pdf, 'public, max-age=60');
  }

  @Get('attestations/:serial/badge.svg')
  @Public()
  @AnonymousRateLimit('public')
  @ApiProduces('image/svg+xml')
  @ApiOperation({
    summary: 'Embeddable status badge of an attestation',
    description:
      'An SVG showing the serial and the status now (`active` green, `suspended` amber, `revoked` red for a withdrawn attestation, `expired` or `superseded` grey), for a supplier’s website: ' +
      '`<a href="https://portal.example.com/verify/AT-2026-7K3M9QX2TB"><img src="https://portal.example.com/v1/public/attestations/AT-2026-7K3M9QX2TB/badge.svg" alt="Attestation AT-2026-7K3M9QX2TB"></a>`. ' +
      'Cached for 5 minutes, so a suspension shows within that time. Limited per client IP (RATE_LIMIT_PUBLIC_PER_IP_PER_MINUTE; 429 with `Retry-After`).',
  })
  @ApiOkResponse({
    description: 'The badge',
    content: {
      'image/svg+xml': {
        schema: { type: 'string' },
        example: '<svg xmlns="http://www.w3.org/2000/svg" width="196" height="20" role="img" aria-label="AT-2026-7K3M9QX2TB: active">…</svg>',
      },
    },
  })
  @ApiProblems(404)
  async badge(@Param('serial') serial: string, @Res() reply: FastifyReply): Promise<void> {
    const svg = await this.trust.badge(serial);
    void reply
      .header('content-type', 'image/svg+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(svg);
  }

  @Get('organizations/:organizationId/trust')
  @Public()
  @AnonymousRateLimit('public')
  @ApiOperation({
    summary: 'A supplier’s trust page',
    description:
      'The attestations issued to the organization (by id: organizations have no public slug) whose validity has not ended and that no newer attestation superseded, newest first, at most 100: ' +
      'each with its status now, scope, frameworks, markets, validity, issuer and the accreditation it was issued under, and links to its verification page, certificate and badge. ' +
      'Withdrawn attestations stay listed as `withdrawn` until their validity ends, so a printed certificate can be checked here. Only what each attestation’s public summary already shows. ' +
      '404 for an organization that was never issued an attestation. Cached for 60 seconds. Limited per client IP (RATE_LIMIT_PUBLIC_PER_IP_PER_MINUTE; 429 with `Retry-After`).',
  })
  @ApiOkResponse({ type: TrustPageDto })
  @ApiProblems(400, 404)
  async trustPage(@IdParam('organizationId') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<TrustPageDto> {
    const page = await this.trust.trustPage(id);
    void reply.header('cache-control', 'public, max-age=60');
    return TrustPageDto.from(page, this.config.PUBLIC_BASE_URL);
  }
}
