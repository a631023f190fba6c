import type { INestApplicationContext } from '@nestjs/common';

let draining = false;

/**
 * True from the moment a SIGTERM arrives: /health/ready answers 503 and every answer carries
 * `Connection: close`, while requests are still served (see installGracefulShutdown).
 */
export function isDraining(): boolean {
  return draining;
}

export interface GracefulShutdownOptions {
  /**
   * On SIGTERM, how long to keep serving with readiness down before the app closes, so load
   * balancers (which poll readiness) stop sending first. SIGINT (a terminal) skips it.
   */
  readinessDelayMs?: number;
}

/**
 * On SIGTERM/SIGINT: readiness goes down first (for `readinessDelayMs`, still serving, each
 * answer closing its keep-alive connection), then the app closes (HTTP stops accepting, idle
 * connections close, in-flight requests finish; BullMQ workers stop taking jobs and let
 * in-flight ones finish). If that takes longer than the timeout, exit anyway: unfinished
 * jobs' locks lapse and BullMQ hands them to another worker, so nothing is lost.
 */
export function installGracefulShutdown(
  app: INestApplicationContext,
  timeoutMs: number,
  log: (message: string) => void,
  /** Runs after the app closed, before exit (flushes buffered trace spans). */
  afterClose: () => Promise<unknown> = async () => undefined,
  options: GracefulShutdownOptions = {},
): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    draining = true;
    const delay = signal === 'SIGTERM' ? (options.readinessDelayMs ?? 0) : 0;
    log(`${signal} received: shutting down (readiness down for ${delay} ms, then timeout ${timeoutMs} ms)`);
    const timer = setTimeout(() => {
      log('shutdown timed out: exiting with work still in flight (it will be retried)');
      process.exit(1);
    }, delay + timeoutMs);
    timer.unref();
    new Promise<void>((resolve) => setTimeout(resolve, delay))
      .then(() => app.close())
      .then(afterClose)
      .then(
        () => {
          log('shutdown complete');
          process.exit(0);
        },
        (e: unknown) => {
          log(`shutdown failed: ${(e as Error).message}`);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
