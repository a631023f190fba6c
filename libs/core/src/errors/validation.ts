import { ValidationError, ValidationPipe } from '@nestjs/common';
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
      return new CoreError(
        CoreErrorCode.ValidationFailed,
        issues.map((i) => `${i.field}: ${i.message}`).join('; ') || 'The request is invalid.',
        { errors: issues },
      );
    },
  });
}
