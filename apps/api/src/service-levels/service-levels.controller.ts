import { Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Body, IdParam, ParseIntParamPipe, type Actor } from '@attesta/core';
import { ProcurementService } from '@attesta/procurement';
import { ServiceLevelsService, type ServiceLevelProfileView, type SubmissionObjectiveView } from '@attesta/service-levels';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import {
  AttainmentDto,
  BidServiceLevelsDto,
  CreateMetricDto,
  CreateProfileDto,
  FindingDraftDto,
  FindingDraftListDto,
  JudgeObjectiveDto,
  MeasurementResultDto,
  MeasurementsCsvDto,
  MetricDto,
  MetricListDto,
  OcdsReleaseDto,
  ProfileDto,
  ProfileListDto,
  RecordMeasurementsDto,
  SubmissionObjectiveDto,
  SubmissionObjectiveListDto,
} from './service-levels.dto.js';

const COMPONENT = 'offerings/:offeringId/components/:componentId';

function profileDto(p: ServiceLevelProfileView): ProfileDto {
  return {
    ...p,
    objectives: p.objectives as unknown as ProfileDto['objectives'],
    slaDocuments: p.slaDocuments as unknown as ProfileDto['slaDocuments'],
    createdAt: p.createdAt.toISOString(),
  };
}

function submissionObjectiveDto(o: SubmissionObjectiveView): SubmissionObjectiveDto {
  return { ...o, objective: o.objective as unknown as SubmissionObjectiveDto['objective'], assessedAt: o.assessedAt ? o.assessedAt.toISOString() : null };
}

/** Service-level metrics, profiles per component, measurements, the assessor's judgement, OCDS export and bids' service-level answers (docs/service-levels.md). */
@ApiTags('service-levels')
@Controller()
export class ServiceLevelsController {
  constructor(
    private readonly serviceLevels: ServiceLevelsService,
    private readonly procurement: ProcurementService,
  ) {}

  @Get('service-level-metrics')
  @RequirePermission('read', 'Offering')
  @ApiOperation({
    summary: 'Service-level metrics',
    description: 'The built-in vocabulary (ISO/IEC 19086-2 metric model: URI, definition, UN/ECE Rec 20 unit, expression, rules) and your own metrics.',
  })
  @ApiOkResponse({ type: MetricListDto })
  @ApiProblems()
  async metrics(@CurrentActor() actor: Actor): Promise<MetricListDto> {
    return { data: await this.serviceLevels.listMetrics(actor) };
  }

  @Post('service-level-metrics')
  @RequirePermission('create', 'Offering')
  @ApiOperation({
    summary: 'Add a metric of your own',
    description: 'A key unique in your organization; numeric metrics need a UN/ECE Rec 20 unit. 409 when the key is taken.',
  })
  @ApiCreatedResponse({ type: MetricDto })
  @ApiProblems(400, 409)
  createMetric(@CurrentActor() actor: Actor, @Body() body: CreateMetricDto): Promise<MetricDto> {
    return this.serviceLevels.createMetric(actor, body);
  }

  @Post(`${COMPONENT}/service-level-profiles`)
  @RequirePermission('update', 'Offering')
  @ApiOperation({
    summary: "Version a component's service-level profile",
    description:
      'The offering owner sets the objectives (metric, operator, target, ISO 8601 observation period, aggregation, tolerance) and links SLA documents. Each call adds a version; unchanged objectives keep their ids. 422 names the bad field (unknown metric, incompatible unit, a period that is not ISO 8601).',
  })
  @ApiCreatedResponse({ type: ProfileDto })
  @ApiProblems(400, 404)
  async createProfile(
    @CurrentActor() actor: Actor,
    @IdParam('offeringId') offeringId: string,
    @IdParam('componentId') componentId: string,
    @Body() body: CreateProfileDto,
  ): Promise<ProfileDto> {
    return profileDto(await this.serviceLevels.createProfile(actor, offeringId, componentId, body));
  }

  @Get(`${COMPONENT}/service-level-profiles`)
  @RequirePermission('read', 'Offering')
  @ApiOperation({ summary: "A component's profile versions", description: 'Newest first (at most 100).' })
  @ApiOkResponse({ type: ProfileListDto })
  @ApiProblems(400, 404)
  async listProfiles(
    @CurrentActor() actor: Actor,
    @IdParam('offeringId') offeringId: string,
    @IdParam('componentId') componentId: string,
  ): Promise<ProfileListDto> {
    return { data: (await this.serviceLevels.listProfiles(actor, offeringId, componentId)).map(profileDto) };
  }

