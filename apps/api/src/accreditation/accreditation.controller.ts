import { Controller, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccreditationsService, TrustListService, type BodyPublicKey } from '@attesta/accreditation';
import { ApiProblems, Body, IdParam, Public, Query, ReadsFromReplica, type Actor } from '@attesta/core';
import { OperatorOnly } from '../admin/operator.guard.js';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import {
  AccreditationBodyDto,
  AccreditationDetailDto,
  AccreditationSettingsDto,
  BodyAccreditationQueryDto,
  ConfirmByBodyDto,
  CreateAccreditationBodyDto,
  DeclareAccreditationDto,
  LinkAccreditationBodyDto,
  OperatorAccreditationQueryDto,
  OperatorConfirmDto,
  OperatorStatusDto,
  PresentCredentialDto,
  StatusReasonDto,
  UpdateAccreditationBodyDto,
  UpdateAccreditationSettingsDto,
} from './accreditation.dto.js';

const COUNTS =
  "Only a verified record (by the body's linked organization, a credential signed with a key the trust list holds for the body, or the platform operator) that is active and valid counts as accredited; a declared one counts for nothing.";

/** An assessor organization's own accreditations (owners and admins declare; members read). */
@ApiTags('accreditations')
@Controller('organization/accreditations')
export class AccreditationsController {
  constructor(private readonly accreditations: AccreditationsService) {}

  @Get()
  @RequirePermission('read', 'Accreditation')
  @ApiOperation({ summary: "The organization's accreditations", description: `Declared and verified records with their status. ${COUNTS}` })
  @ApiOkResponse({ type: [AccreditationDetailDto] })
  async list(@CurrentActor() actor: Actor): Promise<AccreditationDetailDto[]> {
    return (await this.accreditations.list(actor)).map(AccreditationDetailDto.from);
  }

  @Post()
  @RequirePermission('create', 'Accreditation')
  @ApiOperation({
    summary: 'Declare an accreditation (assessors)',
    description: `Body (on the trust list, else 422 naming \`bodyId\`), number, standard, scope (framework codes, markets, service categories), validity. The record starts as \`declared\`: have it verified by the body, present the body's credential, or ask the operator. ${COUNTS}`,
  })
  @ApiCreatedResponse({ type: AccreditationDetailDto })
  @ApiProblems(400, 409, 422)
  async declare(@CurrentActor() actor: Actor, @Body() body: DeclareAccreditationDto): Promise<AccreditationDetailDto> {
    return AccreditationDetailDto.from(await this.accreditations.declare(actor, { ...body, scope: { ...body.scope } }));
  }

  @Get(':accreditationId')
  @RequirePermission('read', 'Accreditation')
  @ApiOperation({
    summary: 'One accreditation with its history',
    description: 'The status log: declaration, verification, suspensions, withdrawals, reinstatements, expiry — who, when, why and on what evidence.',
  })
  @ApiOkResponse({ type: AccreditationDetailDto })
  @ApiProblems(400, 404)
  async get(@CurrentActor() actor: Actor, @IdParam('accreditationId') id: string): Promise<AccreditationDetailDto> {
    return AccreditationDetailDto.from(await this.accreditations.get(actor, id));
  }

  @Post(':accreditationId/credential')
  @RequirePermission('update', 'Accreditation')
  @HttpCode(200)
  @ApiOperation({
    summary: "Present the body's accreditation credential",
    description:
      "A compact JWS signed with a key the trust list holds for the record's body: issuer one of the body's DIDs (or urn:uuid:<body id>), `credentialSubject.id` = `urn:uuid:<organization id>`, " +
      "`credentialSubject.accreditation` with the same number and standard, a scope that contains the record's and a validity that contains it. Verified → `verification: credential`; otherwise 422 listing every mismatch.",
  })
  @ApiOkResponse({ type: AccreditationDetailDto })
  @ApiProblems(400, 404, 409, 422)
  async presentCredential(
    @CurrentActor() actor: Actor,
    @IdParam('accreditationId') id: string,
    @Body() body: PresentCredentialDto,
  ): Promise<AccreditationDetailDto> {
    return AccreditationDetailDto.from(await this.accreditations.presentCredential(actor, id, body.credential));
  }
}

/** The assessor organization's accreditation settings. */
@ApiTags('accreditations')
@Controller('organization/accreditation-settings')
export class AccreditationSettingsController {
  constructor(private readonly accreditations: AccreditationsService) {}

