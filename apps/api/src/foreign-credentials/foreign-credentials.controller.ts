import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Body, IdParam, Query, type Actor, type Page } from '@attesta/core';
import { ForeignCredentialsService } from '@attesta/foreign-credentials';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { ForeignCredentialDto, ForeignCredentialQueryDto, ImportForeignCredentialDto } from './dto/foreign-credentials.dto.js';

const COUNTS =
  'A credential counts (status recognised) only when its signature verifies through the issuer did:web document (or its JWKS), its status lists do not mark it, it is within validFrom/validUntil and a listed trust-list entry names the issuer DID; otherwise it is kept with the reason.';

@ApiTags('foreign-credentials')
@Controller('foreign-credentials')
export class ForeignCredentialsController {
  constructor(private readonly credentials: ForeignCredentialsService) {}

  @Post()
  @RequirePermission('create', 'ForeignCredential')
  @ApiOperation({
    summary: 'Import a credential from another issuer',
    description: `A W3C VC 2.0 secured as application/vc+jwt (another Attesta deployment, any UNTP DCC issuer), by url or upload. Every fetch (credential, DID document, JWKS, status lists) goes through the SSRF guard with a size limit and a timeout. A credential that does not parse, a DID that does not resolve, a bad signature, a private-network URL or a credential not issued to your organization (UNTP issuedToParty must name it: urn:uuid:<organization id> or its name) is refused (nothing is stored). ${COUNTS}`,
  })
  @ApiCreatedResponse({ type: ForeignCredentialDto })
  @ApiProblems(400, 409, 422)
  async import(@CurrentActor() actor: Actor, @Body() body: ImportForeignCredentialDto): Promise<ForeignCredentialDto> {
    return ForeignCredentialDto.from(await this.credentials.import(actor, body));
  }

  @Get()
  @RequirePermission('read', 'ForeignCredential')
  @ApiOperation({ summary: "The organization's foreign credentials", description: 'With their last check result; filter by status.' })
  @ApiPageResponse(ForeignCredentialDto)
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() query: ForeignCredentialQueryDto): Promise<Page<ForeignCredentialDto>> {
    const page = await this.credentials.list(actor, query);
    return { data: page.data.map(ForeignCredentialDto.from), nextCursor: page.nextCursor };
  }

  @Get(':foreignCredentialId')
  @RequirePermission('read', 'ForeignCredential')
  @ApiOperation({ summary: 'One foreign credential', description: COUNTS })
  @ApiOkResponse({ type: ForeignCredentialDto })
  @ApiProblems(400, 404)
  async get(@CurrentActor() actor: Actor, @IdParam('foreignCredentialId') id: string): Promise<ForeignCredentialDto> {
    return ForeignCredentialDto.from(await this.credentials.get(actor, id));
  }

  @Post(':foreignCredentialId/check')
  @HttpCode(200)
  @RequirePermission('update', 'ForeignCredential')
  @ApiOperation({
    summary: 'Check a foreign credential again now',
    description:
      'Fetches its status lists (If-None-Match the last ETag), re-reads the trust list, validity and whether the credential still names your organization. The worker does the same on a schedule.',
  })
  @ApiOkResponse({ type: ForeignCredentialDto })
  @ApiProblems(400, 404)
  async check(@CurrentActor() actor: Actor, @IdParam('foreignCredentialId') id: string): Promise<ForeignCredentialDto> {
    return ForeignCredentialDto.from(await this.credentials.recheck(actor, id));
  }

  @Delete(':foreignCredentialId')
  @HttpCode(204)
  @RequirePermission('delete', 'ForeignCredential')
  @ApiOperation({ summary: 'Remove a foreign credential', description: 'It no longer counts anywhere.' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 404)
  async remove(@CurrentActor() actor: Actor, @IdParam('foreignCredentialId') id: string): Promise<void> {
    await this.credentials.remove(actor, id);
  }
}
