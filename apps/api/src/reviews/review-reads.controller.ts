import { Controller, Get, Header } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, AppConfig, IdParam, PageQueryDto, Query, type Actor, type Page } from '@attesta/core';
import type { Locale } from '@attesta/i18n';
import { ReviewReadsService } from '@attesta/reviews';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { ACCEPT_LANGUAGE_HEADER, RequestLocale } from '../http/accept-language.decorator.js';
import { ActionItemsDto, ActionItemsQueryDto, ReviewQueueItemDto, RequirementViewDto } from './review-reads.dto.js';

/** The assessor's queue across workspaces. */
@ApiTags('reviews')
@Controller('review-queue')
export class ReviewQueueController {
  constructor(private readonly reads: ReviewReadsService) {}

  @Get()
  @RequirePermission('read', 'Submission')
  @ApiOperation({
    summary: 'Submissions awaiting your organization as assessor',
    description:
      'Every submission that is `submitted` or `in_review` in a workspace where your organization is an accepted assessor, newest first, ' +
      "with the workspace's, offering's and manufacturer's names and the review progress (judged / total, verdicts by outcome, open findings). " +
      'One request instead of one per workspace; other organizations (and workspaces where you are not the assessor) give an empty page.',
  })
  @ApiPageResponse(ReviewQueueItemDto)
  @ApiProblems(400, 403)
  async queue(@CurrentActor() actor: Actor, @Query() page: PageQueryDto): Promise<Page<ReviewQueueItemDto>> {
    const p = await this.reads.queue(actor, page);
    return { data: p.data.map(ReviewQueueItemDto.from), nextCursor: p.nextCursor };
  }
}

/** What needs the workspace owner's action, across its workspaces. */
@ApiTags('workspaces')
@Controller('action-items')
export class ActionItemsController {
  constructor(private readonly reads: ReviewReadsService) {}

  @Get()
  @RequirePermission('read', 'Workspace')
  @ApiOperation({
    summary: 'What needs your action in the workspaces your organization owns',
    description:
      "Three lists, each by urgency and at most `limit` long, with `totals` counting all: the latest submission's verdicts that are `not_satisfied` " +
      "(first) or `needs_information`, with the requirement and the assessor's comment; open findings awaiting your answer, earliest due date first " +
      '(`overdue` when due before today); evidence expired or expiring within `expiryWarningDays`. `workspaceId` narrows to one workspace. ' +
      'Workspaces where your organization is not the owner add nothing (another organization gets empty lists); keys without reviews:read or ' +
      'evidence:read get those lists empty; a `workspaceId` your organization does not take part in is 404. One query per list, whatever the number of workspaces.',
  })
  @ApiHeader(ACCEPT_LANGUAGE_HEADER)
  @Header('Vary', 'Accept-Language')
  @ApiOkResponse({ type: ActionItemsDto })
  @ApiProblems(400, 403, 404)
  async list(@CurrentActor() actor: Actor, @Query() q: ActionItemsQueryDto, @RequestLocale() locale: Locale): Promise<ActionItemsDto> {
    return ActionItemsDto.from(await this.reads.actionItems(actor, { ...q, locale }));
  }
}

/** One requirement of a workspace, as the portal's requirement page shows it. */
@ApiTags('workspaces')
@Controller('workspaces/:workspaceId/requirements')
export class WorkspaceRequirementController {
  constructor(
    private readonly reads: ReviewReadsService,
    private readonly config: AppConfig,
  ) {}

  @Get(':requirementId')
  @RequirePermission('read', 'GapAnalysis')
  @ApiOperation({
    summary: 'A requirement of the workspace with its evidence and verdicts',
    description:
      'The requirement (ref, title, statement, guidance) and its framework (code, title, version); its gap-analysis row (status, applicable, accepted, open findings); ' +
      'the linked evidence you may see, each with its link note and current version; and every submission newest first with its verdict on the requirement ' +
      "(outcome, comment, assessor organization's name, comment count, decidedAt). A requirement outside the workspace's target frameworks is 404. " +
      "Titles and the statement in the caller's language (`Accept-Language`) where translated, else the source text (`titleLanguage`, `statementLanguage`).",
  })
  @ApiHeader(ACCEPT_LANGUAGE_HEADER)
  @Header('Vary', 'Accept-Language')
  @ApiOkResponse({ type: RequirementViewDto })
  @ApiProblems(400, 403, 404)
  async get(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('requirementId') requirementId: string,
    @RequestLocale() locale: Locale,
  ): Promise<RequirementViewDto> {
    return RequirementViewDto.from(await this.reads.requirement(actor, ws, requirementId, locale), this.config.EVIDENCE_EXPIRY_WARNING_DAYS);
  }
}