  @Get()
  @RequirePermission('read', 'AccreditationSettings')
  @ApiOperation({
    summary: 'Accreditation settings',
    description: 'Whether attestations issued under an accreditation are suspended automatically when it lapses.',
  })
  @ApiOkResponse({ type: AccreditationSettingsDto })
  async get(@CurrentActor() actor: Actor): Promise<AccreditationSettingsDto> {
    return AccreditationSettingsDto.from(await this.accreditations.settings(actor));
  }

  @Put()
  @RequirePermission('update', 'AccreditationSettings')
  @ApiOperation({
    summary: 'Change the accreditation settings (owners and admins of assessors)',
    description:
      '`autoSuspendOnAccreditationLapse` (default false): when an accreditation is suspended, withdrawn or expires, the worker suspends every active attestation issued under it, with the reason.',
  })
  @ApiOkResponse({ type: AccreditationSettingsDto })
  @ApiProblems(400)
  async update(@CurrentActor() actor: Actor, @Body() body: UpdateAccreditationSettingsDto): Promise<AccreditationSettingsDto> {
    return AccreditationSettingsDto.from(await this.accreditations.updateSettings(actor, body));
  }
}

/** An accreditation body's tenant: the records naming its trust-list entry. */
@ApiTags('accreditations')
@Controller('accreditation-body/accreditations')
export class AccreditationBodyController {
  constructor(private readonly accreditations: AccreditationsService) {}

  @Get()
  @RequirePermission('read', 'Accreditation')
  @ApiOperation({
    summary: 'Accreditations naming this body (accreditation bodies)',
    description: 'For an organization of kind accreditation_body that the operator linked to its trust-list entry; 403 otherwise.',
  })
  @ApiOkResponse({ type: [AccreditationDetailDto] })
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() q: BodyAccreditationQueryDto): Promise<AccreditationDetailDto[]> {
    return (await this.accreditations.listForBody(actor, q)).map(AccreditationDetailDto.from);
  }

  @Post(':accreditationId/confirm')
  @RequirePermission('update', 'Accreditation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm an accreditation (the body)', description: 'The record becomes verified (`body_confirmed`). Other organizations get 404.' })
  @ApiOkResponse({ type: AccreditationDetailDto })
  @ApiProblems(400, 404, 409)
  async confirm(@CurrentActor() actor: Actor, @IdParam('accreditationId') id: string, @Body() body: ConfirmByBodyDto): Promise<AccreditationDetailDto> {
    return AccreditationDetailDto.from(await this.accreditations.confirmByBody(actor, id, body.note));
  }

  @Post(':accreditationId/suspend')
  @RequirePermission('update', 'Accreditation')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Suspend an accreditation (the body)',
    description:
      'active → suspended; announced as `accreditation.status_changed` (public verification and conformity checks show it; attestations issued under it are suspended when the assessor chose so).',
  })
  @ApiOkResponse({ type: AccreditationDetailDto })
  @ApiProblems(400, 404, 409)
  async suspend(@CurrentActor() actor: Actor, @IdParam('accreditationId') id: string, @Body() body: StatusReasonDto): Promise<AccreditationDetailDto> {
    return AccreditationDetailDto.from(await this.accreditations.changeStatusByBody(actor, id, 'suspend', body.reason));
  }

  @Post(':accreditationId/withdraw')
  @RequirePermission('update', 'Accreditation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw an accreditation (the body)', description: 'active or suspended → withdrawn (final).' })
  @ApiOkResponse({ type: AccreditationDetailDto })
  @ApiProblems(400, 404, 409)
  async withdraw(@CurrentActor() actor: Actor, @IdParam('accreditationId') id: string, @Body() body: StatusReasonDto): Promise<AccreditationDetailDto> {
    return AccreditationDetailDto.from(await this.accreditations.changeStatusByBody(actor, id, 'withdraw', body.reason));
  }

  @Post(':accreditationId/reinstate')
  @RequirePermission('update', 'Accreditation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reinstate an accreditation (the body)', description: 'suspended → active, while within its validity.' })
  @ApiOkResponse({ type: AccreditationDetailDto })
  @ApiProblems(400, 404, 409)
  async reinstate(@CurrentActor() actor: Actor, @IdParam('accreditationId') id: string, @Body() body: StatusReasonDto): Promise<AccreditationDetailDto> {
    return AccreditationDetailDto.from(await this.accreditations.changeStatusByBody(actor, id, 'reinstate', body.reason));
  }
}

/** The platform operator's trust list and confirmations (OPERATOR_TOKEN; 403 for anyone else). */
@ApiTags('operator')
@Controller('operator')
export class OperatorAccreditationController {
  constructor(
    private readonly trustList: TrustListService,
    private readonly accreditations: AccreditationsService,
  ) {}

