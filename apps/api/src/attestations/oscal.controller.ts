import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OscalExportService } from '@attesta/attestations';
import { ApiProblems, ParseIdPipe, ParseIntParamPipe, type Actor } from '@attesta/core';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';

@ApiTags('reviews')
@Controller('workspaces/:workspaceId')
export class OscalExportController {
  constructor(private readonly oscal: OscalExportService) {}

  @Get('submissions/:number/oscal/assessment-results')
  @RequirePermission('read', 'Verdict')
  @ApiOperation({
    summary: 'A decided submission as OSCAL assessment results',
    description:
      'OSCAL 1.1.2 JSON: the requirements as reviewed controls, one observation per requirement with the evidence versions examined, a finding per verdict and per nonconformity. 409 until the submission has a final decision.',
  })
  @ApiOkResponse({ description: 'OSCAL assessment-results document', schema: { type: 'object', properties: { 'assessment-results': { type: 'object' } } } })
  @ApiProblems(400, 404, 409)
  async assessmentResults(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', ParseIdPipe) ws: string,
    @Param('number', new ParseIntParamPipe()) n: number,
  ): Promise<Record<string, unknown>> {
    return this.oscal.assessmentResults(actor, ws, n);
  }

  @Get('oscal/poam')
  @RequirePermission('read', 'Finding')
  @ApiOperation({
    summary: 'Open findings as an OSCAL POA&M',
    description:
      'OSCAL 1.1.2 plan of action and milestones: one item per open or answered finding, with severity, status and due date. 409 when nothing is open.',
  })
  @ApiOkResponse({
    description: 'OSCAL plan-of-action-and-milestones document',
    schema: { type: 'object', properties: { 'plan-of-action-and-milestones': { type: 'object' } } },
  })
  @ApiProblems(400, 404, 409)
  async poam(@CurrentActor() actor: Actor, @Param('workspaceId', ParseIdPipe) ws: string): Promise<Record<string, unknown>> {
    return this.oscal.poam(actor, ws);
  }
}
