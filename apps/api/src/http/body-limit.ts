import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppConfig, assertSupportedStrings, findNonFiniteNumber, jsonDepthExceeds, jsonTooDeepError, nonFiniteNumberError } from '@attesta/core';
import type { FastifyBodyParser, FastifyInstance } from 'fastify';
import { withRouteConfig } from './route-config.js';

/** Config settings that may raise one route's body limit above `BODY_LIMIT_BYTES`. */
export type BodyLimitSetting = 'CATALOG_IMPORT_MAX_BYTES';

/**
 * Gives a route its own body limit, read from the named config setting: uploads of
 * whole catalogs are larger than any other request, and only these routes may be.
 */
export function BodyLimit(setting: BodyLimitSetting) {
  return withRouteConfig({ bodyLimitSetting: setting });
}

/**
 * Applies `@BodyLimit` (Fastify reads a route's `bodyLimit` when the route is added, so
 * the hook must exist before Nest registers routes: providers are built before that)
 * and teaches Fastify the text bodies some routes take (`text/csv`), within the same limits.
 */
const jsonGuarded = new WeakSet<FastifyInstance>();

@Injectable()
export class HttpBodySetup {
  constructor(adapterHost: HttpAdapterHost, config: AppConfig) {
    const fastify = adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRoute', (route) => {
      const setting = (route.config as { bodyLimitSetting?: BodyLimitSetting } | undefined)?.bodyLimitSetting;
      if (setting) route.bodyLimit = config[setting];
    });
    // JSON bodies: the depth is checked on the text before anything recursive reads it (a body
    // nested thousands deep would overflow the stack in class-transformer), then parsed as Fastify
    // does (prototype poisoning refused).
    if (!jsonGuarded.has(fastify)) {
      jsonGuarded.add(fastify);
      const parseJson = fastify.getDefaultJsonParser('error', 'error');
      const adapter = adapterHost.httpAdapter as unknown as {
        useBodyParser(type: string, rawBody: boolean, options: { bodyLimit: number }, parser: FastifyBodyParser<Buffer>): void;
      };
      adapter.useBodyParser('application/json', false, { bodyLimit: fastify.initialConfig.bodyLimit ?? config.BODY_LIMIT_BYTES }, (request, body, done) => {
        const text = body.toString('utf8'); // decoded once: the parser takes the text as it would the bytes
        if (jsonDepthExceeds(text)) return done(jsonTooDeepError(), undefined);
        (parseJson as unknown as FastifyBodyParser<string>)(request, text, (error: Error | null, value?: unknown) => {
          if (error) return done(error, undefined);
          // `1e999` parses as Infinity: refused here, before an interceptor hashes the body or a DTO reads it.
          const infinite = findNonFiniteNumber(value);
          if (infinite) return done(nonFiniteNumberError(infinite), undefined);
          done(null, value);
        });
      });
      // NUL characters and lone surrogates anywhere in the input: 422 naming the field.
      fastify.addHook('preValidation', (request, _reply, done) => {
        try {
          assertSupportedStrings({ body: request.body, query: request.query, params: request.params });
        } catch (error) {
          return done(error as Error);
        }
        done();
      });
    }
    if (!fastify.hasContentTypeParser('text/csv')) {
      fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    }
  }
}
