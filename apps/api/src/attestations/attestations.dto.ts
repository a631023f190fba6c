import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@attesta/core';
import {
  ATTESTATION_STATUSES,
  PUBLIC_STATUSES,
  statusNow,
  type Attestation,
  type AttestationLineage,
  type PublicAttestation,
  type PublicSigningKey,
  type VerificationResult,
} from '@attesta/attestations';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class LanguageTextDto {
  @ApiProperty({ example: '符合性证明 AT-2026-7K3M9QX2TB: VMC-850 machining centre with predictive maintenance' }) value: string;
  @ApiProperty({ type: String, nullable: true, example: 'zh-CN', description: 'BCP 47 tag; null when the credential gave a plain string' })
  language: string | null;
}

export class LocalizedNameDto {
  @ApiProperty({ type: [LanguageTextDto] }) names: LanguageTextDto[];
}

const STATUSES = ATTESTATION_STATUSES;
const EXAMPLE_JWT =
  'eyJhbGciOiJFZERTQSIsInR5cCI6InZjK2p3dCIsImN0eSI6InZjIiwia2lkIjoiZGlkOndlYjpwb3J0YWwuZXhhbXBsZS5jb20uLi4jLi4uIn0.eyJAY29udGV4dCI6Wy4uLl19.c2lnbmF0dXJl';

export class IssueAttestationDto {
  @ApiProperty({ format: 'uuid', description: 'The positive decision to attest' }) @IsUUID() decisionId: string;
  @ApiPropertyOptional({
    example: true,
    description:
      'Absent or true: the issuer needs a verified, active accreditation covering every framework and market of the attestation (else 422 `accreditation.not_accredited` naming what is missing). ' +
      '`false` issues explicitly as non-accredited: the credential then says `accredited: false` and `assessmentLevel: Unspecified`, and accredited-only checks will not accept it.',
  })
  @IsOptional()
  @IsBoolean()
  accredited?: boolean;
}

/** The accreditation claim an attestation was issued with (frozen at issue). */
export class AccreditationClaimScopeDto {
  @ApiProperty({ type: [String], example: ['attesta-dser'] }) frameworkCodes: string[];
  @ApiProperty({ type: [String], example: ['TH', 'VN'], description: 'ISO 3166-1 alpha-2' }) markets: string[];
  @ApiProperty({ type: [String], example: ['predictive_maintenance'] }) serviceCategories: string[];
}

export class AttestationAccreditationClaimDto {
  @ApiProperty({ format: 'uuid' }) accreditationId: string;
  @ApiProperty({ format: 'uuid' }) bodyId: string;
  @ApiProperty({ example: 'Bureau of Accreditation (BoA)' }) bodyName: string;
  @ApiProperty({ example: 'VN' }) bodyCountry: string;
  @ApiProperty({ type: [String], example: ['GAC MRA', 'IAF MLA', 'ILAC MRA'] }) arrangements: string[];
  @ApiProperty({ example: 'VICAS 210' }) number: string;
  @ApiProperty({ example: 'ISO/IEC 17065' }) standard: string;
  @ApiProperty({ type: AccreditationClaimScopeDto }) scope: AccreditationClaimScopeDto;
  @ApiProperty({ example: '2025-01-01' }) validFrom: string;
  @ApiProperty({ example: '2029-12-31' }) validUntil: string;
  @ApiProperty({ enum: ['body_confirmed', 'credential', 'operator'] }) verification: string;
}

