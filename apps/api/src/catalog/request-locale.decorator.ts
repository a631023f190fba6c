import { type ArgumentMetadata, createParamDecorator, type ExecutionContext, Injectable, type PipeTransform } from '@nestjs/common';
import { CoreError, CoreErrorCode } from '@attesta/core';
import { isLocale, LOCALES, negotiateLocale, type Locale } from '@attesta/i18n';
import type { FastifyRequest } from 'fastify';

/** The caller's language, negotiated from `Accept-Language` (English when nothing usable is asked for). */
export const RequestLocale = createParamDecorator((_: unknown, ctx: ExecutionContext): Locale => {
  const header = ctx.switchToHttp().getRequest<FastifyRequest>().headers['accept-language'];
  return negotiateLocale(Array.isArray(header) ? header.join(',') : header);
});

/** A path parameter naming one of the portal's locales, else a 400 naming the parameter. */
@Injectable()
export class ParseLocalePipe implements PipeTransform<string, Locale> {
  transform(value: string, metadata: ArgumentMetadata): Locale {
    if (!isLocale(value)) {
      const field = metadata.data ?? 'locale';
      throw new CoreError(CoreErrorCode.ValidationFailed, `${field} must be one of ${LOCALES.join(', ')}.`, {
        errors: [{ field, message: `must be one of ${LOCALES.join(', ')}` }],
      });
    }
    return value;
  }
}
