import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MemberRole, OrganizationKind } from '@attesta/core';
import { PASSWORD_POLICY } from '@attesta/identity';
import { Type } from 'class-transformer';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

export class SignupOrganizationDto {
  @ApiProperty({ example: 'Hanoi Precision Machines JSC' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: OrganizationKind, example: OrganizationKind.Manufacturer })
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @ApiPropertyOptional({
    example: 'BoA (Bureau of Accreditation, Viet Nam)',
    description:
      'Assessors only. Declared text, NOT verified: it makes no one accredited (declare a record under /v1/organization/accreditations and have it verified)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  accreditationBody?: string;

  @ApiPropertyOptional({
    example: 'VICAS 123',
    description:
      'Assessors only. Declared text, NOT verified: it makes no one accredited (declare a record under /v1/organization/accreditations and have it verified)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  accreditationNumber?: string;

  @ApiPropertyOptional({
    example: 'ISO/IEC 17065 certification of digital services',
    description:
      'Assessors only. Declared text, NOT verified: it makes no one accredited (declare a record under /v1/organization/accreditations and have it verified)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  accreditationScope?: string;
}

export class SignupUserDto {
  @ApiProperty({ example: 'lan.nguyen@example.com' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Lan Nguyen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'Quiet-Lathe-Harbor-42', description: PASSWORD_POLICY })
  @IsString()
  @MaxLength(1024)
  password: string;
}

export class SignupDto {
  @ApiProperty({ type: SignupOrganizationDto })
  @ValidateNested()
  @Type(() => SignupOrganizationDto)
  organization: SignupOrganizationDto;

  @ApiProperty({ type: SignupUserDto })
  @ValidateNested()
  @Type(() => SignupUserDto)
  user: SignupUserDto;
}

export class LoginDto {
  @ApiProperty({ example: 'lan.nguyen@example.com' })
  @IsEmail()
  email: string;

  @ApiProperty({ example: 'Quiet-Lathe-Harbor-42' })
  @IsString()
  @MaxLength(1024)
  password: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Organization to act for; defaults to the first membership' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from the last session response' })
  @IsString()
  @MaxLength(512)
  refreshToken: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @ApiProperty({ description: PASSWORD_POLICY })
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}

export class SwitchOrganizationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;
}

export class SessionDto {
  @ApiProperty({ description: 'Short-lived access JWT; send as `Authorization: Bearer …`' })
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ example: 900, description: 'Access token lifetime in seconds' })
  expiresIn: number;

  @ApiProperty({ description: 'Single-use refresh token; each refresh returns the next one' })
  refreshToken: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ format: 'uuid', description: 'The organization this session acts for' })
  organizationId: string;

  @ApiProperty({ enum: MemberRole })
  role: MemberRole;
}