/** Lifting a suspension says why, as the suspension did: the status log and verifiers see it. */
export class ReinstateDto {
  @ApiProperty({ example: 'Finding closed after re-audit: SLA monitoring switched back on', description: 'Shown to verifiers with the status' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(1000)
  reason: string;
}

export class WithdrawDto {
  @ApiProperty({ example: 'Certification scheme requirements no longer met', description: 'Shown to verifiers' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(1000)
  reason: string;
}

/** A suspension tells verifiers why (it is shown with the status), as a withdrawal does. */
export class SuspendDto {
  @ApiProperty({ example: 'Surveillance audit found the SLA monitoring switched off', description: 'Shown to verifiers with the status' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(1000)
  reason: string;
}

export class ReduceScopeDto {
  @ApiProperty({ example: 'VMC-850 rev C with predictive-maintenance SaaS 4.2.0, EU region only' }) @IsString() @IsNotEmpty() @MaxLength(4000) scope: string;
  @ApiPropertyOptional({ type: [String], description: 'Keep only these attested frameworks' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsUUID('all', { each: true })
  frameworkIds?: string[];
  @ApiPropertyOptional({ type: [String], example: ['VN'], description: 'Keep only these attested markets' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @Matches(/^[A-Za-z]{2}$/, { each: true })
  markets?: string[];
  @ApiPropertyOptional({
    type: [String],
    description: "The attestation's conditions, every one of them in any order (a reduction keeps them; a new decision lifts one). Omit to keep them.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  conditions?: string[];
  @ApiPropertyOptional({ example: 'Thai market withdrawn from scope after surveillance' }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

export class AttestationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES as string[]) status?: (typeof STATUSES)[number];
}

export class VerifyDto {
  @ApiProperty({
    oneOf: [
      { type: 'string', description: 'Compact JWS (application/vc+jwt)' },
      { type: 'object', description: 'An EnvelopedVerifiableCredential or a VC JSON document' },
    ],
    example: EXAMPLE_JWT,
  })
  @IsDefined()
  credential: unknown;
}

class AttestedComponentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Predictive maintenance SaaS' }) name: string;
  @ApiProperty({ example: 'saas' }) kind: string;
  @ApiProperty({ example: '4.2.0' }) version: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'predictive_maintenance' }) serviceCategory: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) providerOrganizationId: string | null;
  @ApiProperty({
    type: 'string',
    nullable: true,
    example: '>=4.2.0 <4.3.0',
    description: 'The version range the assessor accepted as compatible (semver); null: exactly `version`',
  })
  compatibleRange: string | null;
}

export class AttestationLinkDto {
  @ApiProperty({ example: 'AT-2026-7K3M9QX2TB' }) serial: string;
  @ApiProperty({ format: 'uri', example: 'https://portal.example.com/v1/public/attestations/AT-2026-7K3M9QX2TB', description: 'Its public summary' })
  url: string;
}

class FrameworkRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ISO/IEC 27001' }) code: string;
  @ApiProperty({ example: 'Information security management' }) title: string;
  @ApiProperty({ example: '2022' }) version: string;
}

export class AttestationSubmissionRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 2 }) number: number;
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', description: 'SHA-256 of the frozen submission manifest' })
  digest: string;
}

export class AttestationOfferingRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'VMC-850 with predictive maintenance' }) name: string;
}

/**
 * The verified accreditation an attestation was issued under (from the trust list and the
 * assessor's verified record, frozen at issue) and its status now. Null when the attestation
 * was issued as non-accredited; what an assessor typed about itself never appears here.
 */
export class AccreditationDto {
  @ApiProperty({ example: 'Deutsche Akkreditierungsstelle (DAkkS)', description: 'The accreditation body (from the trust list)' }) body: string;
  @ApiProperty({ example: 'D-ZE-12345-01-00' }) number: string;
  @ApiProperty({ example: 'ISO/IEC 17065: attesta-dser in TH, VN', description: 'Readable scope' }) scope: string;
  @ApiProperty({ format: 'uuid' }) bodyId: string;
  @ApiProperty({ example: 'DE' }) bodyCountry: string;
  @ApiProperty({ type: [String], example: ['GAC MRA', 'IAF MLA', 'ILAC MRA'] }) arrangements: string[];
  @ApiProperty({ example: 'ISO/IEC 17065', enum: ['ISO/IEC 17065', 'ISO/IEC 17021-1', 'ISO/IEC 17020', 'ISO/IEC 17024', 'ISO/IEC 17025'] }) standard: string;
  @ApiProperty({ type: [String], example: ['attesta-dser'] }) frameworkCodes: string[];
  @ApiProperty({ type: [String], example: ['TH', 'VN'] }) markets: string[];
  @ApiProperty({ example: '2025-01-01' }) validFrom: string;
  @ApiProperty({ example: '2030-12-31' }) validUntil: string;
  @ApiProperty({ enum: ['body_confirmed', 'credential', 'operator'], description: 'How the record was verified' }) verification: string;
  @ApiProperty({ enum: ['active', 'suspended', 'withdrawn', 'expired'], description: "The accreditation's status now" }) status: string;
  @ApiProperty({ type: String, nullable: true, example: null }) statusReason: string | null;
  @ApiProperty({ description: 'Verified, active and valid now' }) currentlyValid: boolean;
}

export class PublicIssuerDto {
  @ApiProperty({ example: 'did:web:portal.example.com:v1:public:issuers:0197...' }) id: string;
  @ApiProperty({ type: String, nullable: true, example: 'TÜV Example' }) name: string | null;
  @ApiProperty({ type: AccreditationDto, nullable: true }) accreditation: AccreditationDto | null;
}

export class PublicSubmissionRefDto {
  @ApiProperty({ example: 2 }) number: number;
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }) digest: string;
}

