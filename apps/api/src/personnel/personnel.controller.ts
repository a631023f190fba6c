import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Body, IdParam, PageQueryDto, Query, type Actor, type Page } from '@attesta/core';
import { PersonnelService } from '@attesta/personnel';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators.js';
import {
  AddCertificationDto,
  AssignmentDto,
  AssignPersonDto,
  CertificationDto,
  CreatePersonDto,
  ExpiringCertificationDto,
  ExpiringQueryDto,
  ImportResultDto,
  ImportRosterDto,
  PersonDetailDto,
  PersonDto,
  RosterSnapshotDto,
  WorkspaceRosterDto,
} from './personnel.dto.js';

const PRIVACY =
  'Personal fields (name, internal id, e-mail, certificate numbers) are sealed under the person’s own key and shown to the employing organization only.';

/** The organization's roster of remote technicians. */
@ApiTags('personnel')
@Controller('personnel')
export class PersonnelController {
  constructor(private readonly personnel: PersonnelService) {}

  @Get('people')
  @RequirePermission('read', 'Person')
  @ApiOperation({ summary: 'The roster', description: `People employed by the organization. ${PRIVACY}` })
  @ApiPageResponse(PersonDto)
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() page: PageQueryDto): Promise<Page<PersonDto>> {
    const result = await this.personnel.listPeople(actor, page);
    return { ...result, data: result.data.map(PersonDto.from) };
  }

  @Post('people')
  @RequirePermission('create', 'Person')
  @ApiOperation({ summary: 'Add a person to the roster', description: PRIVACY })
  @ApiCreatedResponse({ type: PersonDto })
  @ApiProblems(400, 409, 422)
  async create(@CurrentActor() actor: Actor, @Body() body: CreatePersonDto): Promise<PersonDto> {
    return PersonDto.from(
      await this.personnel.createPerson(actor, {
        ...body,
        email: body.email ?? null,
        timeZones: body.timeZones ?? [],
        languages: body.languages ?? [],
        remotePrivileges: body.remotePrivileges ?? [],
      }),
    );
  }

  @Post('people/import')
  @RequirePermission('create', 'Person')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Import a roster from CSV (all or nothing)',
    description:
      'Every row is validated first. If any row is bad the whole file is refused with 422 `personnel.import_rejected`: `errors[]` names each row and column (`rows[<line>].<column>`, the header is line 1) and `rejectedLines` lists the lines; nothing is stored.',
  })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiProblems(400, 413, 422)
  async import(@CurrentActor() actor: Actor, @Body() body: ImportRosterDto): Promise<ImportResultDto> {
    return this.personnel.importRoster(actor, body.csv);
  }

  @Get('expiring')
  @RequirePermission('read', 'Person')
  @ApiOperation({
    summary: 'Certifications expiring soon',
    description: 'Certifications whose last valid day falls within `days` (default 90) or has passed, soonest first (at most 500).',
  })
  @ApiOkResponse({ type: [ExpiringCertificationDto] })
  @ApiProblems(400)
  async expiring(@CurrentActor() actor: Actor, @Query() query: ExpiringQueryDto): Promise<ExpiringCertificationDto[]> {
    return (await this.personnel.listExpiring(actor, query.days ?? 90)).map(ExpiringCertificationDto.fromExpiring);
  }

  @Get('people/:personId')
  @RequirePermission('read', 'Person')
  @ApiOperation({ summary: 'One person with certifications and assignments', description: PRIVACY })
  @ApiOkResponse({ type: PersonDetailDto })
  @ApiProblems(400, 404)
  async get(@CurrentActor() actor: Actor, @IdParam('personId') personId: string): Promise<PersonDetailDto> {
    return PersonDetailDto.fromDetail(await this.personnel.getPerson(actor, personId));
  }

  @Delete('people/:personId')
  @RequirePermission('delete', 'Person')
  @ApiOperation({
    summary: 'Erase a person (owners and admins)',
    description:
      'Crypto-shredding: the person’s data key is deleted, so name, internal id, e-mail and certificate numbers can no longer be read by anyone. The person (as `erased`), their certifications and assignments stay: counts, competence rules and the audit chain are unchanged.',
  })
  @ApiOkResponse({ type: PersonDto })
  @ApiProblems(400, 403, 404, 409)
  async erase(@CurrentActor() actor: Actor, @IdParam('personId') personId: string): Promise<PersonDto> {
    return PersonDto.from(await this.personnel.erasePerson(actor, personId));
  }

  @Post('people/:personId/certifications')
  @RequirePermission('update', 'Person')
  @ApiOperation({
    summary: 'Add a certification',
    description:
      'Scheme, level, issuing body, number, validity and scope. `evidenceId` points at an evidence item (a certificate or training record) whose versions are uploaded through `POST /v1/workspaces/{id}/evidence/{evidenceId}/versions`.',
  })
  @ApiCreatedResponse({ type: CertificationDto })
  @ApiProblems(400, 404, 409, 422)
  async addCertification(@CurrentActor() actor: Actor, @IdParam('personId') personId: string, @Body() body: AddCertificationDto): Promise<CertificationDto> {
    return CertificationDto.from(
      await this.personnel.addCertification(actor, personId, {
        ...body,
        number: body.number ?? null,
        validUntil: body.validUntil ?? null,
        machineFamilies: body.machineFamilies ?? [],
        deviceModels: body.deviceModels ?? [],
        serviceTypes: body.serviceTypes ?? [],
      }),
    );
  }

  @Post('people/:personId/assignments')
  @RequirePermission('update', 'Person')
  @ApiOperation({
    summary: 'Assign the person to a service component',
    description: 'A component of an offering your organization owns, or a component it provides.',
  })
  @ApiCreatedResponse({ type: AssignmentDto })
  @ApiProblems(400, 404, 409, 422)
  async assign(@CurrentActor() actor: Actor, @IdParam('personId') personId: string, @Body() body: AssignPersonDto): Promise<AssignmentDto> {
    return AssignmentDto.from(await this.personnel.assign(actor, personId, body));
  }

  @Delete('people/:personId/assignments/:assignmentId')
  @RequirePermission('update', 'Person')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an assignment', description: 'The person no longer serves the component.' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async unassign(@CurrentActor() actor: Actor, @IdParam('personId') personId: string, @IdParam('assignmentId') assignmentId: string): Promise<void> {
    await this.personnel.unassign(actor, personId, assignmentId);
  }
}

