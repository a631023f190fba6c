import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OscalExportService } from '@attesta/attestations';
import { ApiProblems, IdParam, ParseIntParamPipe, type Actor } from '@attesta/core';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';

@ApiTags('reviews')
@Controller('workspaces/:workspaceId')
export class OscalExportController {
  constructor(private readonly oscal: OscalExportService) {}

  @Get('submissions/:number/oscal/assessment-plan')
  @RequirePermission('read', 'Submission')
  @ApiOperation({
    summary: 'A submission as an OSCAL assessment plan',
    description:
      "OSCAL 1.1.2 JSON: the submitted requirements as reviewed controls (the ids of the frameworks' OSCAL catalog exports), the offering's components as assessment subjects, " +
      'the examination activity and the review task; `import-ssp` names a back-matter resource pointing to the component definition. The assessment results of the submission import this plan.',
  })
  @ApiOkResponse({ description: 'OSCAL assessment-plan document', schema: { type: 'object', properties: { 'assessment-plan': { type: 'object' } } } })
  @ApiProblems(400, 404)
  async assessmentPlan(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', new ParseIntParamPipe()) n: number,
  ): Promise<Record<string, unknown>> {
    return this.oscal.assessmentPlan(actor, ws, n);
  }

  @Get('oscal/component-definition')
  @RequirePermission('read', 'Submission')
  @ApiOperation({
    summary: "The workspace's offering as an OSCAL component definition",
    description:
      'OSCAL 1.1.2 JSON: each component of the offering (cloud, AI and SaaS components as `service`) with its implemented requirements described by the evidence linked to it in the latest submission (a contributor gets only the evidence of the components it provides). Name-based uuids: the same state gives the same document.',
  })
  @ApiOkResponse({ description: 'OSCAL component-definition document', schema: { type: 'object', properties: { 'component-definition': { type: 'object' } } } })
  @ApiProblems(400, 404)
  async componentDefinition(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string): Promise<Record<string, unknown>> {
    return this.oscal.componentDefinition(actor, ws);
  }

  @Get('submissions/:number/oscal/assessment-results')
  @RequirePermission('read', 'Verdict')
  @ApiOperation({
    summary: 'A decided submission as OSCAL assessment results',
    description:
      'OSCAL 1.1.2 JSON: reviewed controls with the source catalog ids, `import-ap` naming the assessment plan (a back-matter resource with its URL and uuid), one observation per evidence item (methods, subjects, relevant evidence with href and SHA-256 in back-matter; a contributor gets only the evidence of the components it provides), one finding per requirement whose target status follows the latest verdict (not_applicable counts as satisfied only with its justification) and the findings, a risk per open nonconformity linked from its finding, the decision and the attestation serial as props. 409 until the submission has a final decision.',
  })
  @ApiOkResponse({ description: 'OSCAL assessment-results document', schema: { type: 'object', properties: { 'assessment-results': { type: 'object' } } } })
  @ApiProblems(400, 404, 409)
  async assessmentResults(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', new ParseIntParamPipe()) n: number,
  ): Promise<Record<string, unknown>> {
    return this.oscal.assessmentResults(actor, ws, n);
  }

  @Get('oscal/poam')
  @RequirePermission('read', 'Finding')
  @ApiOperation({
    summary: 'Open findings as an OSCAL POA&M',
    description:
      'OSCAL 1.1.2 plan of action and milestones: per open or answered finding a risk with remediations (the corrective actions) and a milestone (the due date), a finding with its control reference, an observation and a poam-item linking them; `import-ssp` names the component definition. Name-based uuids and state-derived timestamps: the same state exports byte-identical. 409 when nothing is open.',
  })
  @ApiOkResponse({
    description: 'OSCAL plan-of-action-and-milestones document',
    schema: { type: 'object', properties: { 'plan-of-action-and-milestones': { type: 'object' } } },
  })
  @ApiProblems(400, 404, 409)
  async poam(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string): Promise<Record<string, unknown>> {
    return this.oscal.poam(actor, ws);
  }
}