export class VerifiedIssuerDto {
  @ApiProperty({ type: String, nullable: true, example: 'did:web:portal.example.com:v1:public:issuers:0197...' }) id: string | null;
  @ApiProperty({ description: 'The issuer is an organization of this platform' }) known: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) organizationId: string | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: AccreditationDto, nullable: true }) accreditation: AccreditationDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'The signing key (JWS kid)' }) kid: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['active', 'retired'] }) keyStatus: 'active' | 'retired' | null;
}

export class VerifiedAttestationRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'AT-2026-7K3M9QX2TB' }) serial: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) validFrom: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) validUntil: string | null;
}

export class VerifiedComponentDto {
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
  @ApiProperty() version: string;
}

export class VerifiedSubjectDto {
  @ApiProperty({ type: String, nullable: true, example: 'AT-2026-7K3M9QX2TB' }) serialNumber: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Precision Machines Ltd' }) issuedTo: string | null;
  @ApiProperty({ type: String, nullable: true }) offering: string | null;
  @ApiProperty({ type: [VerifiedComponentDto] }) components: VerifiedComponentDto[];
  @ApiProperty({ type: [String] }) frameworks: string[];
  @ApiProperty({ type: [LanguageTextDto], description: 'The credential’s `name` (VC 2.0 language value objects): one per language the issuer gave' })
  name: LanguageTextDto[];
  @ApiProperty({ type: [LocalizedNameDto], description: 'Per assessment, the framework’s name in each language the credential gives it' })
  frameworkNames: LocalizedNameDto[];
  @ApiProperty({ type: [String], example: ['VN'] }) markets: string[];
  @ApiProperty({ type: String, nullable: true }) scope: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'conformant' }) outcome: string | null;
  @ApiProperty({ type: [String] }) conditions: string[];
}

export class CompetenceQualificationCountDto {
  @ApiProperty({ example: 'Cloud O&M engineer' }) scheme: string;
  @ApiProperty({ example: 'L2' }) level: string;
  @ApiProperty({ example: 4, description: 'People with an active certification of this scheme and level' }) people: number;
}

export class CompetenceMarketCountDto {
  @ApiProperty({ example: 'VN', description: 'ISO 3166-1 alpha-2' }) market: string;
  @ApiProperty({ example: 3, description: 'Certified people serving this market' }) people: number;
}

export class AttestationCompetenceSummaryDto {
  @ApiProperty({ format: 'date-time', description: 'When the roster was frozen with the submission (certifications are judged active on that day)' })
  frozenAt: string;
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', description: 'SHA-256 of the frozen roster' })
  rosterDigest: string;
  @ApiProperty({ example: 5, description: 'People in the frozen roster' }) people: number;
  @ApiProperty({ example: 4, description: 'Of them, people with at least one active certification' }) certifiedPeople: number;
  @ApiProperty({ type: [CompetenceQualificationCountDto] }) byQualification: CompetenceQualificationCountDto[];
  @ApiProperty({ type: [CompetenceMarketCountDto] }) byMarket: CompetenceMarketCountDto[];
}

