import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@attesta/core';
import { FOREIGN_CREDENTIAL_STATUSES, type AssessedItemKind, type ForeignCredential, type ForeignCredentialStatus } from '@attesta/foreign-credentials';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class ImportForeignCredentialDto {
  @ApiPropertyOptional({
    example: 'https://certifier.example/credentials/DCC-2026-0042.jwt',
    description: 'Where to fetch the credential (https, public addresses only; no redirects). Exactly one of url and credential.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({
    example:
      'eyJhbGciOiJFZERTQSIsInR5cCI6InZjK2p3dCIsImtpZCI6ImRpZDp3ZWI6Y2VydGlmaWVyLmV4YW1wbGUja2V5LTEifQ.eyJAY29udGV4dCI6WyJodHRwczovL3d3dy53My5vcmcvbnMvY3JlZGVudGlhbHMvdjIiXX0.c2ln',
    description: 'The credential itself: a compact vc+jwt, or an EnvelopedVerifiableCredential (JSON) holding one.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(262_144)
  credential?: string;
}

export class ForeignCredentialQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FOREIGN_CREDENTIAL_STATUSES })
  @IsOptional()
  @IsIn(FOREIGN_CREDENTIAL_STATUSES)
  status?: ForeignCredentialStatus;
}

class ForeignCredentialFrameworkDto {
  @ApiProperty({ nullable: true, type: String, example: 'urn:attesta:framework:attesta-dser:1.0' }) referenceId: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Digital Service Export Readiness (attesta-dser 1.0)' }) name: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'attesta-dser' }) code: string | null;
  @ApiProperty({ nullable: true, type: String, example: '1.0' }) version: string | null;
}

export class ForeignCredentialAssessedItemDto {
  @ApiProperty({
    enum: ['product', 'service', 'facility', 'offering'],
    example: 'service',
    description:
      'UNTP `assessedProduct[].product` (product), `assessedFacility[].facility` (facility), Attesta’s `assessedService[].service` (service) and `assessedOffering` (offering; its components as products or services)',
  })
  kind: AssessedItemKind;
  @ApiProperty({ nullable: true, type: String, example: 'urn:uuid:0190d0c4-5a6b-7c8d-9e0f-123456789abc' }) id: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'VisionQC inspection model' }) name: string | null;
  @ApiProperty({ nullable: true, type: String, example: '3.2.0', description: 'The version assessed (`modelVersion` of a product), when stated' })
  version: string | null;
}

class ForeignCredentialStatusEntryDto {
  @ApiProperty({ enum: ['revocation', 'suspension'] }) purpose: string;
  @ApiProperty({ example: 94567 }) index: number;
  @ApiProperty({ example: 'https://certifier.example/status/suspension' }) listUrl: string;
  @ApiProperty({ description: 'Whether the list marked the credential at the last check' }) set: boolean;
}

class ForeignCredentialReasonDto {
  @ApiProperty({ example: 'issuer_not_on_trust_list' }) code: string;
  @ApiProperty({ example: 'No listed trust-list entry names the issuer did:web:certifier.example; the credential is kept but does not count.' })
  message: string;
}

export class ForeignCredentialPartyDto {
  @ApiProperty({ nullable: true, type: String, example: 'urn:uuid:0190d0c4-5a6b-7c8d-9e0f-123456789abc' }) id: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Hanoi Precision Machinery JSC' }) name: string | null;
}

export class ForeignCredentialIssuerDto {
  @ApiProperty({ example: 'did:web:certifier.example' }) did: string;
  @ApiProperty({ type: String, nullable: true, example: 'Example Certifier' }) name: string | null;
}

export class TrustListBodyRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, example: 'Bureau of Accreditation' }) name: string | null;
}

