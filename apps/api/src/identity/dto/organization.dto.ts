import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable, MemberRole, OrganizationKind } from '@attesta/core';
import type { Organization } from '@attesta/identity';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SessionDto } from './auth.dto.js';
import { LOCALES, type Locale } from '@attesta/i18n';

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Hanoi Precision Machines JSC' })
  name: string;

  @ApiProperty({ enum: OrganizationKind })
  kind: OrganizationKind;

  @ApiProperty({ type: 'string', nullable: true, example: null })
  accreditationBody: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: null })
  accreditationNumber: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: null })
  accreditationScope: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(o: Organization): OrganizationDto {
    return {
      id: o.id,
      name: o.name,
      kind: o.kind,
      accreditationBody: o.accreditationBody,
      accreditationNumber: o.accreditationNumber,
      accreditationScope: o.accreditationScope,
      createdAt: o.createdAt.toISOString(),
    };
  }
}

export class SignupResponseDto {
  @ApiProperty({ type: OrganizationDto })
  organization: OrganizationDto;

  @ApiProperty({ type: SessionDto })
  session: SessionDto;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional({ example: 'Hanoi Precision Machines JSC', description: 'Not blank; surrounding spaces are dropped' })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'Assessors only' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  accreditationBody?: string;

  @ApiPropertyOptional({ description: 'Assessors only' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  accreditationNumber?: string;

  @ApiPropertyOptional({ description: 'Assessors only' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  accreditationScope?: string;
}

export class MyOrganizationDto {
  @ApiProperty({ type: OrganizationDto })
  organization: OrganizationDto;

  @ApiProperty({ enum: MemberRole })
  role: MemberRole;
}

export class MeDto {
  @ApiProperty({ enum: ['user', 'api_key'] })
  kind: 'user' | 'api_key';

  @ApiProperty({ format: 'uuid', description: 'User id or API key id' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  organizationId: string;

  @ApiPropertyOptional({ enum: MemberRole })
  role?: MemberRole;

  @ApiPropertyOptional({ type: [String], description: 'API keys only' })
  scopes?: string[];

  @ApiProperty({ type: [MyOrganizationDto], description: 'Organizations a user can switch to (empty for API keys)' })
  organizations: MyOrganizationDto[];

  @ApiProperty({
    type: 'string',
    enum: LOCALES,
    nullable: true,
    example: 'vi',
    description:
      'The language the user chose for the portal and for their mail (set with `PATCH /v1/auth/me`); null until chosen, then the portal follows the browser. Always null for API keys.',
  })
  locale: Locale | null;
}
