import { ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, type Locale } from '@attesta/i18n';
import { IsIn, IsOptional } from 'class-validator';

/** What a signed-in user changes about themselves. */
export class UpdateMeDto {
  @ApiPropertyOptional({
    type: 'string',
    enum: LOCALES,
    nullable: true,
    example: 'vi',
    description:
      'The language of the portal and of the mail Attesta sends you: one of en, zh-CN, vi, th, ms, id; null clears the choice (the portal then follows the browser, mail falls back to English or the language of the request that caused it). Left out: unchanged.',
  })
  // Null clears the choice; only a string is checked against the list.
  @IsOptional()
  @IsIn(LOCALES, { message: 'must be one of en, zh-CN, vi, th, ms, id, or null' })
  locale?: Locale | null;
}
