import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AttestationsService, publicAttestationUrl, SigningKeysService, type Attestation } from '@attesta/attestations';
import { ApiPageResponse, ApiProblems, AppConfig, Body, IdParam, Query, type Actor, type Page } from '@attesta/core';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import {
  AttestationDto,
  AttestationLinkDto,
  AttestationQueryDto,
  IssueAttestationDto,
  ReduceScopeDto,
  ScopeReductionResultDto,
  SigningKeyDto,
  SigningKeyListDto,
  ReinstateDto,
  SuspendDto,
  WithdrawDto,
} from './attestations.dto.js';

@ApiTags('attestations')
@Controller('workspaces/:workspaceId/attestations')
export class AttestationsController {
  constructor(
    private readonly attestations: AttestationsService,
    private readonly keys: SigningKeysService,
    private readonly config: AppConfig,
  ) {}

  /** Attestations as the API shows them, with their supersession links (one read for the lot). */
  private async dtos(list: Attestation[]): Promise<AttestationDto[]> {
    const lineage = await this.attestations.lineage(list.map((a) => a.id));
    const link = (serial: string): AttestationLinkDto => ({ serial, url: publicAttestationUrl(this.config.PUBLIC_BASE_URL, serial) });
    return list.map((a) =>
      AttestationDto.from(a, this.keys.did(a.organizationId), publicAttestationUrl(this.config.PUBLIC_BASE_URL, a.serial), lineage.get(a.id), link),
    );
  }

  private async dto(a: Attestation): Promise<AttestationDto> {
    return (await this.dtos([a]))[0]!;
  }

  @Get()
  @RequirePermission('read', 'Attestation')
  @ApiOperation({ summary: "List the workspace's attestations", description: 'Every participant sees them (observers too): they are outcomes.' })
  @ApiPageResponse(AttestationDto)
  @ApiProblems(400, 404)
  async list(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @Query() q: AttestationQueryDto): Promise<Page<AttestationDto>> {
    const page = await this.attestations.list(actor, ws, q);
    return { data: await this.dtos(page.data), nextCursor: page.nextCursor };
  }

  @Post()
  @RequirePermission('create', 'Attestation')
  @ApiOperation({
    summary: 'Issue the attestation of a decision (the deciding assessor)',
    description:
      'From a final conformant (or conformant-with-conditions) decision: a W3C Verifiable Credential 2.0 with a UNTP Digital Conformity Credential subject, signed with the ' +
      "organization's Ed25519 key (application/vc+jwt), with an entry in its revocation and suspension status lists. It claims exactly the decision's scope: its frameworks and markets and " +
      'the component versions frozen in the submission. One decision gives one attestation, whatever became of it (after a withdrawal a new decision is needed): a second issue is a 409. ' +
      'An earlier active or suspended attestation of the same issuer for the same offering whose scope overlaps (a shared framework and a shared market) becomes `superseded` in the same ' +
      'transaction: its revocation bit is set, it links to the new one (`supersededBy`) and the new one to it (`supersedes`). ' +
      'Accreditation: unless `accredited: false` is sent, the issuer needs a verified (by its body, a credential signed with a key on the trust list, or the platform operator), active and valid ' +
      'accreditation whose scope covers every framework code and market of the attestation; otherwise 422 `accreditation.not_accredited` naming the missing frameworks and markets. ' +
      "The credential's `authorisation`, `assessmentLevel` and `accreditation` come only from that record.",
  })
  @ApiCreatedResponse({ type: AttestationDto })
  @ApiProblems(400, 404, 409, 422)
  async issue(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @Body() body: IssueAttestationDto): Promise<AttestationDto> {
    return this.dto(await this.attestations.issueFromDecision(actor, ws, body.decisionId, { accredited: body.accredited }));
  }

  @Get(':attestationId')
  @RequirePermission('read', 'Attestation')
  @ApiOperation({
    summary: 'One attestation with its signed credential',
    description: "The credential is the compact JWS (application/vc+jwt) anyone can verify offline with the issuer's JWKS and status lists.",
  })
  @ApiOkResponse({ type: AttestationDto })
  @ApiProblems(400, 404)
  async get(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @IdParam('attestationId') id: string): Promise<AttestationDto> {
    return this.dto(await this.attestations.get(actor, ws, id));
  }