/** The competence summary the signed credential states (counts only), or null when no roster was frozen with the submission. */
function competenceSummaryOf(credential: string): AttestationCompetenceSummaryDto | null {
  try {
    const payload = JSON.parse(Buffer.from(credential.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      credentialSubject?: { competenceSummary?: AttestationCompetenceSummaryDto };
    };
    const c = payload.credentialSubject?.competenceSummary;
    if (!c) return null;
    return {
      frozenAt: c.frozenAt,
      rosterDigest: c.rosterDigest,
      people: c.people,
      certifiedPeople: c.certifiedPeople,
      byQualification: c.byQualification.map((q) => ({ scheme: q.scheme, level: q.level, people: q.people })),
      byMarket: c.byMarket.map((m) => ({ market: m.market, people: m.people })),
    };
  } catch {
    return null;
  }
}

export class AttestationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'AT-2026-7K3M9QX2TB' }) serial: string;
  @ApiProperty({ format: 'uuid', description: 'The issuer (assessor organization)' }) issuerOrganizationId: string;
  @ApiProperty({ example: 'did:web:portal.example.com:v1:public:issuers:0197...' }) issuerDid: string;
  @ApiProperty({ format: 'uuid' }) workspaceId: string;
  @ApiProperty({ format: 'uuid' }) subjectOrganizationId: string;
  @ApiProperty({ format: 'uuid' }) decisionId: string;
  @ApiProperty({ enum: ['conformant', 'conformant_with_conditions'] }) outcome: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({ type: 'string', nullable: true }) statusReason: string | null;
  @ApiProperty({ type: AttestationSubmissionRefDto }) submission: AttestationSubmissionRefDto;
  @ApiProperty({ type: AttestationOfferingRefDto }) offering: AttestationOfferingRefDto;
  @ApiProperty({ type: [AttestedComponentDto] }) components: AttestedComponentDto[];
  @ApiProperty({ type: [FrameworkRefDto] }) frameworks: FrameworkRefDto[];
  @ApiProperty({ type: [String], example: ['VN', 'TH'] }) markets: string[];
  @ApiProperty() scope: string;
  @ApiProperty({ type: [String] }) conditions: string[];
  @ApiProperty({ format: 'date-time' }) validFrom: string;
  @ApiProperty({ format: 'date-time' }) validUntil: string;
  @ApiProperty({ description: "Position in the issuer's revocation and suspension lists" }) statusIndex: number;
  @ApiProperty({ description: 'The signed credential (application/vc+jwt)', example: EXAMPLE_JWT }) credential: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) replacesId: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) replacedById: string | null;
  @ApiProperty({
    type: AttestationLinkDto,
    nullable: true,
    description: 'The newer attestation of the same issuer and offering, with an overlapping scope, that superseded this one',
  })
  supersededBy: AttestationLinkDto | null;
  @ApiProperty({ type: [AttestationLinkDto], description: 'The older attestations this one superseded' }) supersedes: AttestationLinkDto[];
  @ApiProperty({
    type: 'string',
    format: 'date',
    nullable: true,
    example: '2026-01-15',
    description: 'Oldest effective date of the frozen evidence the decision relied on',
  })
  evidenceEffectiveFrom: string | null;
  @ApiProperty({
    type: 'string',
    format: 'date',
    nullable: true,
    example: '2027-06-30',
    description: 'Earliest valid-until of that evidence (null: none expires)',
  })
  evidenceValidUntil: string | null;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ format: 'uri', description: 'Public summary' }) publicUrl: string;
  @ApiProperty({ description: 'Issued under a verified accreditation (false: explicitly issued as non-accredited)' }) accredited: boolean;
  @ApiProperty({ type: AttestationAccreditationClaimDto, nullable: true, description: 'The verified accreditation claimed at issue' })
  accreditation: AttestationAccreditationClaimDto | null;
  @ApiProperty({
    type: AttestationCompetenceSummaryDto,
    nullable: true,
    description: 'Counts of certified people from the roster frozen with the submission, as the credential states them (null: no roster frozen with it)',
  })
  competenceSummary: AttestationCompetenceSummaryDto | null;

  static from(
    a: Attestation,
    issuerDid: string,
    publicUrl: string,
    lineage: AttestationLineage | undefined,
    link: (serial: string) => AttestationLinkDto,
  ): AttestationDto {
    return {
      id: a.id,
      serial: a.serial,
      issuerOrganizationId: a.organizationId,
      issuerDid,
      workspaceId: a.workspaceId,
      subjectOrganizationId: a.subjectOrganizationId,
      decisionId: a.decisionId,
      outcome: a.outcome,
      status: a.status,
      statusReason: a.statusReason,
      submission: { id: a.submissionId, number: a.submissionNumber, digest: a.submissionDigest },
      offering: { id: a.offeringId, name: a.offeringName },
      components: a.components.map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        version: c.version,
        serviceCategory: c.serviceCategory,
        providerOrganizationId: c.providerOrganizationId,
        compatibleRange: c.compatibleRange ?? null,
      })),
      frameworks: a.frameworks.map((f) => ({ id: f.id, code: f.code, title: f.title, version: f.version })),
      markets: a.markets,
      scope: a.scope,
      conditions: a.conditions,
      validFrom: a.validFrom.toISOString(),
      validUntil: a.validUntil.toISOString(),
      statusIndex: a.statusIndex,
      credential: a.credential,
      replacesId: a.replacesId,
      replacedById: a.replacedById,
      supersededBy: lineage?.supersededBy ? link(lineage.supersededBy) : null,
      supersedes: (lineage?.supersedes ?? []).map(link),
      evidenceEffectiveFrom: a.evidenceEffectiveFrom,
      evidenceValidUntil: a.evidenceValidUntil,
      issuedAt: a.issuedAt.toISOString(),
      publicUrl,
      accredited: a.accreditationId !== null,
      accreditation: (a.accreditation as unknown as AttestationAccreditationClaimDto | null) ?? null,
      competenceSummary: competenceSummaryOf(a.credential),
    };
  }
}