/** The roster serving a workspace's offering, as each participant may see it. */
@ApiTags('personnel')
@Controller('workspaces/:workspaceId/roster')
export class WorkspaceRosterController {
  constructor(private readonly personnel: PersonnelService) {}

  @Get()
  @RequirePermission('read', 'Workspace')
  @ApiOperation({
    summary: 'The roster serving the workspace’s offering',
    description:
      'Projected by workspace role: owners, contributors and assessors get pseudonymous ids (stable in this workspace only) with qualifications; observers (procurers) get counts by qualification and market only — no names, no ids. Non-participants get 404.',
  })
  @ApiOkResponse({ type: WorkspaceRosterDto })
  @ApiProblems(400, 404)
  async roster(@CurrentActor() actor: Actor, @IdParam('workspaceId') workspaceId: string): Promise<WorkspaceRosterDto> {
    return WorkspaceRosterDto.from(await this.personnel.workspaceRoster(actor, workspaceId));
  }

  @Post('snapshots')
  @RequirePermission('update', 'Workspace')
  @ApiOperation({
    summary: 'Freeze the roster for the assessor (owner)',
    description:
      'Pseudonymous entries with qualifications and evidence ids, with a SHA-256 digest written to the workspace’s audit chain; later changes do not alter it.',
  })
  @ApiCreatedResponse({ type: RosterSnapshotDto })
  @ApiProblems(400, 403, 404)
  async freeze(@CurrentActor() actor: Actor, @IdParam('workspaceId') workspaceId: string): Promise<RosterSnapshotDto> {
    return RosterSnapshotDto.from(await this.personnel.freezeRoster(actor, workspaceId));
  }

  @Get('snapshots')
  @RequirePermission('read', 'Workspace')
  @ApiOperation({ summary: 'Frozen rosters', description: 'The owner’s and assessors’ view (others get an empty list); newest first, at most 50.' })
  @ApiOkResponse({ type: [RosterSnapshotDto] })
  @ApiProblems(400, 404)
  async snapshots(@CurrentActor() actor: Actor, @IdParam('workspaceId') workspaceId: string): Promise<RosterSnapshotDto[]> {
    return (await this.personnel.listRosterSnapshots(actor, workspaceId)).map(RosterSnapshotDto.from);
  }
}
