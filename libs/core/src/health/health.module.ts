import { Controller, Get, Inject, Injectable, Module } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { isDraining } from '../context/shutdown.js';
import { REDIS } from '../database/redis.js';
import { Public } from '../http/public.decorator.js';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async pingCheck(key: string) {
    const check = this.indicator.check(key);
    try {
      const answer = await Promise.race([this.redis.ping(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 1500).unref())]);
      return answer === 'PONG' ? check.up() : check.down({ message: String(answer) });
    } catch (e) {
      return check.down({ message: (e as Error).message });
    }
  }
}

/** One check's state in a readiness answer (Terminus's shape). */
const checkSchema = {
  type: 'object',
  required: ['status'],
  properties: {
    status: { type: 'string', enum: ['up', 'down'] },
    message: { type: 'string', description: 'Why the check is down' },
    responseTime: { type: 'number', description: 'How long the check took, in ms (the database check)' },
  },
  additionalProperties: true,
};

/** A readiness answer: every check under `details`, the passing ones under `info`, the failing under `error`. */
const readinessSchema = (status: string[], example: object) => ({
  type: 'object',
  required: ['status', 'details'],
  properties: {
    status: { type: 'string', enum: status },
    info: { type: 'object', nullable: true, additionalProperties: checkSchema },
    error: { type: 'object', nullable: true, additionalProperties: checkSchema },
    details: { type: 'object', additionalProperties: checkSchema },
  },
  example,
});

const UP = { shutdown: { status: 'up' }, database: { status: 'up', responseTime: 2 }, redis: { status: 'up' } };
const REDIS_DOWN = { redis: { status: 'down', message: 'timeout' } };

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly indicator: HealthIndicatorService,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness', description: 'Answers while the process is up; checks no dependency.' })
  @ApiOkResponse({ description: 'The process is alive', schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  // Documented here: Terminus's own documentation would load a second @nestjs/swagger (see rolldown.config.ts).
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: 'Readiness', description: 'Checks PostgreSQL and Redis; 503 when either is down, and from SIGTERM on (shutdown: draining).' })
  @ApiOkResponse({ description: 'Ready: every check is up', schema: readinessSchema(['ok'], { status: 'ok', info: UP, error: {}, details: UP }) })
  @ApiServiceUnavailableResponse({
    description: 'A dependency is down, or the process is draining',
    schema: readinessSchema(['error', 'shutting_down'], {
      status: 'error',
      info: { shutdown: UP.shutdown, database: UP.database },
      error: REDIS_DOWN,
      details: { ...UP, ...REDIS_DOWN },
    }),
  })
  ready() {
    return this.health.check([
      // Shutting down: out of the load balancer before the listener closes.
      () => (isDraining() ? this.indicator.check('shutdown').down({ message: 'draining' }) : this.indicator.check('shutdown').up()),
      () => this.db.pingCheck('database', { timeout: 1500 }),
      () => this.redis.pingCheck('redis'),
    ]);
  }
}

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  controllers: [HealthController],
  providers: [RedisHealthIndicator],
})
export class HealthModule {}