  @Post(':attestationId/suspend')
  @HttpCode(200)
  @RequirePermission('update', 'Attestation')
  @ApiOperation({
    summary: 'Suspend an attestation (issuer only)',
    description:
      "Sets its bit in the issuer's suspension status list; verifiers see it suspended at once, with the reason (required, 400 naming `reason` without one). Reversible by reinstating.",
  })
  @ApiOkResponse({ type: AttestationDto })
  @ApiProblems(400, 404, 422)
  async suspend(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('attestationId') id: string,
    @Body() body: SuspendDto,
  ): Promise<AttestationDto> {
    return this.dto(await this.attestations.suspend(actor, ws, id, body.reason.trim()));
  }

  @Post(':attestationId/reinstate')
  @HttpCode(200)
  @RequirePermission('update', 'Attestation')
  @ApiOperation({
    summary: 'Reinstate a suspended attestation (issuer only)',
    description:
      'Clears its suspension bit, with the reason (required, 400 naming `reason` without one; shown to verifiers with the status). Not after validUntil (422 `attestation.invalid_transition`). An accredited attestation only while the accreditation it names counts (verified, active, within its validity, body listed): otherwise 422 `accreditation.not_accredited` with `accreditationStatus`, so an automatic suspension on an accreditation lapse is not undone while the lapse lasts.',
  })
  @ApiOkResponse({ type: AttestationDto })
  @ApiProblems(400, 404, 422)
  async reinstate(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('attestationId') id: string,
    @Body() body: ReinstateDto,
  ): Promise<AttestationDto> {
    return this.dto(await this.attestations.reinstate(actor, ws, id, body.reason.trim()));
  }

  @Post(':attestationId/withdraw')
  @HttpCode(200)
  @RequirePermission('update', 'Attestation')
  @ApiOperation({ summary: 'Withdraw an attestation (issuer only)', description: "Sets its bit in the issuer's revocation status list. Final." })
  @ApiOkResponse({ type: AttestationDto })
  @ApiProblems(400, 404, 422)
  async withdraw(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('attestationId') id: string,
    @Body() body: WithdrawDto,
  ): Promise<AttestationDto> {
    return this.dto(await this.attestations.withdraw(actor, ws, id, body.reason.trim()));
  }

  @Post(':attestationId/reduce-scope')
  @RequirePermission('update', 'Attestation')
  @ApiOperation({
    summary: 'Reduce the scope (issuer only)',
    description: 'Issues a new attestation for the narrower scope (a subset of the frameworks and markets) and withdraws this one, in one transaction.',
  })
  @ApiCreatedResponse({ type: ScopeReductionResultDto })
  @ApiProblems(400, 404, 422)
  async reduceScope(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('attestationId') id: string,
    @Body() body: ReduceScopeDto,
  ): Promise<ScopeReductionResultDto> {
    const r = await this.attestations.reduceScope(actor, ws, id, body);
    const [issued, withdrawn] = await this.dtos([r.issued, r.withdrawn]);
    return { issued: issued!, withdrawn: withdrawn! };
  }
}

@ApiTags('attestations')
@Controller('organization/signing-keys')
export class SigningKeysController {
  constructor(private readonly keys: SigningKeysService) {}

  @Get()
  @RequirePermission('read', 'SigningKey', { userOnly: true })
  @ApiOperation({
    summary: "The organization's signing keys (assessors)",
    description: 'Public parts only; the private keys never leave the server and are stored encrypted.',
  })
  @ApiOkResponse({ type: SigningKeyListDto })
  async list(@CurrentActor() actor: Actor): Promise<SigningKeyListDto> {
    return { data: (await this.keys.list(actor)).map((k) => SigningKeyDto.from(k)) };
  }

  @Post('rotate')
  @RequirePermission('create', 'SigningKey', { userOnly: true })
  @ApiOperation({
    summary: 'Rotate the signing key (assessors)',
    description: 'A new Ed25519 key signs from now on; the previous one stays in the JWKS and DID document, so what it signed keeps verifying.',
  })
  @ApiCreatedResponse({ type: SigningKeyDto })
  async rotate(@CurrentActor() actor: Actor): Promise<SigningKeyDto> {
    return SigningKeyDto.from(await this.keys.rotate(actor));
  }
}
