import type { INestApplicationContext } from '@nestjs/common';

/**
 * On SIGTERM/SIGINT: close the app (HTTP stops accepting and drains, BullMQ workers
 * stop taking jobs and let in-flight ones finish). If that takes longer than the
 * timeout, exit anyway: unfinished jobs' locks lapse and BullMQ hands them to another
 * worker, so nothing is lost.
 */
export function installGracefulShutdown(
  app: INestApplicationContext,
  timeoutMs: number,
  log: (message: string) => void,
  /** Runs after the app closed, before exit (flushes buffered trace spans). */
  afterClose: () => Promise<unknown> = async () => undefined,
): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log(`${signal} received: shutting down (timeout ${timeoutMs} ms)`);
    const timer = setTimeout(() => {
      log('shutdown timed out: exiting with work still in flight (it will be retried)');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    app
      .close()
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
