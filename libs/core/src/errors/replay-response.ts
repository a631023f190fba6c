/**
 * Ends a request with an answer given before, as it was given: thrown where a handler must not
 * run again (a guard that finds the stored answer to an idempotent retry) and sent by
 * ProblemDetailsFilter as that answer (its status, body and headers), never as a problem.
 */
export class ReplayResponse extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`replayed response (${status})`);
    this.name = 'ReplayResponse';
  }
}
