import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_KEY_SCOPES } from '@attesta/access';
import { MemberRole } from '@attesta/core';
import type { ApiKey, Invitation, Membership } from '@attesta/identity';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class MemberDto {
  @ApiProperty({ format: 'uuid', description: 'Membership id' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'lan.nguyen@example.com' })
  email: string;

  @ApiProperty({ example: 'Lan Nguyen' })
  name: string;

  @ApiProperty({ enum: MemberRole })
  role: MemberRole;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(m: Membership): MemberDto {
    return { id: m.id, userId: m.userId, email: m.user?.email ?? '', name: m.user?.name ?? '', role: m.role, createdAt: m.createdAt.toISOString() };
  }
}

export class ChangeRoleDto {
  @ApiProperty({ enum: MemberRole })
  @IsEnum(MemberRole)
  role: MemberRole;
}

export class CreateInvitationDto {
  @ApiProperty({ example: 'minh.tran@example.com' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: MemberRole, example: MemberRole.Member })
  @IsEnum(MemberRole)
  role: MemberRole;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ enum: MemberRole })
  role: MemberRole;

  @ApiProperty({ enum: ['pending', 'accepted', 'revoked', 'expired'] })
  status: 'pending' | 'accepted' | 'revoked' | 'expired';

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(i: Invitation): InvitationDto {
    const status = i.acceptedAt ? 'accepted' : i.revokedAt ? 'revoked' : i.expiresAt.getTime() <= Date.now() ? 'expired' : 'pending';
    return { id: i.id, email: i.email, role: i.role, status, expiresAt: i.expiresAt.toISOString(), createdAt: i.createdAt.toISOString() };
  }
}

/** The link and its token go to the invitee's mailbox only, never back to the inviter. */
export class CreatedInvitationDto {
  @ApiProperty({ type: InvitationDto })
  invitation: InvitationDto;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the invitation link' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  token: string;

  @ApiPropertyOptional({ example: 'Minh Tran', description: 'Required when no account exists for the invited e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiProperty({ description: "A new password (new account) or the existing account's password" })
  @IsString()
  @MaxLength(1024)
  password: string;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'e-procurement connector', description: 'Not blank' })
  @IsString()
  @IsNotEmpty()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(100)
  name: string;

  @ApiProperty({ type: [String], example: ['audit:read'], description: 'Scopes the key grants' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  scopes: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'Optional expiry; must be in the future' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expiresAt?: Date;
}

export class ApiKeyScopeDto {
  @ApiProperty({ example: 'tenders:read' })
  scope: string;

  @ApiProperty({ example: 'Read tenders and the bids on your own tenders with their compliance reports' })
  description: string;

  static all(): ApiKeyScopeDto[] {
    return Object.entries(API_KEY_SCOPES).map(([scope, s]) => ({ scope, description: s.description }));
  }
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'e-procurement connector' })
  name: string;

  @ApiProperty({ example: 'atk_3f9a1c2b7d4e', description: 'Visible identifier (the part before the dot)' })
  prefix: string;

  @ApiProperty({ type: [String] })
  scopes: string[];

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  expiresAt: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  revokedAt: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  lastUsedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({
    format: 'uuid',
    description:
      'The user who made the key. The key acts as them (separation of duties counts it as that person) and is revoked when they are removed from the organization.',
  })
  createdBy: string;

  static from(k: ApiKey): ApiKeyDto {
    return {
      id: k.id,
      name: k.name,
      prefix: k.prefix,
      scopes: k.scopes,
      expiresAt: k.expiresAt?.toISOString() ?? null,
      revokedAt: k.revokedAt?.toISOString() ?? null,
      lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
      createdAt: k.createdAt.toISOString(),
      createdBy: k.createdBy,
    };
  }
}

export class CreatedApiKeyDto {
  @ApiProperty({ type: ApiKeyDto })
  apiKey: ApiKeyDto;

  @ApiProperty({ example: 'atk_3f9a1c2b7d4e.Zm9vYmFy…', description: 'The full key, shown once; send it as the `x-api-key` header' })
  key: string;
}