  @Get('accreditation-bodies')
  @OperatorOnly()
  @ApiOperation({ summary: 'The trust list, delisted bodies included (operator)' })
  @ApiOkResponse({ type: [AccreditationBodyDto] })
  async listBodies(): Promise<AccreditationBodyDto[]> {
    return (await this.trustList.list({ includeDelisted: true })).map(AccreditationBodyDto.from);
  }

  @Post('accreditation-bodies')
  @OperatorOnly()
  @ApiOperation({
    summary: 'Put an accreditation body on the trust list (operator)',
    description: 'Name, country, identifiers, arrangements, public keys (JWK) and DIDs. A code already on the list is a 409.',
  })
  @ApiCreatedResponse({ type: AccreditationBodyDto })
  @ApiProblems(400, 409)
  async addBody(@Body() body: CreateAccreditationBodyDto): Promise<AccreditationBodyDto> {
    return AccreditationBodyDto.from(await this.trustList.add({ ...body, publicKeys: body.publicKeys as BodyPublicKey[] | undefined }));
  }

  @Patch('accreditation-bodies/:bodyId')
  @OperatorOnly()
  @ApiOperation({
    summary: 'Change a trust-list entry (operator)',
    description: 'Keys, DIDs, arrangements, identifiers; `listed: false` delists it (its accreditations stop counting).',
  })
  @ApiOkResponse({ type: AccreditationBodyDto })
  @ApiProblems(400, 404, 409)
  async updateBody(@IdParam('bodyId') id: string, @Body() body: UpdateAccreditationBodyDto): Promise<AccreditationBodyDto> {
    return AccreditationBodyDto.from(await this.trustList.update(id, { ...body, publicKeys: body.publicKeys as BodyPublicKey[] | undefined }));
  }

  @Post('accreditation-bodies/:bodyId/link')
  @OperatorOnly()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Link a body to its organization (operator)',
    description: 'The organization (kind accreditation_body) may then confirm, suspend, withdraw and reinstate the accreditations naming this body.',
  })
  @ApiOkResponse({ type: AccreditationBodyDto })
  @ApiProblems(400, 404, 409)
  async linkBody(@IdParam('bodyId') id: string, @Body() body: LinkAccreditationBodyDto): Promise<AccreditationBodyDto> {
    return AccreditationBodyDto.from(await this.trustList.link(id, body.organizationId));
  }

  @Get('accreditations')
  @OperatorOnly()
  @ApiOperation({ summary: 'Accreditations (operator)', description: 'Optionally of one organization or one body (at most 500).' })
  @ApiOkResponse({ type: [AccreditationDetailDto] })
  @ApiProblems(400)
  async listAccreditations(@Query() q: OperatorAccreditationQueryDto): Promise<AccreditationDetailDto[]> {
    return (await this.accreditations.listForOperator(q)).map(AccreditationDetailDto.from);
  }

  @Post('accreditations/:accreditationId/confirm')
  @OperatorOnly()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm an accreditation naming the evidence (operator)',
    description: 'The record becomes verified (`operator`); the evidence is kept in its history.',
  })
  @ApiOkResponse({ type: AccreditationDetailDto })
  @ApiProblems(400, 404, 409, 422)
  async confirm(@IdParam('accreditationId') id: string, @Body() body: OperatorConfirmDto): Promise<AccreditationDetailDto> {
    return AccreditationDetailDto.from(await this.accreditations.confirmByOperator(id, body.evidence));
  }

  @Post('accreditations/:accreditationId/status')
  @OperatorOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend, withdraw or reinstate an accreditation (operator)', description: 'Announced as `accreditation.status_changed`.' })
  @ApiOkResponse({ type: AccreditationDetailDto })
  @ApiProblems(400, 404, 409)
  async status(@IdParam('accreditationId') id: string, @Body() body: OperatorStatusDto): Promise<AccreditationDetailDto> {
    return AccreditationDetailDto.from(await this.accreditations.changeStatusByOperator(id, body.action, body.reason));
  }
}

/** The trust list, public. */
@ApiTags('public')
@Controller('public/accreditation-bodies')
@ReadsFromReplica()
export class PublicTrustListController {
  constructor(private readonly trustList: TrustListService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'The trust list of accreditation bodies',
    description: 'Every listed body with its arrangements, identifiers, DIDs and public keys: what Attesta accepts accreditations from.',
  })
  @ApiOkResponse({ type: [AccreditationBodyDto] })
  async list(): Promise<AccreditationBodyDto[]> {
    return (await this.trustList.list()).map(AccreditationBodyDto.from);
  }
}
