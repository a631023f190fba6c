import { Body as NestBody, createParamDecorator, type ExecutionContext, type PipeTransform, Query as NestQuery } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { CoreError, CoreErrorCode } from '../errors/core.errors.js';
import { createValidationPipe } from '../errors/validation.js';
import { isUuid } from '../ids/ids.js';

/*
 * The API's parameter decorators. There is no global pipe: Nest would run it (and await it, a
 * handful of promises a parameter) on every parameter of every request, path ids and the actor
 * included, where it has nothing to do. Bodies and queries carry the validation pipe themselves
 * (`Body`, `Query` below, which controllers use in place of Nest's: the lint forbids those), and
 * path ids are checked where they are read (`IdParam`), so a GET by id resolves its parameters
 * without a promise.
 */

let pipe: PipeTransform | undefined;

/** The validation pipe of every body and query (one instance, made on first use). */
export const requestValidationPipe: PipeTransform = {
  transform: (value, metadata) => (pipe ??= createValidationPipe()).transform(value, metadata),
};

/** The request body, validated against the parameter's DTO (unknown fields refused, each bad field named). */
export function Body(): ParameterDecorator {
  return NestBody(requestValidationPipe);
}

/** The query string (whole, validated against the parameter's DTO), or one of its values as sent. */
export function Query(property?: string): ParameterDecorator {
  return property === undefined ? NestQuery(requestValidationPipe) : NestQuery(property, requestValidationPipe);
}

/** A path id: a malformed one is a 400 naming the parameter (never a database error). */
function parsePathId(name: string, value: unknown): string {
  if (typeof value !== 'string' || !isUuid(value)) {
    throw new CoreError(CoreErrorCode.ValidationFailed, `${name} must be a UUID.`, { errors: [{ field: name, message: 'must be a UUID' }] });
  }
  return value;
}

const pathId = createParamDecorator((name: string, ctx: ExecutionContext): string =>
  parsePathId(name, ctx.switchToHttp().getRequest<{ params: Record<string, string | undefined> }>().params[name]),
);

/**
 * The path parameter `name`, a UUID (else 400 naming it), documented as a path parameter. Read
 * without a pipe, so it costs no promise.
 */
export function IdParam(name: string): ParameterDecorator {
  return (target, key, index) => {
    pathId(name)(target, key, index);
    if (key === undefined) throw new Error('IdParam: only on a method parameter');
    ApiParam({ name, type: String })(target, key, Object.getOwnPropertyDescriptor(target, key)!);
  };
}
