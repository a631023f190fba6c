import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import { describe, expect, it } from 'vitest';
import { BodyLimit } from './body-limit.js';
import { ETagged } from './etagged.js';

describe('route config decorators', () => {
  it('merge on one handler instead of replacing each other, in either order', () => {
    class Routes {
      @ETagged()
      @BodyLimit('CATALOG_IMPORT_MAX_BYTES')
      first(): void {}

      @BodyLimit('CATALOG_IMPORT_MAX_BYTES')
      @ETagged()
      second(): void {}
    }
    for (const handler of [Routes.prototype.first, Routes.prototype.second]) {
      expect(Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler)).toEqual({ etag: true, bodyLimitSetting: 'CATALOG_IMPORT_MAX_BYTES' });
    }
  });
});
