import { ArgumentMetadata, Injectable, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, validate, ValidateIf, ValidationTypes } from 'class-validator';
import { CoreError, CoreErrorCode } from './core.errors.js';
import type { FieldIssue } from './domain-error.js';
import { compiledBodyValidator, NOT_NESTED } from './compiled-validation.js';
import { memoizeValidationMetadata } from './validation-metadata-cache.js';

function flatten(errors: ValidationError[], parent = ''): FieldIssue[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

type DtoClass = abstract new (...args: never[]) => unknown;
type DesignTypeReader = (key: string, target: object, property: string) => DtoClass | undefined;

/**
 * Properties validated as one nested DTO (`@ValidateNested()`, not `each`) and not marked
 * `@IsOptional()`: class-validator skips nested validation of a missing value, so without
 * this an absent `organization` would reach the service as undefined.
 */
function requiredNestedProperties(type: DtoClass): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(type as unknown as new () => object, '', true, false);
  const optional = new Set(metadata.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION).map((m) => m.propertyName));
  return [
    ...new Set(metadata.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION && !m.each && !optional.has(m.propertyName)).map((m) => m.propertyName)),
  ];
}

/**
 * Properties declared as one nested DTO (`organization: SignupOrganizationDto`) must be an
 * object: class-transformer would turn a list into a list of DTOs, which nested validation
 * accepts (an empty one entirely), and the service would then fail on it. A required one
 * must be there at all.
 */
function nestedShapeIssues(type: DtoClass, value: unknown, parent = ''): FieldIssue[] {
  const getMetadata = (Reflect as unknown as { getMetadata?: DesignTypeReader }).getMetadata;
  if (!getMetadata || !value || typeof value !== 'object' || Array.isArray(value)) return [];
  const record = value as Record<string, unknown>;
  const missing = requiredNestedProperties(type)
    .filter((key) => record[key] === undefined || record[key] === null)
    .map((key) => ({ field: parent ? `${parent}.${key}` : key, message: 'must be an object' }));
  return [...missing, ...nestedIssuesOfPresent(type, record, parent, getMetadata)];
}

function nestedIssuesOfPresent(type: DtoClass, value: Record<string, unknown>, parent: string, getMetadata: DesignTypeReader): FieldIssue[] {
  return Object.entries(value).flatMap(([key, v]) => {
    const declared = getMetadata('design:type', type.prototype as object, key);
    if (typeof declared !== 'function' || NOT_NESTED.has(declared) || v === undefined || v === null) return [];
    const field = parent ? `${parent}.${key}` : key;
    if (typeof v !== 'object' || Array.isArray(v)) return [{ field, message: 'must be an object' }];
    return nestedShapeIssues(declared, v, field);
  });
}

function validationError(issues: FieldIssue[]): CoreError {
  return new CoreError(CoreErrorCode.ValidationFailed, issues.map((i) => `${i.field}: ${i.message}`).join('; ') || 'The request is invalid.', {
    errors: issues,
  });
}

/** What `answerAtOnce` returns for a value it cannot answer without the full (async) path. */
const FULL_PATH = Symbol('full validation path');

class DtoValidationPipe extends ValidationPipe {
  constructor(
    options: ConstructorParameters<typeof ValidationPipe>[0],
    private readonly compiled: boolean,
  ) {
    super(options);
  }

  /**
   * The pipe's answer where it needs no promise: a value the ValidationPipe would not validate (no
   * class, e.g. one named query value) as its own primitive transform answers it, and a body or
   * whole query its DTO's compiled plan accepts (the instance class-transformer would build).
   * FULL_PATH for anything else.
   */
  answerAtOnce(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!metadata.metatype || !this.toValidate(metadata)) return this.isTransformEnabled ? this.transformPrimitive(value, metadata) : value;
    if (!this.compiled || typeof metadata.metatype !== 'function') return FULL_PATH;
    const plan =
      metadata.type === 'body' || (metadata.type === 'query' && !metadata.data && isQueryObject(value))
        ? compiledBodyValidator(metadata.metatype as DtoClass)
        : undefined;
    // Fastify's query object has no Object.prototype; its own keys, copied into a plain object,
    // are what class-transformer reads.
    const accepted = plan?.(metadata.type === 'query' ? { ...(value as Record<string, unknown>) } : value);
    return accepted === undefined ? FULL_PATH : accepted;
  }

  /** Everything `answerAtOnce` does not answer; this path words the errors. */
  fullPath(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && typeof metadata.metatype === 'function') {
      // No body at all is validated as an empty one (as the ValidationPipe does).
      const issues = nestedShapeIssues(metadata.metatype as DtoClass, value ?? {});
      if (issues.length) return Promise.reject(validationError(issues));
    }
    return super.transform(value, metadata);
  }
}

/**
 * The pipe bodies and queries carry (`Body`, `Query` in http/request-params.ts): the validation
 * pipe's synchronous answer where it has one, its promise only where validation needs it; Nest
 * awaits either.
 */
class ValidationEntryPipe implements PipeTransform {
  constructor(private readonly pipe: DtoValidationPipe) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const answer = this.pipe.answerAtOnce(value, metadata);
    return answer === FULL_PATH ? this.pipe.fullPath(value, metadata) : answer;
  }
}

/** A parsed query string: an object that is not a list (its prototype may be null). */
function isQueryObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A field a client may leave out but not set to null: an update of something that cannot be empty.
 * Left out, its checks are skipped; null is checked like any other value, so its checks refuse it
 * (400 naming the field). class-validator's IsOptional skips null as well, which would carry it to
 * the database (a NOT NULL violation, a 500). Fields where null means "clear it" keep IsOptional.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/**
 * This module's class-validator, handed to the pipe so it does not import a copy of its own (the
 * bundle carries class-validator's ES module build: rolldown.config.ts). The pipe also reads the
 * metadata storage when present.
 */
const VALIDATOR_PACKAGE = { validate, getMetadataStorage };

/**
 * Validation of every DTO: unknown fields rejected, each bad field listed. `compiled: false` leaves
 * out the compiled accept path for bodies (compiled-validation.ts), for comparing the two.
 */
export function createValidationPipe({ compiled = true }: { compiled?: boolean } = {}): PipeTransform {
  memoizeValidationMetadata();
  const pipe = new DtoValidationPipe(
    {
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => validationError(flatten(errors)),
      validatorPackage: VALIDATOR_PACKAGE,
    },
    compiled,
  );
  return new ValidationEntryPipe(pipe);
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
