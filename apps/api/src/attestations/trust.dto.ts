import { ApiProperty } from '@nestjs/swagger';
import { PUBLIC_STATUSES, type SupplierTrustPage, type TrustedAttestation } from '@attesta/attestations';
import { LanguageTextDto, PublicIssuerDto } from './attestations.dto.js';

class TrustFrameworkDto {
  @ApiProperty({ example: 'ISO/IEC 27001' }) code: string;
  @ApiProperty({ example: 'Information security management' }) title: string;
  @ApiProperty({ example: '2022' }) version: string;
  @ApiProperty({
    type: [LanguageTextDto],
    description:
      "The framework's name in its source language and each translation frozen at issue (as on the verification page): a reader's language picks one",
  })
  names: LanguageTextDto[];
}

class TrustComponentDto {
  @ApiProperty({ example: 'VMC-850 machining centre' }) name: string;
  @ApiProperty({ example: 'hardware' }) kind: string;
  @ApiProperty({ example: 'rev C' }) version: string;
}

class TrustOrganizationDto {
  @ApiProperty({ format: 'uuid', example: '0197a3c2-5d4e-7b21-9f00-3c1d2e4f5a6b' }) id: string;
  @ApiProperty({ example: 'Precision Machines Ltd' }) name: string;
}

/** One attestation on a supplier's trust page: its public summary, status now, issuer and links. */
export class TrustAttestationDto {
  @ApiProperty({ example: 'AT-2026-7K3M9QX2TB' }) serial: string;
  @ApiProperty({
    enum: PUBLIC_STATUSES,
    example: 'active',
    description:
      'Status now: past its validity an attestation reads `expired` even before the daily job records it; an active one whose validity has not begun, `not_yet_valid`',
  })
  status: string;
  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'Why it was suspended or withdrawn' }) statusReason: string | null;
  @ApiProperty({ example: 'conformant', enum: ['conformant', 'conformant_with_conditions', 'nonconformant'] }) outcome: string;
  @ApiProperty({
    example: 'Precision Machines Ltd',
    description:
      'The supplier’s name as the attestation names it (fixed at issue; the page’s `organization.name` is the name now, which the organization may have changed since)',
  })
  issuedTo: string;
  @ApiProperty({ example: 'VMC-850 with predictive maintenance' }) offering: string;
  @ApiProperty({ type: [TrustComponentDto] }) components: TrustComponentDto[];
  @ApiProperty({ type: [TrustFrameworkDto] }) frameworks: TrustFrameworkDto[];
  @ApiProperty({ type: [String], example: ['VN', 'TH'] }) markets: string[];
  @ApiProperty({ example: 'VMC-850 rev C with the predictive maintenance service 4.2' }) scope: string;
  @ApiProperty({ type: [String], example: [] }) conditions: string[];
  @ApiProperty({ format: 'date-time', example: '2026-03-01T00:00:00.000Z', description: 'Start of validity (a calendar day in UTC)' }) validFrom: string;
  @ApiProperty({ format: 'date-time', example: '2029-02-28T23:59:59.000Z', description: 'End of validity (a calendar day in UTC)' }) validUntil: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ type: PublicIssuerDto, description: 'The assessor that issued it, with the accreditation it was issued under (status now)' })
  issuer: PublicIssuerDto;
  @ApiProperty({
    format: 'uri',
    example: 'https://portal.example.com/verify/AT-2026-7K3M9QX2TB',
    description: 'The portal’s verification page (the QR code target)',
  })
  verifyUrl: string;
  @ApiProperty({ format: 'uri', example: 'https://portal.example.com/v1/public/attestations/AT-2026-7K3M9QX2TB/certificate.pdf' })
  certificateUrl: string;
  @ApiProperty({ format: 'uri', example: 'https://portal.example.com/v1/public/attestations/AT-2026-7K3M9QX2TB/badge.svg' })
  badgeUrl: string;

  static from(t: TrustedAttestation, apiBase: string): TrustAttestationDto {
    const a = t.attestation;
    const api = `${apiBase}/v1/public/attestations/${encodeURIComponent(a.serial)}`;
    return {
      serial: a.serial,
      status: t.status,
      statusReason: t.status === 'suspended' || t.status === 'withdrawn' ? a.statusReason : null,
      outcome: a.outcome,
      issuedTo: a.subjectOrganizationName,
      offering: a.offeringName,
      components: a.components.map((c) => ({ name: c.name, kind: c.kind, version: c.version })),
      frameworks: a.frameworks.map((f) => ({ code: f.code, title: f.title, version: f.version, names: f.names ?? [] })),
      markets: a.markets,
      scope: a.scope,
      conditions: a.conditions,
      validFrom: a.validFrom.toISOString(),
      validUntil: a.validUntil.toISOString(),
      issuedAt: a.issuedAt.toISOString(),
      issuer: { id: t.issuer.did, name: t.issuer.name, accreditation: t.accreditation },
      verifyUrl: t.verifyUrl,
      certificateUrl: `${api}/certificate.pdf`,
      badgeUrl: `${api}/badge.svg`,
    };
  }
}

export class TrustPageDto {
  @ApiProperty({ type: TrustOrganizationDto, description: 'The supplier (the organization the attestations were issued to)' })
  organization: TrustOrganizationDto;
  @ApiProperty({
    type: [TrustAttestationDto],
    description:
      'Attestations issued to it whose validity has not ended and that no newer one superseded, newest first (at most 100). Withdrawn ones stay listed as `withdrawn` until their validity ends.',
  })
  attestations: TrustAttestationDto[];
  @ApiProperty({ format: 'date-time', description: 'When the statuses were read' }) generatedAt: string;

  static from(p: SupplierTrustPage, apiBase: string): TrustPageDto {
    return {
      organization: p.organization,
      attestations: p.attestations.map((a) => TrustAttestationDto.from(a, apiBase)),
      generatedAt: p.generatedAt.toISOString(),
    };
  }
}
