import { SetMetadata } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
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

/**
 * A reader of one decorator's metadata on route handlers, read once per handler: decorators are
 * applied when the classes are defined and never change after, so guards need not ask
 * reflect-metadata again on every request.
 */
export function handlerMetadata<T>(reflector: Reflector, key: string): (handler: object) => T | undefined {
  const seen = new WeakMap<object, T | undefined>();
  return (handler) => {
    if (seen.has(handler)) return seen.get(handler);
    const value = reflector.get<T | undefined>(key, handler as () => unknown);
    seen.set(handler, value);
    return value;
  };
}
