import { ArgumentMetadata, Injectable, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { isUuid } from '../ids/ids.js';
import { CoreError, CoreErrorCode } from './core.errors.js';
import type { FieldIssue } from './domain-error.js';

function flatten(errors: ValidationError[], parent = ''): FieldIssue[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Validation of every DTO: unknown fields rejected, each bad field listed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const issues = flatten(errors);
      return new CoreError(CoreErrorCode.ValidationFailed, issues.map((i) => `${i.field}: ${i.message}`).join('; ') || 'The request is invalid.', {
        errors: issues,
      });
    },
  });
}

/** Path ids: a malformed one is a 400 naming the parameter (never a database error). */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) {
      const field = metadata.data ?? 'id';
      throw new CoreError(CoreErrorCode.ValidationFailed, `${field} must be a UUID.`, { errors: [{ field, message: 'must be a UUID' }] });
    }
    return value;
  }
}
