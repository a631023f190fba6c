import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AssignmentView,
  CertificationView,
  ExpiringCertification,
  FrozenRosterEntry,
  PersonDetail,
  PersonView,
  RosterSnapshotView,
  WorkspaceRoster,
} from '@attesta/personnel';
import { ROSTER_CSV_COLUMNS } from '@attesta/personnel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreatePersonDto {
  @ApiProperty({ example: 'Nguyen Van An', description: 'Personal: sealed under the person’s own key, shown to the employer only' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName: string;
  @ApiProperty({ example: 'CO-0042', description: 'The employer’s internal id (personal; unique in the roster)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  internalId: string;
  @ApiPropertyOptional({
    type: String,
    format: 'email',
    nullable: true,
    example: 'an.nguyen@cloudops.example',
    description: 'Personal; expiry notices are mailed here',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;
  @ApiProperty({ type: [String], example: ['VN', 'TH'], description: 'ISO 3166-1 alpha-2 markets served' })
  @IsArray()
  @ArrayMaxSize(250)
  @Matches(/^[A-Za-z]{2}$/, { each: true })
  markets: string[];
  @ApiPropertyOptional({ type: [String], example: ['Asia/Ho_Chi_Minh'], description: 'IANA time zones worked in' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  timeZones?: string[];
  @ApiPropertyOptional({ type: [String], example: ['vi', 'en'], description: 'BCP 47 language tags' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(35, { each: true })
  languages?: string[];
  @ApiPropertyOptional({ type: [String], example: ['vpn', 'plc_read'], description: 'Remote-access privileges held' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  remotePrivileges?: string[];
}

export class ImportRosterDto {
  @ApiProperty({
    description: `The roster as CSV text with a header row. Columns: ${ROSTER_CSV_COLUMNS.join(', ')} (internal_id, display_name and markets required; list cells separated by \`;\`; the cert_* columns add one certification). The whole file is refused (422, \`errors[]\` naming \`rows[<line>].<column>\`, \`rejectedLines\`) if any row is bad; nothing is stored then.`,
    example:
      'internal_id,display_name,email,markets,time_zones,languages,cert_scheme,cert_level,cert_issuing_body,cert_valid_from,cert_valid_until,cert_service_types\nCO-0042,Nguyen Van An,an@cloudops.example,VN;TH,Asia/Ho_Chi_Minh,vi;en,Remote diagnostics technician,L2,VinaCert,2025-01-01,2027-12-31,remote_diagnosis',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4_000_000)
  csv: string;
}

export class ImportResultDto {
  @ApiProperty({ example: 500 }) imported: number;
  @ApiProperty({ example: 480 }) certifications: number;
}

export class AddCertificationDto {
  @ApiProperty({ example: 'Remote diagnostics technician (ISO/IEC 17024 scheme)' }) @IsString() @IsNotEmpty() @MaxLength(200) scheme: string;
  @ApiProperty({ example: 'L2' }) @IsString() @IsNotEmpty() @MaxLength(200) level: string;
  @ApiProperty({ example: 'VinaCert Personnel Certification' }) @IsString() @IsNotEmpty() @MaxLength(200) issuingBody: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'PC-2025-00917', description: 'Personal: sealed with the person, erased with them' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  number?: string | null;
  @ApiProperty({ example: '2025-01-01' }) @Matches(DATE, { message: 'validFrom must be a date (YYYY-MM-DD)' }) validFrom: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-12-31', description: 'Last valid day; absent: no end' })
  @IsOptional()
  @Matches(DATE, { message: 'validUntil must be a date (YYYY-MM-DD)' })
  validUntil?: string | null;
  @ApiPropertyOptional({ type: [String], example: ['VMC-850'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  machineFamilies?: string[];
  @ApiPropertyOptional({ type: [String], example: ['VMC-850 rev C'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  deviceModels?: string[];
  @ApiPropertyOptional({ type: [String], example: ['remote_diagnosis', 'cloud_om'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  serviceTypes?: string[];
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'An evidence item (type certificate or training_record) holding the certificate; upload its versions through the evidence upload path',
  })
  @IsOptional()
  @IsUUID()
  evidenceId?: string | null;
}

export class AssignPersonDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() offeringId: string;
  @ApiProperty({ format: 'uuid', description: 'A component of the offering your organization owns or provides' }) @IsUUID() componentId: string;
}

export class ExpiringQueryDto {
  @ApiPropertyOptional({ example: 90, description: 'Window in days (1–365, default 90); expired certifications are always listed' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}

export class PersonDto implements PersonView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['active', 'erased'] }) status: 'active' | 'erased';
  @ApiProperty({ type: 'string', nullable: true, example: 'Nguyen Van An', description: 'null once erased' }) displayName: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'CO-0042' }) internalId: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'an.nguyen@cloudops.example' }) email: string | null;
  @ApiProperty({ type: [String], example: ['VN'] }) markets: string[];
  @ApiProperty({ type: [String], example: ['Asia/Ho_Chi_Minh'] }) timeZones: string[];
  @ApiProperty({ type: [String], example: ['vi', 'en'] }) languages: string[];
  @ApiProperty({ type: [String], example: ['vpn'] }) remotePrivileges: string[];
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) erasedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(p: PersonView): PersonDto {
    return Object.assign(new PersonDto(), {
      id: p.id,
      status: p.status,
      displayName: p.displayName,
      internalId: p.internalId,
      email: p.email,
      markets: p.markets,
      timeZones: p.timeZones,
      languages: p.languages,
      remotePrivileges: p.remotePrivileges,
      erasedAt: p.erasedAt,
      createdAt: p.createdAt,
    });
  }
}

export class CertificationDto implements CertificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ example: 'Remote diagnostics technician (ISO/IEC 17024 scheme)' }) scheme: string;
  @ApiProperty({ example: 'L2' }) level: string;
  @ApiProperty({ example: 'VinaCert Personnel Certification' }) issuingBody: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'PC-2025-00917', description: 'null once the person is erased' }) number: string | null;
  @ApiProperty({ example: '2025-01-01' }) validFrom: string;
  @ApiProperty({ type: 'string', nullable: true, example: '2027-12-31' }) validUntil: string | null;
  @ApiProperty({ enum: ['active', 'expired', 'not_yet_valid'], description: 'Only active certifications count for rules and summaries' })
  status: 'active' | 'expired' | 'not_yet_valid';
  @ApiProperty({ type: [String] }) machineFamilies: string[];
  @ApiProperty({ type: [String] }) deviceModels: string[];
  @ApiProperty({ type: [String] }) serviceTypes: string[];
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'The evidence item holding the certificate or training record' })
  evidenceId: string | null;
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'Its workspace: the versions are under /v1/workspaces/{evidenceWorkspaceId}/evidence/{evidenceId}',
  })
  evidenceWorkspaceId: string | null;
  @ApiProperty({ type: 'string', enum: ['d90', 'd60', 'd30', 'expired'], nullable: true, description: 'Last expiry notice sent' })
  expiryNotice: CertificationView['expiryNotice'];

  static from(c: CertificationView): CertificationDto {
    return Object.assign(new CertificationDto(), { ...c });
  }
}

export class ExpiringCertificationDto extends CertificationDto implements ExpiringCertification {
  @ApiProperty({ type: 'string', nullable: true, example: 'Nguyen Van An' }) displayName: string | null;
  @ApiProperty({ example: 21, description: 'Days until the last valid day (negative: expired)' }) daysLeft: number;

  static fromExpiring(c: ExpiringCertification): ExpiringCertificationDto {
    return Object.assign(new ExpiringCertificationDto(), { ...c });
  }
}

export class AssignmentDto implements AssignmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ format: 'uuid' }) offeringId: string;
  @ApiProperty({ format: 'uuid' }) componentId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(a: AssignmentView): AssignmentDto {
    return Object.assign(new AssignmentDto(), { ...a });
  }
}

