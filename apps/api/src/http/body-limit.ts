import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { RouteConfig } from '@nestjs/platform-fastify';
import { AppConfig } from '@attesta/core';
import type { FastifyInstance } from 'fastify';

/** Config settings that may raise one route's body limit above `BODY_LIMIT_BYTES`. */
export type BodyLimitSetting = 'CATALOG_IMPORT_MAX_BYTES';

/**
 * Gives a route its own body limit, read from the named config setting: uploads of
 * whole catalogs are larger than any other request, and only these routes may be.
 */
export function BodyLimit(setting: BodyLimitSetting) {
  return RouteConfig({ bodyLimitSetting: setting });
}

/**
 * Applies `@BodyLimit` (Fastify reads a route's `bodyLimit` when the route is added, so
 * the hook must exist before Nest registers routes: providers are built before that)
 * and teaches Fastify the text bodies some routes take (`text/csv`), within the same limits.
 */
@Injectable()
export class HttpBodySetup {
  constructor(adapterHost: HttpAdapterHost, config: AppConfig) {
    const fastify = adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRoute', (route) => {
      const setting = (route.config as { bodyLimitSetting?: BodyLimitSetting } | undefined)?.bodyLimitSetting;
      if (setting) route.bodyLimit = config[setting];
    });
    if (!fastify.hasContentTypeParser('text/csv')) {
      fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    }
  }
}
