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

/** The largest value of a PostgreSQL `integer` column. */
export const MAX_INT32 = 2_147_483_647;

/**
 * Path numbers (submission numbers and the like): a decimal integer from `min` to 2^31 − 1,
 * else a 400 naming the parameter (never a database range error).
 */
@Injectable()
export class ParseIntParamPipe implements PipeTransform<string, number> {
  constructor(private readonly min = 1) {}

  transform(value: string, metadata: ArgumentMetadata): number {
    const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < this.min || n > MAX_INT32) {
      const field = metadata.data ?? 'number';
      const message = `must be an integer from ${this.min} to ${MAX_INT32}`;
      throw new CoreError(CoreErrorCode.ValidationFailed, `${field} ${message}.`, { errors: [{ field, message }] });
    }
    return n;
  }
}
