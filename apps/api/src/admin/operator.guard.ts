import { applyDecorators, CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiExtension, ApiSecurity } from '@nestjs/swagger';
import { AccessError, AccessErrorCode } from '@attesta/access';
import { ApiProblems, AppConfig, PUBLIC_KEY } from '@attesta/core';
import type { FastifyRequest } from 'fastify';
import { isOperator } from './operator-auth.js';

/**
 * Platform-operator routes (the trust list, operator confirmations): they need the
 * OPERATOR_TOKEN credential (`Authorization: Bearer <token>` or Basic with the token as
 * password). Anything else — no credential, a tenant's access token or API key, or a
 * platform without OPERATOR_TOKEN — is a 403 problem: tenant credentials mean nothing here.
 */
@Injectable()
export class OperatorGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    const token = this.config.OPERATOR_TOKEN;
    if (token && isOperator(req.headers.authorization, token)) return true;
    throw new AccessError(
      AccessErrorCode.Forbidden,
      token ? 'Platform operator credentials required (Authorization: Bearer <OPERATOR_TOKEN>).' : 'Operator routes are disabled: OPERATOR_TOKEN is not set.',
    );
  }
}

/** A platform-operator route: skips tenant authentication, requires the operator credential (403 otherwise). */
export function OperatorOnly() {
  return applyDecorators(
    // Tenant authentication does not apply (the global guard lets it through); the operator guard decides alone.
    SetMetadata(PUBLIC_KEY, true),
    ApiExtension('x-access', { operator: true }),
    ApiSecurity('operator'),
    UseGuards(OperatorGuard),
    ApiProblems(403),
  );
}
