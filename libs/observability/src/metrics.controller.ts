import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@attesta/core';
import type { FastifyReply } from 'fastify';
import { Metrics } from './metrics.js';

/**
 * `/metrics` on the API port: only when METRICS_ENABLED=true and no METRICS_PORT is set
 * (development, single-host installs). Unauthenticated, as Prometheus scrapes: keep the
 * path off the public ingress, or better, set METRICS_PORT.
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Header('cache-control', 'no-store')
  async scrape(@Res() reply: FastifyReply): Promise<void> {
    const { contentType, body } = await this.metrics.scrape();
    await reply.type(contentType).send(body);
  }
}