export class ScopeReductionResultDto {
  @ApiProperty({ type: AttestationDto, description: 'The new attestation for the reduced scope' }) issued: AttestationDto;
  @ApiProperty({ type: AttestationDto, description: 'The old one, now withdrawn' }) withdrawn: AttestationDto;
}

export class SigningKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'did:web:portal.example.com:v1:public:issuers:0197...#Q2bB...' }) kid: string;
  @ApiProperty({ example: 'EdDSA' }) algorithm: string;
  @ApiProperty({ example: { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' }, description: 'Public key only' }) publicJwk: Record<
    string,
    string
  >;
  @ApiProperty({ enum: ['active', 'retired'] }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) retiredAt: string | null;

  static from(k: PublicSigningKey): SigningKeyDto {
    return {
      id: k.id,
      kid: k.kid,
      algorithm: k.algorithm,
      publicJwk: k.publicJwk,
      status: k.status,
      createdAt: k.createdAt.toISOString(),
      retiredAt: k.retiredAt?.toISOString() ?? null,
    };
  }
}

export class SigningKeyListDto {
  @ApiProperty({ type: [SigningKeyDto] }) data: SigningKeyDto[];
}

class PublicConditionDto {
  @ApiProperty({ example: 'Renew the technician training records' }) text: string;
  @ApiProperty({
    type: 'string',
    format: 'date',
    nullable: true,
    example: '2027-03-31',
    description: 'When it falls due; one overdue while its finding is open suspends the attestation',
  })
  dueDate: string | null;
}

class PublicComponentDto {
  @ApiProperty({ example: 'VMC-850 machining centre' }) name: string;
  @ApiProperty({ example: 'hardware' }) kind: string;
  @ApiProperty({ example: 'rev C' }) version: string;
  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'The version range the assessor accepted as compatible; null: exactly `version`' })
  compatibleRange: string | null;
}

class PublicFrameworkDto {
  @ApiProperty({ example: 'ISO/IEC 27001' }) code: string;
  @ApiProperty({ example: 'Information security management' }) title: string;
  @ApiProperty({ example: '2022' }) version: string;
  @ApiProperty({ type: [LanguageTextDto], description: 'The framework’s name in its source language and each translation frozen at issue' })
  names: LanguageTextDto[];
}

class VerificationReasonDto {
  @ApiProperty({
    example: 'suspended',
    enum: [
      'malformed',
      'unsecured',
      'unsupported_algorithm',
      'unknown_issuer',
      'unknown_key',
      'invalid_signature',
      'issuer_mismatch',
      'not_yet_valid',
      'expired',
      'suspended',
      'withdrawn',
      'superseded',
      'unknown_status',
    ],
  })
  code: string;
  @ApiProperty({ example: 'The issuer has suspended this attestation.' }) message: string;
}

