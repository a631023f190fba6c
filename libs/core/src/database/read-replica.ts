import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  Logger,
  NestInterceptor,
  OnApplicationShutdown,
  OnModuleInit,
  UseInterceptors,
} from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import type { Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';

/** Injection token of the read replica's DataSource (null when DATABASE_READ_URL is unset). */
export const READ_DATA_SOURCE = 'attesta.readDataSource';

const READ_ROUTE_KEY = 'attesta.readRoute';

/** `X/Y` (a pg_lsn as text) as a number that orders like the LSN. */
export function lsnValue(lsn: string): bigint {
  const [hi, lo] = lsn.split('/');
  return (BigInt(`0x${hi}`) << 32n) + BigInt(`0x${lo}`);
}

export interface LsnSample {
  lsn: bigint;
  at: number;
}

/**
 * When the replica's data was current, from the primary's WAL positions sampled with their
 * times and the position the replica has applied (`null`: neither a standby nor a subscriber,
 * a copy kept current by other means, which counts as current at `now`). The newest sample
 * at or below the position is the answer; it never goes back. Returns the samples still
 * needed: those the replica has not reached, and the newest one.
 */
export function replicaAsOf(
  samples: readonly LsnSample[],
  position: string | null,
  previous: number | null,
  now: number,
): { asOf: number | null; samples: LsnSample[] } {
  let asOf = previous;
  if (position === null) asOf = now;
  else {
    const reached = lsnValue(position);
    const covered = samples.filter((s) => s.lsn <= reached);
    if (covered.length) asOf = Math.max(asOf ?? 0, covered[covered.length - 1]!.at);
  }
  const horizon = asOf ?? 0;
  let kept = samples.filter((s, i) => s.at >= horizon || i === samples.length - 1);
  if (kept.length > 10_000) kept = kept.slice(-10_000);
  return { asOf, samples: kept };
}

/**
 * The optional read replica (DATABASE_READ_URL) and how far behind it is. Every tick it
 * samples the primary's WAL position (`pg_current_wal_lsn()`, no table read) with the time,
 * and asks the replica what it has applied: a streaming standby its replay LSN, a logical
 * subscriber its subscriptions' `latest_end_lsn`. The replica holds everything the primary
 * had committed at the newest sample at or below that position: that time is `asOf`, what
 * public answers carry as `Evaluated-At`. A replica that is neither (a copy refreshed by other
 * means) counts as current. Reads are routed to it only while `now − asOf` stays within
 * DATABASE_READ_MAX_LAG_MS and it answers; otherwise they go to the primary.
 */
@Injectable()
export class ReadReplica implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReadReplica.name);
  private samples: LsnSample[] = [];
  private asOf: number | null = null;
  private checkedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private readonly intervalMs: number;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly primary: DataSource,
    private readonly cls: ClsService,
    @Inject(READ_DATA_SOURCE) private readonly replica: DataSource | null,
  ) {
    this.intervalMs = Math.max(50, Math.min(1000, Math.floor(config.DATABASE_READ_MAX_LAG_MS / 4)));
  }

  get configured(): boolean {
    return this.replica !== null;
  }

  async onModuleInit(): Promise<void> {
    if (!this.replica) return;
    await this.tick();
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking?.catch(() => undefined);
    if (this.replica?.isInitialized) await this.replica.destroy();
  }

  /** Where a public read goes now, and how current its answer is. */
  route(now = Date.now()): { source: DataSource; evaluatedAt: Date; replica: boolean } {
    const fresh =
      this.replica && this.asOf !== null && now - this.checkedAt <= 3 * this.intervalMs + 1000 && now - this.asOf <= this.config.DATABASE_READ_MAX_LAG_MS;
    if (fresh) return { source: this.replica!, evaluatedAt: new Date(Math.min(this.asOf!, now)), replica: true };
    return { source: this.primary, evaluatedAt: new Date(now), replica: false };
  }

  /** The DataSource the current request's reads use: the replica inside a `@ReadsFromReplica()` route when fresh. */
  sourceForRequest(): DataSource {
    if (!this.replica || !this.cls.isActive()) return this.primary;
    const routed = this.cls.get<DataSource | undefined>(READ_ROUTE_KEY);
    return routed ?? this.primary;
  }

  /** Marks the current request's reads for the replica (when it is fresh); returns when the answer's data was current. */
  enterReadRoute(): Date {
    const r = this.route();
    if (this.cls.isActive()) this.cls.set(READ_ROUTE_KEY, r.source);
    return r.evaluatedAt;
  }

  /** One measurement (tests call it to avoid waiting for the timer). */
  async tick(): Promise<void> {
    this.ticking ??= this.measure().finally(() => (this.ticking = undefined));
    return this.ticking;
  }

  private async measure(): Promise<void> {
    const replica = this.replica;
    if (!replica) return;
    try {
      const at = Date.now();
      const [p] = (await this.primary.query('SELECT pg_current_wal_lsn()::text AS lsn')) as { lsn: string }[];
      this.samples.push({ lsn: lsnValue(p!.lsn), at });
      const [r] = (await replica.query(
        `SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed,
                (SELECT max(latest_end_lsn)::text FROM pg_stat_subscription) AS applied`,
      )) as { standby: boolean; replayed: string | null; applied: string | null }[];
      const next = replicaAsOf(this.samples, r!.standby ? r!.replayed : r!.applied, this.asOf, Date.now());
      this.asOf = next.asOf;
      this.samples = next.samples;
      this.checkedAt = Date.now();
    } catch (e) {
      this.logger.warn({ err: (e as Error).message }, 'read replica check failed: public reads go to the primary');
    }
  }
}

@Injectable()
class ReadReplicaInterceptor implements NestInterceptor {
  constructor(private readonly replica: ReadReplica) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const evaluatedAt = this.replica.enterReadRoute();
    const reply = context.switchToHttp().getResponse<{ header(name: string, value: string): unknown }>();
    reply.header('evaluated-at', evaluatedAt.toISOString());
    return next.handle();
  }
}

/**
 * A public read route whose queries may go to the read replica (DATABASE_READ_URL) while it is
 * within DATABASE_READ_MAX_LAG_MS; its answer carries `Evaluated-At`, the time its data was current.
 */
export function ReadsFromReplica() {
  return applyDecorators(
    UseInterceptors(ReadReplicaInterceptor),
    ApiExtension('x-read-replica', {
      setting: 'DATABASE_READ_URL',
      maxLagSetting: 'DATABASE_READ_MAX_LAG_MS',
      header: 'Evaluated-At',
      description: 'Served from the read replica when one is configured and within the lag; the Evaluated-At header says when its data was current.',
    }),
  );
}
