import { Controller, Get, Headers, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiPageResponse,
  ApiProblems,
  Body,
  etagOf,
  IdParam,
  PageQueryDto,
  ParseIntParamPipe,
  Query,
  versionFromIfMatch,
  type Actor,
  type Page,
} from '@attesta/core';
import { ReviewReadsService, ReviewsService, SubmissionsService } from '@attesta/reviews';
import type { FastifyReply } from 'fastify';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import { ApiETag } from '../http/etagged.js';
import { ApiFileDownload } from '../http/file-download.js';
import { Idempotent } from '../http/idempotency.js';
import { sendVersion } from '../http/send-version.js';
import {
  CommentDto,
  CommentInputDto,
  DecisionDto,
  DecisionReadinessDto,
  DecisionReadinessQueryDto,
  DecisionInputDto,
  EntryProofDto,
  FindingAnswerDto,
  FindingDetailDto,
  FindingDto,
  FindingInputDto,
  FindingQueryDto,
  FindingReviewDto,
  ManifestVerificationDto,
  SubmissionDto,
  SubmissionEntryDto,
  SubmissionEntryQueryDto,
  SubmissionsQueryDto,
  SubmitDto,
  TransitionDto,
  VerdictDto,
  VerdictInputDto,
} from './reviews.dto.js';
import { RecordedVerdictDto, recordedVerdict } from './review-reads.dto.js';

const number = () => new ParseIntParamPipe();
const ifMatchOptional = (h: string | undefined) => (h === undefined ? undefined : versionFromIfMatch(h));