export class PublicAttestationDto {
  @ApiProperty({ example: 'AT-2026-7K3M9QX2TB' }) serial: string;
  @ApiProperty({
    enum: PUBLIC_STATUSES,
    description:
      'Status now: past its validity `expired` even before the daily job records it; an active attestation whose validity has not begun reads `not_yet_valid` (not to be relied on yet)',
  })
  status: string;
  @ApiProperty({ type: 'string', nullable: true }) statusReason: string | null;
  @ApiProperty({ type: PublicIssuerDto }) issuer: PublicIssuerDto;
  @ApiProperty({ example: 'Precision Machines Ltd' }) issuedTo: string;
  @ApiProperty({ type: [LanguageTextDto], description: 'The credential’s name in each language it carries it (VC 2.0 language value objects)' })
  name: LanguageTextDto[];
  @ApiProperty({ example: 'conformant' }) outcome: string;
  @ApiProperty() offering: string;
  @ApiProperty({ type: [PublicComponentDto] }) components: PublicComponentDto[];
  @ApiProperty({ type: [PublicFrameworkDto] }) frameworks: PublicFrameworkDto[];
  @ApiProperty({ type: [String] }) markets: string[];
  @ApiProperty() scope: string;
  @ApiProperty({ type: [String] }) conditions: string[];
  @ApiProperty({ type: [PublicConditionDto], description: 'The conditions with their due dates (a conformant_with_conditions attestation)' })
  conditionDetails: PublicConditionDto[];
  @ApiProperty({ format: 'date-time' }) validFrom: string;
  @ApiProperty({ format: 'date-time' }) validUntil: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ type: PublicSubmissionRefDto }) submission: PublicSubmissionRefDto;
  @ApiProperty({ type: 'string', nullable: true, description: 'The attestation that replaced it (scope reduction)' }) replacedBy: string | null;
  @ApiProperty({ type: AttestationLinkDto, nullable: true, description: 'The newer attestation that superseded it (status `superseded`)' })
  supersededBy: AttestationLinkDto | null;
  @ApiProperty({ type: [AttestationLinkDto], description: 'The older attestations it superseded' }) supersedes: AttestationLinkDto[];
  @ApiProperty({ type: 'string', format: 'date', nullable: true, description: 'Oldest effective date of the evidence relied on' }) evidenceEffectiveFrom:
    string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true, description: 'Earliest valid-until of the evidence relied on' }) evidenceValidUntil:
    string | null;

  static from(
    p: PublicAttestation,
    issuer: PublicAttestationDto['issuer'],
    link: (serial: string) => AttestationLinkDto,
    now = new Date(),
  ): PublicAttestationDto {
    return {
      serial: p.serial,
      status: statusNow(p, now),
      statusReason: p.statusReason,
      issuer,
      issuedTo: p.subjectOrganizationName,
      name: p.name ?? [],
      outcome: p.outcome,
      offering: p.offeringName,
      components: p.components,
      frameworks: p.frameworks.map((f) => ({ code: f.code, title: f.title, version: f.version, names: f.names ?? [] })),
      markets: p.markets,
      scope: p.scope,
      conditions: p.conditions,
      conditionDetails: p.conditionDetails,
      validFrom: p.validFrom.toISOString(),
      validUntil: p.validUntil.toISOString(),
      issuedAt: p.issuedAt.toISOString(),
      submission: { number: p.submissionNumber, digest: p.submissionDigest },
      replacedBy: p.replacedBySerial,
      supersededBy: p.supersededBySerial ? link(p.supersededBySerial) : null,
      supersedes: p.supersedesSerials.map(link),
      evidenceEffectiveFrom: p.evidenceEffectiveFrom,
      evidenceValidUntil: p.evidenceValidUntil,
    };
  }
}

export class VerificationDto {
  @ApiProperty({ description: 'Signature valid, issuer known, status active, within the validity period' }) valid: boolean;
  @ApiProperty({ enum: ['vc+jwt', 'enveloped', 'json', 'unknown'] }) format: string;
  @ApiProperty() signatureValid: boolean;
  @ApiProperty({ type: VerifiedIssuerDto }) issuer: VerificationResult['issuer'];
  @ApiProperty({ enum: [...STATUSES, 'unknown'] }) status: string;
  @ApiProperty({ type: VerifiedAttestationRefDto, nullable: true }) attestation: VerificationResult['attestation'];
  @ApiProperty({ type: VerifiedSubjectDto, nullable: true }) subject: VerificationResult['subject'];
  @ApiProperty({ type: AttestationLinkDto, nullable: true, description: 'The newer attestation that superseded this one' })
  supersededBy: AttestationLinkDto | null;
  @ApiProperty({ type: AttestationLinkDto, nullable: true, description: 'The narrower attestation a scope reduction issued in place of this one (withdrawn)' })
  replacedBy: AttestationLinkDto | null;
  @ApiProperty({ type: [AttestationLinkDto], description: 'The older attestations this one superseded' }) supersedes: AttestationLinkDto[];
  @ApiProperty({ type: [VerificationReasonDto], description: 'Why it is not valid (empty when valid)' })
  reasons: VerificationResult['reasons'];
  @ApiProperty({ format: 'date-time' }) checkedAt: string;
}
