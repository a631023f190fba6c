import type { FastifyInstance } from 'fastify';
import { Metrics } from './metrics.js';

/** Requests that matched no route are counted under this route label, not their URL. */
export const UNMATCHED_ROUTE = '(unmatched)';

/**
 * Records every response in the request-duration histogram, labelled by the route
 * pattern (`/v1/organization/members/:id`), never the raw URL: ids would make a series
 * per object. Scrapes of /metrics itself are not counted.
 */
export function recordHttpMetrics(fastify: FastifyInstance, metrics: Metrics): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    if (route !== '/metrics') {
      metrics.httpRequestDuration.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
    }
    done();
  });
}
