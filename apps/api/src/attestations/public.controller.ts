import { Controller, Get, Headers, HttpCode, Param, ParseEnumPipe, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  AttestationsError,
  AttestationsErrorCode,
  AttestationsService,
  publicAttestationUrl,
  SigningKeysService,
  StatusListsService,
  VerificationService,
  issuerAccreditation,
} from '@attesta/attestations';
import { ApiProblems, AppConfig, Body, IdParam, ifNoneMatchHits, Public, ReadsFromReplica } from '@attesta/core';
import type { FastifyReply } from 'fastify';
import { ApiETag } from '../http/etagged.js';
import { AnonymousRateLimit } from '../http/rate-limit.guard.js';
import { PublicAttestationDto, VerificationDto, VerifyDto } from './attestations.dto.js';

enum Purpose {
  Revocation = 'revocation',
  Suspension = 'suspension',
}

/** Public, unauthenticated: verification, attestation summaries, issuers' DID documents, JWKS and status lists. */
@ApiTags('public')
@Controller('public')
@ReadsFromReplica()
export class PublicAttestationsController {
  constructor(
    private readonly verification: VerificationService,
    private readonly attestations: AttestationsService,
    private readonly keys: SigningKeysService,
    private readonly lists: StatusListsService,
    private readonly config: AppConfig,
  ) {}

  @Post('verify')
  @Public()
  @AnonymousRateLimit('public')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verify a credential',
    description:
      'Takes a credential as a compact JWS (application/vc+jwt), an EnvelopedVerifiableCredential or VC JSON. Answers whether the signature is valid, whether the issuer is known (with its accreditation), ' +
      "the status (active, suspended, withdrawn, expired, superseded) from the issuer's status lists, a subject summary, the supersession links (`supersededBy`, `supersedes`), and the reasons when it is not valid. " +
      'An invalid credential is a 200 with valid=false. Limited per client IP together with the attestation summaries (RATE_LIMIT_PUBLIC_PER_IP_PER_MINUTE; 429 with `Retry-After`).',
  })
  @ApiOkResponse({ type: VerificationDto })
  @ApiProblems(400)
  async verify(@Body() body: VerifyDto): Promise<VerificationDto> {
    return this.verification.verify(body.credential);
  }

  @Get('attestations/:serial')
  @Public()
  @AnonymousRateLimit('public')
  @ApiOperation({
    summary: 'The public summary of an attestation',
    description:
      'By serial number: issuer and accreditation, subject, frameworks, markets, component versions, scope, validity and current status; a superseded attestation links the one that superseded it (`supersededBy`), and that one links back (`supersedes`). ' +
      'Limited per client IP together with verification (RATE_LIMIT_PUBLIC_PER_IP_PER_MINUTE; 429 with `Retry-After`).',
  })
  @ApiOkResponse({ type: PublicAttestationDto })
  @ApiProblems(404)
  async summary(@Param('serial') serial: string): Promise<PublicAttestationDto> {
    // Serials are Crockford base32: case does not matter, as on the badge and the certificate.
    const normalized = serial.toUpperCase();
    const p = /^[A-Z0-9-]{1,40}$/.test(normalized) ? await this.attestations.publicSummary({ serial: normalized }) : null;
    if (!p) throw new AttestationsError(AttestationsErrorCode.AttestationNotFound, 'Attestation not found.');
    const profile = await this.keys.issuerProfile(p.organizationId);
    const link = (s: string) => ({ serial: s, url: publicAttestationUrl(this.config.PUBLIC_BASE_URL, s) });
    return PublicAttestationDto.from(
      p,
      {
        id: this.keys.did(p.organizationId),
        name: profile?.name ?? null,
        // The verified accreditation the attestation was issued under, with its status now (never the issuer's own declaration).
        accreditation: p.accreditation ? issuerAccreditation(p.accreditation) : null,
      },
      link,
    );
  }

  @Get('issuers/:organizationId/did.json')
  @Public()
  @ApiProduces('application/did+json')
  @ApiOperation({
    summary: "An issuer's DID document (did:web)",
    description: 'Resolves did:web:<host>:v1:public:issuers:<id>. Lists every signing key (active and retired) as a JsonWebKey verification method.',
  })
  @ApiOkResponse({ description: 'DID document', content: { 'application/did+json': { schema: { type: 'object' } } } })
  @ApiProblems(400, 404)
  async did(@IdParam('organizationId') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, unknown>> {
    const doc = await this.keys.didDocument(id);
    void reply.header('content-type', 'application/did+json').header('cache-control', 'public, max-age=300');
    return doc;
  }

  @Get('issuers/:organizationId/jwks.json')
  @Public()
  @ApiProduces('application/jwk-set+json')
  @ApiOperation({
    summary: "An issuer's public keys (JWKS)",
    description: 'Every Ed25519 key the issuer signed with, active and retired; `kid` is the DID URL in the JWS header.',
  })
  @ApiOkResponse({
    description: 'JSON Web Key Set',
    content: { 'application/jwk-set+json': { schema: { type: 'object', properties: { keys: { type: 'array', items: { type: 'object' } } } } } },
  })
  @ApiProblems(400, 404)
  async jwks(@IdParam('organizationId') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, unknown>> {
    const jwks = await this.keys.jwks(id);
    void reply.header('content-type', 'application/jwk-set+json').header('cache-control', 'public, max-age=300');
    return jwks;
  }

  @Get('issuers/:organizationId/status/:purpose')
  @Public()
  @ApiProduces('application/vc+jwt')
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of an earlier answer; 304 when the list is unchanged' })
  @ApiOperation({
    summary: "An issuer's status list credential",
    description:
      'W3C Bitstring Status List (131,072 entries, GZIP, multibase base64url), signed as application/vc+jwt. ETag per list version; send If-None-Match to get 304 when unchanged.',
  })
  @ApiOkResponse({ description: 'The signed status list credential', content: { 'application/vc+jwt': { schema: { type: 'string' } } } })
  @ApiResponse({ status: 304, description: 'Not modified' })
  @ApiETag(200, 304)
  @ApiProblems(400, 404)
  async statusList(
    @IdParam('organizationId') id: string,
    @Param('purpose', new ParseEnumPipe(Purpose)) purpose: Purpose,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const list = await this.lists.published(id, purpose);
    const etag = `"${purpose}-${list.version}"`;
    void reply.header('etag', etag).header('cache-control', 'public, no-cache').header('last-modified', list.updatedAt.toUTCString());
    if (ifNoneMatchHits(ifNoneMatch, etag)) {
      void reply.status(304).send();
      return;
    }
    void reply.header('content-type', 'application/vc+jwt').send(list.credential);
  }
}
