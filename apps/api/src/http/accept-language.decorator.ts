import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Locale, negotiateLocale } from '@attesta/i18n';
import type { FastifyRequest } from 'fastify';

function acceptLanguageOf(ctx: ExecutionContext): string | undefined {
  const header = ctx.switchToHttp().getRequest<FastifyRequest>().headers['accept-language'];
  return Array.isArray(header) ? header.join(',') : header;
}

/**
 * The language the request asks for (`Accept-Language`, negotiated over the six the product
 * speaks, English for anything else), or null when the request names none: for what is
 * written later on the caller's behalf (a sign-up's or an invitation's mail).
 */
export const AcceptLanguage = createParamDecorator((_: unknown, ctx: ExecutionContext): Locale | null => {
  const value = acceptLanguageOf(ctx);
  return value?.trim() ? negotiateLocale(value) : null;
});

/** The caller's language, negotiated from `Accept-Language` (English when nothing usable is asked for): for what is read now. */
export const RequestLocale = createParamDecorator((_: unknown, ctx: ExecutionContext): Locale => negotiateLocale(acceptLanguageOf(ctx)));

/** `@ApiHeader` for reads that answer titles (and statements) in the caller's language. */
export const ACCEPT_LANGUAGE_HEADER = {
  name: 'Accept-Language',
  required: false,
  description:
    'The reader’s languages (RFC 9110): titles and statements come in the first of en, zh-CN, vi, th, ms, id that has a translation, else in the source language',
  example: 'zh-CN,zh;q=0.9,en;q=0.5',
};
