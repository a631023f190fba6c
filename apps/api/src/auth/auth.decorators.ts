import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiSecurity } from '@nestjs/swagger';
import type { Action, Subject } from '@attesta/access';
import { ApiProblems, type Actor } from '@attesta/core';

export const PERMISSION_KEY = 'attesta:permission';
export const AUTHENTICATED_KEY = 'attesta:authenticated';
export const USER_ONLY_KEY = 'attesta:user-only';

export { Public, PUBLIC_KEY } from '@attesta/core';

/** Any authenticated actor (user or API key) may call it; the service decides the rest. */
export function Authenticated(options: { userOnly?: boolean } = {}) {
  return applyDecorators(
    SetMetadata(AUTHENTICATED_KEY, true),
    SetMetadata(USER_ONLY_KEY, options.userOnly ?? false),
    ApiBearerAuth('bearer'),
    ...(options.userOnly ? [] : [ApiSecurity('apiKey')]),
    ApiExtension('x-access', { authenticated: true, userOnly: options.userOnly ?? false }),
    ApiProblems(401, ...(options.userOnly ? [403] : [])),
  );
}

/** Declares the permission the route needs: checked by the guard, shown in OpenAPI. */
export function RequirePermission(action: Action, subject: Subject, options: { userOnly?: boolean } = {}) {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, { action, subject }),
    SetMetadata(USER_ONLY_KEY, options.userOnly ?? false),
    ApiBearerAuth('bearer'),
    ...(options.userOnly ? [] : [ApiSecurity('apiKey')]),
    ApiExtension('x-access', { permission: `${action}:${subject}`, userOnly: options.userOnly ?? false }),
    ApiProblems(401, 403),
  );
}

export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<{ user?: Actor }>();
  if (!req.user) throw new Error('CurrentActor used on a route without authentication');
  return req.user;
});

export const ClientIp = createParamDecorator((_data: unknown, ctx: ExecutionContext): string => {
  return ctx.switchToHttp().getRequest<{ ip: string }>().ip;
});