@ApiTags('reviews')
@Controller('workspaces/:workspaceId')
export class ReviewsController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly reviews: ReviewsService,
    private readonly reads: ReviewReadsService,
  ) {}

  // ── Submissions ──

  @Post('submissions')
  @Idempotent()
  @RequirePermission('create', 'Submission')
  @ApiOperation({
    summary: 'Submit for assessment',
    description:
      'Workspace owner only. Freezes every applicable requirement with the current version of each linked evidence item (SHA-256 included) into an append-only manifest, ' +
      'with a leaf hash per entry, an RFC 9162 Merkle root and a digest over the RFC 8785 canonical JSON. Numbered 1, 2, 3 … per workspace; open findings carry over. ' +
      '409 when nothing is linked or a submission is still submitted / in review.',
  })
  @ApiCreatedResponse({ type: SubmissionDto })
  @ApiProblems(400, 404, 409)
  async submit(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @Body() body: SubmitDto): Promise<SubmissionDto> {
    return SubmissionDto.from(await this.submissions.submit(actor, ws, body));
  }

  @Get('submissions')
  @RequirePermission('read', 'Submission')
  @ApiOperation({
    summary: 'Submissions of a workspace',
    description: 'Newest first (`order=asc`: by number from 1). Owner, contributors and assessors; observers see decisions only.',
  })
  @ApiPageResponse(SubmissionDto)
  @ApiProblems(400, 404)
  async list(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @Query() page: SubmissionsQueryDto): Promise<Page<SubmissionDto>> {
    const p = await this.submissions.list(actor, ws, page);
    return { data: p.data.map(SubmissionDto.from), nextCursor: p.nextCursor };
  }

  @Get('submissions/:number')
  @RequirePermission('read', 'Submission')
  @ApiOperation({ summary: 'One submission', description: 'Status, manifest digest and Merkle root, verdict counts, open findings. The ETag is its version.' })
  @ApiOkResponse({ type: SubmissionDto })
  @ApiETag()
  @ApiProblems(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', number()) n: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmissionDto> {
    const view = await this.submissions.get(actor, ws, n);
    void reply.header('etag', etagOf(view.submission.version));
    return SubmissionDto.from(view);
  }

  @Get('submissions/:number/entries')
  @RequirePermission('read', 'Submission')
  @ApiOperation({
    summary: 'The frozen manifest entries',
    description:
      "In leaf order: each requirement with its evidence versions and the entry's leaf hash. Contributors see only their components' evidence (the leaf hash covers the whole entry). " +
      '`judged=false` leaves out requirements that already have a verdict (the assessor’s “unjudged only” view); `judged=true` keeps only those.',
  })
  @ApiPageResponse(SubmissionEntryDto)
  @ApiProblems(400, 404)
  async entries(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', number()) n: number,
    @Query() query: SubmissionEntryQueryDto,
  ): Promise<Page<SubmissionEntryDto>> {
    const p = await this.submissions.entries(actor, ws, n, query);
    return { data: p.data.map(SubmissionEntryDto.from), nextCursor: p.nextCursor };
  }

  @Get('submissions/:number/entries/:requirementId/proof')
  @RequirePermission('read', 'Submission')
  @ApiOperation({
    summary: 'Inclusion proof of one entry',
    description:
      "RFC 9162 §2.1.3 audit path from the entry's leaf hash (SHA-256(0x00 ‖ RFC 8785 JSON of the entry)) to the manifest's Merkle root; nodes are SHA-256(0x01 ‖ left ‖ right).",
  })
  @ApiOkResponse({ type: EntryProofDto })
  @ApiProblems(400, 404)
  proof(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', number()) n: number,
    @IdParam('requirementId') requirementId: string,
  ): Promise<EntryProofDto> {
    return this.submissions.proof(actor, ws, n, requirementId);
  }

  @Get('submissions/:number/verify')
  @RequirePermission('read', 'Submission')
  @ApiOperation({
    summary: 'Verify a stored manifest',
    description:
      'Recomputes every leaf hash, the Merkle root and the digest, compares them with what was stored and with the audit log, and reports what broke.',
  })
  @ApiOkResponse({ type: ManifestVerificationDto })
  @ApiProblems(400, 404)
  verify(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @Param('number', number()) n: number): Promise<ManifestVerificationDto> {
    return this.submissions.verify(actor, ws, n);
  }

  @Get('submissions/:number/evidence/:versionId/content')
  @RequirePermission('read', 'Submission')
  @ApiFileDownload()
  @ApiOperation({
    summary: 'Download a submitted evidence version',
    description: 'Only versions this submission froze; how assessors read evidence. ETag is the SHA-256; byte ranges supported.',
  })
  @ApiProblems(400, 404, 416)
  async download(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', number()) n: number,
    @IdParam('versionId') versionId: string,
    @Headers('range') range: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    sendVersion(reply, await this.submissions.openVersion(actor, ws, n, versionId, range), ifNoneMatch);
  }

  @Post('submissions/:number/status')
  @RequirePermission('update', 'Submission')
  @HttpCode(200)
  @ApiHeader({ name: 'If-Match', required: false, description: 'The submission ETag you read; a stale one is 412' })
  @ApiOperation({
    summary: 'Move the review along',
    description:
      'Assessors: submitted → in_review → changes_requested. `decided` is reached by recording a decision. Any other move is 409 with the `allowed` transitions named.',
  })
  @ApiOkResponse({ type: SubmissionDto })
  @ApiProblems(400, 404, 409, 412)
  async transition(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', number()) n: number,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: TransitionDto,
  ): Promise<SubmissionDto> {
    return SubmissionDto.from(await this.submissions.transition(actor, ws, n, body.status, ifMatchOptional(ifMatch)));
  }

  // ── Verdicts ──

  @Put('submissions/:number/verdicts/:requirementId')
  @RequirePermission('create', 'Verdict')
  @ApiHeader({ name: 'If-Match', required: false, description: 'Required to replace an existing verdict: its ETag (version); stale → 412, missing → 428' })
  @ApiOperation({
    summary: 'Record a verdict on a requirement',
    description:
      'Assessors only; the first piece of review work starts the review. Whoever uploaded a version the requirement rests on may not judge it (403, impartiality); an API key counts as the person who made it. An assessor organization providing a component of the offering (as frozen in the manifest) judges and decides nothing (403 `reviews.impartiality`).',
  })
  @ApiOkResponse({ type: RecordedVerdictDto, description: 'The verdict, with `progress`: the submission’s status and counters after the save' })
  @ApiETag()
  @ApiProblems(400, 404, 409, 412, 428)
  async verdict(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', number()) n: number,
    @IdParam('requirementId') requirementId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: VerdictInputDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RecordedVerdictDto> {
    const { verdict, progress } = await this.reads.recordVerdict(actor, ws, n, requirementId, body, ifMatchOptional(ifMatch));
    void reply.header('etag', etagOf(verdict.version));
    return recordedVerdict(VerdictDto.from(verdict), progress);
  }

  @Get('submissions/:number/verdicts')
  @RequirePermission('read', 'Verdict')
  @ApiOperation({ summary: 'Verdicts on a submission' })
  @ApiPageResponse(VerdictDto)
  @ApiProblems(400, 404)
  async verdicts(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', number()) n: number,
    @Query() page: PageQueryDto,
  ): Promise<Page<VerdictDto>> {
    const p = await this.reviews.listVerdicts(actor, ws, n, page);
    return { data: p.data.map(VerdictDto.from), nextCursor: p.nextCursor };
  }

  // ── Findings ──

  @Post('submissions/:number/findings')
  @Idempotent()
  @RequirePermission('create', 'Finding')
  @ApiOperation({
    summary: 'Raise a finding',
    description: 'Assessors only: a major or minor nonconformity or an observation on a requirement of the submission, with a due date.',
  })
  @ApiCreatedResponse({ type: FindingDetailDto })
  @ApiProblems(400, 404, 409)
  async raise(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', number()) n: number,
    @Body() body: FindingInputDto,
  ): Promise<FindingDetailDto> {
    return FindingDetailDto.fromDetail(await this.reviews.raiseFinding(actor, ws, n, body));
  }

  @Get('findings')
  @RequirePermission('read', 'Finding')
  @ApiOperation({ summary: 'Findings of a workspace', description: 'Across submissions (open ones travel with resubmissions).' })
  @ApiPageResponse(FindingDto)
  @ApiProblems(400, 404)
  async findings(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @Query() q: FindingQueryDto): Promise<Page<FindingDto>> {
    const p = await this.reviews.listFindings(actor, ws, q);
    return { data: p.data.map(FindingDto.from), nextCursor: p.nextCursor };
  }

  @Get('findings/:findingId')
  @RequirePermission('read', 'Finding')
  @ApiOperation({ summary: 'One finding with its corrective actions and reviews' })
  @ApiOkResponse({ type: FindingDetailDto })
  @ApiProblems(400, 404)
  async finding(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @IdParam('findingId') id: string): Promise<FindingDetailDto> {
    return FindingDetailDto.fromDetail(await this.reviews.getFinding(actor, ws, id));
  }

  @Post('findings/:findingId/responses')
  @Idempotent()
  @RequirePermission('update', 'Finding')
  @ApiOperation({
    summary: 'Answer a finding',
    description:
      'The supplier (owner; contributors for requirements their components concern): a corrective action citing evidence versions. open → responded.',
  })
  @ApiCreatedResponse({ type: FindingDetailDto })
  @ApiProblems(400, 404, 409)
  async respond(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('findingId') id: string,
    @Body() body: FindingAnswerDto,
  ): Promise<FindingDetailDto> {
    return FindingDetailDto.fromDetail(await this.reviews.respondToFinding(actor, ws, id, body));
  }

  @Post('findings/:findingId/review')
  @RequirePermission('update', 'Finding')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept or reject an answer',
    description:
      'Assessors of the organization that raised the finding (another assessor organization: 403 `reviews.wrong_role`): accept closes the finding (responded → closed); reject opens it again (responded → open).',
  })
  @ApiOkResponse({ type: FindingDetailDto })
  @ApiProblems(400, 404, 409)
  async reviewFinding(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @IdParam('findingId') id: string,
    @Body() body: FindingReviewDto,
  ): Promise<FindingDetailDto> {
    return FindingDetailDto.fromDetail(await this.reviews.reviewFinding(actor, ws, id, body));
  }

  // ── Comments ──

  @Post('submissions/:number/requirements/:requirementId/comments')
  @Idempotent()
  @RequirePermission('create', 'Comment')
  @ApiOperation({
    summary: 'Comment on a requirement of a submission',
    description: 'Owner, contributors and assessors; `parentId` answers a comment of the same thread.',
  })
  @ApiCreatedResponse({ type: CommentDto })
  @ApiProblems(400, 404)
  async comment(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', number()) n: number,
    @IdParam('requirementId') requirementId: string,
    @Body() body: CommentInputDto,
  ): Promise<CommentDto> {
    return CommentDto.from(await this.reviews.addComment(actor, ws, n, requirementId, body));
  }

  @Get('submissions/:number/requirements/:requirementId/comments')
  @RequirePermission('read', 'Comment')
  @ApiOperation({ summary: 'The comment thread on a requirement of a submission', description: 'Oldest first.' })
  @ApiPageResponse(CommentDto)
  @ApiProblems(400, 404)
  async comments(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', number()) n: number,
    @IdParam('requirementId') requirementId: string,
    @Query() page: PageQueryDto,
  ): Promise<Page<CommentDto>> {
    const p = await this.reviews.listComments(actor, ws, n, requirementId, page);
    return { data: p.data.map(CommentDto.from), nextCursor: p.nextCursor };
  }

  // ── Decisions ──

  @Get('submissions/:number/decision-readiness')
  @RequirePermission('read', 'Verdict')
  @ApiOperation({
    summary: 'Decision readiness',
    description:
      'Owner, contributors and assessors. Whether a positive decision may be recorded: counts and the first ids of applicable requirements of the in-scope frameworks without a verdict in this submission, ' +
      'not_applicable without justification, not_satisfied, needs_information, open major findings, and relied-on evidence past its valid-until date. `ready` is the rule `POST …/decision` enforces for conformant; ' +
      '`readyWithConditions` for conformant_with_conditions (each not satisfied / needs information requirement then needs a condition resting on a finding of it).',
  })
  @ApiOkResponse({ type: DecisionReadinessDto })
  @ApiProblems(400, 404, 422)
  async readiness(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', number()) n: number,
    @Query() q: DecisionReadinessQueryDto,
  ): Promise<DecisionReadinessDto> {
    return DecisionReadinessDto.from(await this.reviews.decisionReadiness(actor, ws, n, { frameworkIds: q.frameworkIds }));
  }

  @Post('submissions/:number/decision')
  @Idempotent()
  @RequirePermission('create', 'Decision')
  @ApiOperation({
    summary: 'Record the decision',
    description:
      "Assessors who uploaded none of the submitted evidence (an API key counts as the person who made it), on a submission in review (from submitted: 409). The scope (frameworks, markets) defaults to the workspace's and must be a subset of it. " +
      'A positive outcome rests on verdicts: every applicable requirement of the in-scope frameworks judged in this submission (satisfied, or not_applicable with a justification), ' +
      'none not_satisfied or needs_information unless a condition rests on a finding of it, no open major finding, no relied-on evidence expired (nor expiring before `validFrom`: 400 `reviews.invalid_dates`) — otherwise 422 `reviews.decision_not_ready` naming counts and first ids (see …/decision-readiness). ' +
      'conformant_with_conditions lists conditions with due date and finding (a finding still open or answered, not closed). With four-eyes on, the decision is pending until a second assessor confirms (the rule is checked again).',
  })
  @ApiCreatedResponse({ type: DecisionDto })
  @ApiProblems(400, 403, 404, 409, 422)
  async decide(
    @CurrentActor() actor: Actor,
    @IdParam('workspaceId') ws: string,
    @Param('number', number()) n: number,
    @Body() body: DecisionInputDto,
  ): Promise<DecisionDto> {
    return DecisionDto.from(await this.reviews.decide(actor, ws, n, body));
  }

  @Post('submissions/:number/decision/confirm')
  @RequirePermission('update', 'Decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm a decision (four-eyes)',
    description:
      'A second assessor, not the one who recorded it (nor a key that person made), makes it final, while the submission is still in review (after changes were requested: 409 `reviews.invalid_transition`). The rule a positive outcome rests on is checked again (422 `reviews.decision_not_ready`).',
  })
  @ApiOkResponse({ type: DecisionDto })
  @ApiProblems(400, 403, 404, 409, 422)
  async confirm(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @Param('number', number()) n: number): Promise<DecisionDto> {
    return DecisionDto.from(await this.reviews.confirmDecision(actor, ws, n));
  }

  @Get('submissions/:number/decision')
  @RequirePermission('read', 'Decision')
  @ApiOperation({ summary: 'The decision on a submission', description: 'Every participant, observers included (the outcome, never the evidence).' })
  @ApiOkResponse({ type: DecisionDto })
  @ApiProblems(400, 404)
  async decision(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @Param('number', number()) n: number): Promise<DecisionDto> {
    return DecisionDto.from(await this.reviews.getDecision(actor, ws, n));
  }

  @Get('decisions')
  @RequirePermission('read', 'Decision')
  @ApiOperation({ summary: 'Decisions of a workspace', description: 'Every participant, observers included.' })
  @ApiPageResponse(DecisionDto)
  @ApiProblems(400, 404)
  async decisions(@CurrentActor() actor: Actor, @IdParam('workspaceId') ws: string, @Query() page: PageQueryDto): Promise<Page<DecisionDto>> {
    const p = await this.reviews.listDecisions(actor, ws, page);
    return { data: p.data.map(DecisionDto.from), nextCursor: p.nextCursor };
  }
}