export class PersonDetailDto extends PersonDto implements PersonDetail {
  @ApiProperty({ type: [CertificationDto] }) certifications: CertificationDto[];
  @ApiProperty({ type: [AssignmentDto] }) assignments: AssignmentDto[];

  static fromDetail(p: PersonDetail): PersonDetailDto {
    return Object.assign(new PersonDetailDto(), PersonDto.from(p), {
      certifications: p.certifications.map(CertificationDto.from),
      assignments: p.assignments.map(AssignmentDto.from),
    });
  }
}

export class FrozenCertificationDto {
  @ApiProperty() scheme: string;
  @ApiProperty() level: string;
  @ApiProperty() issuingBody: string;
  @ApiProperty({ example: '2025-01-01' }) validFrom: string;
  @ApiProperty({ type: 'string', nullable: true }) validUntil: string | null;
  @ApiProperty({ type: [String], description: 'Machine families, device models and service types' }) scope: string[];
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) evidenceId: string | null;
}

export class RosterEntryDto implements FrozenRosterEntry {
  @ApiProperty({ example: 'psn_3f1c0a9b7e2d4c6a8b10', description: 'Pseudonymous id, stable within this workspace only' }) pseudonym: string;
  @ApiProperty({ type: [String], example: ['VN'] }) markets: string[];
  @ApiProperty({ type: [String], example: ['Asia/Ho_Chi_Minh'] }) timeZones: string[];
  @ApiProperty({ type: [String], description: 'Component ids of the offering the person serves' }) components: string[];
  @ApiProperty({ type: [FrozenCertificationDto] }) certifications: FrozenCertificationDto[];
}

export class QualificationCountDto {
  @ApiProperty({ example: 'Remote diagnostics technician (ISO/IEC 17024 scheme)' }) scheme: string;
  @ApiProperty({ example: 'L2' }) level: string;
  @ApiProperty({ example: 'VN' }) market: string;
  @ApiProperty({ example: 3, description: 'People with an active certification of this scheme and level serving the market' }) people: number;
}

export class WorkspaceRosterDto implements WorkspaceRoster {
  @ApiProperty({ format: 'uuid' }) workspaceId: string;
  @ApiProperty({ enum: ['pseudonymous', 'counts'], description: '`counts` for observers (procurers): no names, no ids' }) view: 'pseudonymous' | 'counts';
  @ApiProperty({ example: 4, description: 'People serving the offering' }) people: number;
  @ApiProperty({ type: [QualificationCountDto] }) counts: QualificationCountDto[];
  @ApiPropertyOptional({ type: [RosterEntryDto], description: 'Absent for the counts view' }) entries?: RosterEntryDto[];

  static from(r: WorkspaceRoster): WorkspaceRosterDto {
    return Object.assign(new WorkspaceRosterDto(), { ...r });
  }
}

export class RosterSnapshotDto implements RosterSnapshotView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) workspaceId: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 1,
    description: 'The submission it was frozen with (each submission freezes one); null: frozen on request',
  })
  submissionNumber: number | null;
  @ApiProperty({ example: '9f2c…', description: 'SHA-256 (hex) over the canonical JSON of the format, workspace and entries' }) digest: string;
  @ApiProperty({ type: [RosterEntryDto] }) entries: RosterEntryDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(s: RosterSnapshotView): RosterSnapshotDto {
    return Object.assign(new RosterSnapshotDto(), { ...s });
  }
}
