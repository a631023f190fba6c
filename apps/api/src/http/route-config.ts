import { SetMetadata } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';

/**
 * Fastify route config (`request.routeOptions.config`) from a decorator, merged into what
 * other such decorators set on the same handler (`@RouteConfig` would replace it), so
 * `@BodyLimit` and `@ETagged` can share a route.
 */
export function withRouteConfig(config: Record<string, unknown>): MethodDecorator {
  return (target, key, descriptor) => {
    const given = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, descriptor.value as object) ?? {}) as Record<string, unknown>;
    SetMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...given, ...config })(target, key, descriptor);
  };
}
