import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable } from '@attesta/core';
import { ComponentKind, ServiceCategory, type Component, type Offering } from '@attesta/offerings';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

export class ComponentInputDto {
  @ApiProperty({ example: 'Predictive maintenance SaaS' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ComponentKind, example: ComponentKind.Saas })
  @IsEnum(ComponentKind)
  kind: ComponentKind;

  @ApiProperty({ example: '4.2.0' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  version: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The vendor organization that runs this component' })
  @IsOptional()
  @IsUUID()
  providerOrganizationId?: string;

  @ApiPropertyOptional({ enum: ServiceCategory, example: ServiceCategory.PredictiveMaintenance })
  @IsOptional()
  @IsEnum(ServiceCategory)
  serviceCategory?: ServiceCategory;

  @ApiPropertyOptional({ example: 'Vibration analytics and failure prediction for the spindle' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;
}

export class UpdateComponentDto {
  @ApiPropertyOptional() @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ example: '4.3.0' }) @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(64) version?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() providerOrganizationId?: string;
  @ApiPropertyOptional({ enum: ServiceCategory }) @IsOptional() @IsEnum(ServiceCategory) serviceCategory?: ServiceCategory;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(4000) description?: string;
}

export class CreateOfferingDto {
  @ApiProperty({ example: 'VMC-850 CNC machining centre with predictive maintenance' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Vertical machining centre sold with remote monitoring and predictive-maintenance service' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ type: [ComponentInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ComponentInputDto)
  components?: ComponentInputDto[];
}

export class UpdateOfferingDto {
  @ApiPropertyOptional() @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(4000) description?: string;
}

export class ComponentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ComponentKind }) kind: ComponentKind;
  @ApiProperty({ example: '4.2.0' }) version: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) providerOrganizationId: string | null;
  @ApiProperty({ enum: ServiceCategory, nullable: true }) serviceCategory: ServiceCategory | null;
  @ApiProperty() description: string;

  static from(c: Component): ComponentDto {
    return {
      id: c.id,
      name: c.name,
      kind: c.kind,
      version: c.version,
      providerOrganizationId: c.providerOrganizationId,
      serviceCategory: c.serviceCategory,
      description: c.description,
    };
  }
}

export class OfferingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The manufacturer' }) organizationId: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ description: 'Also the ETag; send it back in If-Match to update' }) version: number;
  @ApiProperty({ type: [ComponentDto] }) components: ComponentDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(o: Offering): OfferingDto {
    return {
      id: o.id,
      organizationId: o.organizationId,
      name: o.name,
      description: o.description,
      version: o.version,
      components: (o.components ?? []).map(ComponentDto.from),
      createdAt: o.createdAt.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
    };
  }
}