export class ForeignCredentialDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: FOREIGN_CREDENTIAL_STATUSES, example: 'recognised' }) status: ForeignCredentialStatus;
  @ApiProperty({ description: 'Counts for the organization (status recognised)' }) counts: boolean;
  @ApiProperty({ type: ForeignCredentialReasonDto, nullable: true, description: 'Why it does not count; null when it does' })
  reason: ForeignCredentialReasonDto | null;
  @ApiProperty({ type: ForeignCredentialIssuerDto }) issuer: ForeignCredentialIssuerDto;
  @ApiProperty({ type: TrustListBodyRefDto, nullable: true, description: 'The trust-list entry naming the issuer DID' })
  trustListBody: TrustListBodyRefDto | null;
  @ApiProperty({ nullable: true, type: String, example: 'urn:uuid:0190d0c4-5a6b-7c8d-9e0f-123456789abc' }) credentialId: string | null;
  @ApiProperty({ nullable: true, type: String }) subjectName: string | null;
  @ApiProperty({
    type: ForeignCredentialPartyDto,
    nullable: true,
    description:
      'UNTP `credentialSubject.issuedToParty`: the party the credential is issued to. It counts only for that organization: `urn:uuid:<organization id>` or its name (case and spacing aside)',
  })
  issuedTo: ForeignCredentialPartyDto | null;
  @ApiProperty({ type: [ForeignCredentialFrameworkDto] }) frameworks: ForeignCredentialFrameworkDto[];
  @ApiProperty({
    type: [ForeignCredentialAssessedItemDto],
    example: [
      { kind: 'offering', id: 'urn:uuid:0190d0c4-5a6b-7c8d-9e0f-123456789abc', name: 'VisionQC line inspection', version: null },
      { kind: 'service', id: 'urn:uuid:0190d0c4-5a6b-7c8d-9e0f-123456789abd', name: 'VisionQC inspection model', version: '3.2.0' },
    ],
    description:
      'What its conforming assessments name as assessed. It counts for a bid only when this covers the bid’s offering: the offering itself (`urn:uuid:<offering id>` or its name), or every offered component (`urn:uuid:<component id>` or its name, at the version stated). Empty (or facilities only): an assessment of the organization, counting for any of its offerings',
  })
  assessedItems: ForeignCredentialAssessedItemDto[];
  @ApiProperty({ type: [String], example: ['TH', 'VN'] }) markets: string[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) validFrom: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) validUntil: string | null;
  @ApiProperty({ type: [ForeignCredentialStatusEntryDto] }) statusEntries: ForeignCredentialStatusEntryDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Where it was fetched from; null for an upload' }) sourceUrl: string | null;
  @ApiProperty({ format: 'date-time' }) checkedAt: string;
  @ApiProperty({ format: 'date-time' }) importedAt: string;
  @ApiProperty({ example: 1 }) version: number;

  static from(c: ForeignCredential): ForeignCredentialDto {
    return {
      id: c.id,
      status: c.status,
      counts: c.status === 'recognised',
      reason: c.reasonCode ? { code: c.reasonCode, message: c.reasonMessage ?? '' } : null,
      issuer: { did: c.issuerDid, name: c.issuerName },
      trustListBody: c.trustBodyId ? { id: c.trustBodyId, name: c.trustBodyName } : null,
      credentialId: c.credentialId,
      subjectName: c.subjectName,
      issuedTo: c.issuedToId || c.issuedToName ? { id: c.issuedToId, name: c.issuedToName } : null,
      frameworks: c.frameworks,
      assessedItems: c.assessedItems,
      markets: c.markets,
      validFrom: c.validFrom?.toISOString() ?? null,
      validUntil: c.validUntil?.toISOString() ?? null,
      statusEntries: c.statusEntries.map(({ purpose, index, listUrl, set }) => ({ purpose, index, listUrl, set })),
      sourceUrl: c.sourceUrl,
      checkedAt: c.checkedAt.toISOString(),
      importedAt: c.createdAt.toISOString(),
      version: c.version,
    };
  }
}
