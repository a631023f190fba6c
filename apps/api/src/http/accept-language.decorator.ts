import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Locale, negotiateLocale } from '@attesta/i18n';
import type { FastifyRequest } from 'fastify';

/**
 * The language the request asks for (`Accept-Language`, negotiated over the six the product
 * speaks, English for anything else), or null when the request names none: for what is
 * written later on the caller's behalf (a sign-up's or an invitation's mail).
 */
export const AcceptLanguage = createParamDecorator((_: unknown, ctx: ExecutionContext): Locale | null => {
  const header = ctx.switchToHttp().getRequest<FastifyRequest>().headers['accept-language'];
  const value = Array.isArray(header) ? header.join(',') : header;
  return value?.trim() ? negotiateLocale(value) : null;
});