  @Post(`${COMPONENT}/service-levels/:metric/measurements`)
  @RequirePermission('update', 'Offering')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Push measurement windows',
    description:
      'For monitoring systems, with an API key (offerings:write). Idempotent per window: the same window and value again changes nothing; any other window overlapping a stored one (or another of the call) is a 422 whatever its value (time is measured once), and nothing is stored. Answers the attainment per observation period; a breach beyond tolerance opens a finding draft for the assessor and flags the bids relying on the objective at risk.',
  })
  @ApiOkResponse({ type: MeasurementResultDto })
  @ApiProblems(400, 404)
  record(
    @CurrentActor() actor: Actor,
    @IdParam('offeringId') offeringId: string,
    @IdParam('componentId') componentId: string,
    @Param('metric') metric: string,
    @Body() body: RecordMeasurementsDto,
  ): Promise<MeasurementResultDto> {
    return this.serviceLevels.recordMeasurements(actor, offeringId, componentId, metric, body.measurements);
  }

  @Post(`${COMPONENT}/service-levels/:metric/measurements/csv`)
  @RequirePermission('update', 'Offering')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Upload measurement windows as CSV',
    description: 'Header: periodStart,periodEnd,value[,sampleCount][,source]. The same rules as the JSON push.',
  })
  @ApiOkResponse({ type: MeasurementResultDto })
  @ApiProblems(400, 404)
  recordCsv(
    @CurrentActor() actor: Actor,
    @IdParam('offeringId') offeringId: string,
    @IdParam('componentId') componentId: string,
    @Param('metric') metric: string,
    @Body() body: MeasurementsCsvDto,
  ): Promise<MeasurementResultDto> {
    return this.serviceLevels.recordMeasurementsCsv(actor, offeringId, componentId, metric, body.csv);
  }

  @Get(`${COMPONENT}/service-levels/:metric/attainment`)
  @RequirePermission('read', 'Offering')
  @ApiOperation({
    summary: 'Measured attainment',
    description: "The stored windows and the attainment per observation period of the component's current objective (the chart).",
  })
  @ApiOkResponse({ type: AttainmentDto })
  @ApiProblems(400, 404)
  async attainment(
    @CurrentActor() actor: Actor,
    @IdParam('offeringId') offeringId: string,
    @IdParam('componentId') componentId: string,
    @Param('metric') metric: string,
  ): Promise<AttainmentDto> {
    const a = await this.serviceLevels.attainmentOf(actor, offeringId, componentId, metric);
    return {
      objective: a.objective as unknown as AttainmentDto['objective'],
      windows: a.windows.map((w) => ({ ...w, periodStart: w.periodStart.toISOString(), periodEnd: w.periodEnd.toISOString() })),
      periods: a.periods,
    };
  }

  @Get('workspaces/:workspaceId/submissions/:number/service-levels')
  @RequirePermission('read', 'Submission')
  @ApiOperation({
    summary: 'Service-level objectives frozen in a submission',
    description: "Each component's profile as submitted, with the assessor's verdict (pending, attested, rejected).",
  })
  @ApiOkResponse({ type: SubmissionObjectiveListDto })
  @ApiProblems(400, 404)
  async submissionObjectives(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') workspaceId: string,
    @Param('number', new ParseIntParamPipe()) number: number,
  ): Promise<SubmissionObjectiveListDto> {
    return { data: (await this.serviceLevels.submissionObjectives(actor, workspaceId, number)).map(submissionObjectiveDto) };
  }

  @Put('workspaces/:workspaceId/submissions/:number/service-levels/:objectiveId')
  @RequirePermission('create', 'Verdict')
  @ApiOperation({
    summary: 'Judge a service-level objective',
    description:
      "The workspace's assessor attests or rejects a frozen objective. Attested objectives are listed per component in the attestation's credential. Once an attestation has been issued from the submission its verdicts are final (409 `service_levels.objective_final`).",
  })
  @ApiOkResponse({ type: SubmissionObjectiveDto })
  @ApiProblems(400, 403, 404, 409)
  async judge(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') workspaceId: string,
    @Param('number', new ParseIntParamPipe()) number: number,
    @IdParam('objectiveId') objectiveId: string,
    @Body() body: JudgeObjectiveDto,
  ): Promise<SubmissionObjectiveDto> {
    return submissionObjectiveDto(await this.serviceLevels.judgeObjective(actor, workspaceId, number, objectiveId, body));
  }

  @Get('tenders/:tenderId/ocds')
  @RequirePermission('read', 'Tender')
  @ApiOperation({
    summary: 'The tender as an OCDS release',
    description:
      '`tender.criteria` in the OCDS requirements extension (criteria → requirement groups → requirements), with the metric and service-layer binding in extension fields.',
  })
  @ApiOkResponse({ type: OcdsReleaseDto })
  @ApiProblems(400, 404)
  async ocds(@CurrentActor() actor: Actor, @IdParam('tenderId') tenderId: string): Promise<OcdsReleaseDto> {
    return (await this.serviceLevels.ocdsRelease(actor, await this.procurement.getTender(actor, tenderId))) as unknown as OcdsReleaseDto;
  }

  @Get('bids/:bidId/service-levels')
  @RequirePermission('read', 'Bid')
  @ApiOperation({
    summary: "A bid's service-level answer",
    description:
      'The OCDS requirementResponses filled from the offering (attested, else declared), the per-requirement match with margins and reasons, and at-risk flags from measurements.',
  })
  @ApiOkResponse({ type: BidServiceLevelsDto })
  @ApiProblems(400, 404)
  async bidServiceLevels(@CurrentActor() actor: Actor, @IdParam('bidId') bidId: string): Promise<BidServiceLevelsDto> {
    const b = await this.serviceLevels.bidServiceLevels(actor, bidId);
    return { ...b, computedAt: b.computedAt.toISOString() } as unknown as BidServiceLevelsDto;
  }

  @Get('service-level-findings')
  @RequirePermission('read', 'Finding')
  @ApiOperation({
    summary: 'Finding drafts from measured breaches',
    description:
      'Drafts opened when a measured period misses an objective beyond its tolerance: the supplier sees its own, an assessor those drafted for it. Never decided automatically.',
  })
  @ApiOkResponse({ type: FindingDraftListDto })
  @ApiProblems()
  async findings(@CurrentActor() actor: Actor): Promise<FindingDraftListDto> {
    return { data: (await this.serviceLevels.listFindingDrafts(actor)).map(FindingDraftDto.from) };
  }
}
