import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Body, IdParam, PageQueryDto, Query, type Actor, type Page } from '@attesta/core';
import { ProcurementService } from '@attesta/procurement';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { ETagged } from '../http/etagged.js';
import { Idempotent } from '../http/idempotency.js';
import { BidDto, ComplianceReportDto, ConformityCheckDto, CreateTenderDto, SubmitBidDto, TenderDto } from './procurement.dto.js';

@ApiTags('procurement')
@Controller()
export class ProcurementController {
  constructor(private readonly procurement: ProcurementService) {}

  @Post('tenders')
  @RequirePermission('create', 'Tender')
  @Idempotent()
  @ApiOperation({
    summary: 'Publish a tender',
    description:
      'Procurers only: frameworks with a minimum outcome, markets, maximum evidence age, issuer constraints and an optional OCDS contract period the relied-on attestations must cover.',
  })
  @ApiCreatedResponse({ type: TenderDto })
  @ApiProblems(400, 409)
  async createTender(@CurrentActor() actor: Actor, @Body() body: CreateTenderDto): Promise<TenderDto> {
    return TenderDto.from(await this.procurement.createTender(actor, body));
  }

  @Get('tenders')
  @RequirePermission('read', 'Tender')
  @ApiOperation({
    summary: 'Tenders',
    description:
      'A procurer sees its own; suppliers (manufacturers, service vendors) see every published tender, those past their deadline included (bids are then refused, 409); other procurers see none of them.',
  })
  @ApiPageResponse(TenderDto)
  @ApiProblems(400)
  async listTenders(@CurrentActor() actor: Actor, @Query() page: PageQueryDto): Promise<Page<TenderDto>> {
    const p = await this.procurement.listTenders(actor, page);
    return { data: p.data.map(TenderDto.from), nextCursor: p.nextCursor };
  }

  @Get('tenders/:tenderId')
  @RequirePermission('read', 'Tender')
  @ETagged()
  @ApiOperation({ summary: 'One tender' })
  @ApiOkResponse({ type: TenderDto })
  @ApiProblems(400, 404)
  async getTender(@CurrentActor() actor: Actor, @IdParam('tenderId') id: string): Promise<TenderDto> {
    return TenderDto.from(await this.procurement.getTender(actor, id));
  }

  @Post('tenders/:tenderId/bids')
  @RequirePermission('create', 'Bid')
  @Idempotent()
  @ApiOperation({
    summary: 'Bid on a tender',
    description:
      "An offering plus the attestations it relies on; refused after the deadline. The offering's component versions are kept as offered, and the compliance report is computed at once.",
  })
  @ApiCreatedResponse({ type: BidDto })
  @ApiProblems(400, 404, 409)
  async submitBid(@CurrentActor() actor: Actor, @IdParam('tenderId') id: string, @Body() body: SubmitBidDto): Promise<BidDto> {
    return BidDto.from(await this.procurement.submitBid(actor, id, body));
  }

  @Get('tenders/:tenderId/bids')
  @RequirePermission('read', 'Bid')
  @ETagged()
  @ApiOperation({
    summary: 'Bids on a tender with their compliance reports',
    description:
      "The procurer sees every bid; a supplier only its own. Reports are recomputed when a relied-on attestation or its issuer's accreditation changes status, on read when the stored report is older than such a change, and by a periodic reconciliation.",
  })
  @ApiPageResponse(BidDto)
  @ApiProblems(400, 404)
  async listBids(@CurrentActor() actor: Actor, @IdParam('tenderId') id: string, @Query() page: PageQueryDto): Promise<Page<BidDto>> {
    const p = await this.procurement.listBids(actor, id, page);
    return { data: p.data.map(BidDto.from), nextCursor: p.nextCursor };
  }

  @Get('bids/:bidId')
  @RequirePermission('read', 'Bid')
  @ETagged()
  @ApiOperation({
    summary: 'One bid with its compliance report',
    description: 'Recomputed on read when older than a status change it depends on; `compliance.evaluatedAt` and `compliance.basis` say what it used.',
  })
  @ApiOkResponse({ type: BidDto })
  @ApiProblems(400, 404)
  async getBid(@CurrentActor() actor: Actor, @IdParam('bidId') id: string): Promise<BidDto> {
    return BidDto.from(await this.procurement.getBid(actor, id));
  }

  @Post('bids/:bidId/withdraw')
  @RequirePermission('update', 'Bid')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a bid', description: 'Before the deadline only.' })
  @ApiOkResponse({ type: BidDto })
  @ApiProblems(400, 404, 409)
  async withdrawBid(@CurrentActor() actor: Actor, @IdParam('bidId') id: string): Promise<BidDto> {
    return BidDto.from(await this.procurement.withdrawBid(actor, id));
  }

  @Post('conformity-checks')
  @RequirePermission('read', 'ConformityCheck')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    summary: "Check an offering's conformity",
    description:
      "The same per-requirement report as for a bid, without a tender, against the offering's components as they are now: attestation status, markets, component versions, issuer accreditation (at issue and now), evidence age and expiry, validity over an optional contract period. Reasons are structured (code, message, expected, actual). " +
      'Competence rules read the personnel serving the offering, which belongs to its supplier: they are checked only for an offering the caller has a part in ' +
      '(its own, one it serves, one with a bid on its tender or its own bid, one whose workspace it takes part in); for any other, 404 `procurement.unknown_offering` naming `competenceRules`.',
  })
  @ApiOkResponse({ type: ComplianceReportDto })
  @ApiProblems(400, 404)
  check(@CurrentActor() actor: Actor, @Body() body: ConformityCheckDto): Promise<ComplianceReportDto> {
    return this.procurement.checkConformity(actor, body);
  }
}
