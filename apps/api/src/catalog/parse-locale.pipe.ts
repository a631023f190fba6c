import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { CoreError, CoreErrorCode } from '@attesta/core';
import { isLocale, LOCALES, type Locale } from '@attesta/i18n';

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
