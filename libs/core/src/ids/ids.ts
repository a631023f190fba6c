import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7, validate, version } from 'uuid';

/** Time-ordered ids: rows inserted together sit together in the index (monotonic within a process). */
export function newId(): string {
  return uuidv7();
}

// Random bytes for correlation ids, drawn 16 at a time from a buffer refilled by the CSPRNG:
// one `getRandomValues` call per id (what `uuid` does by default) costs ten times the rest of it.
const correlationRandom = Buffer.alloc(16 * 256);
let correlationAt = correlationRandom.length;

/**
 * A request's correlation id: a UUIDv7, so log lines sort by it, without the per-process
 * ordering of `newId` (two requests in the same millisecond may sort either way).
 */
export function newCorrelationId(): string {
  if (correlationAt === correlationRandom.length) {
    randomFillSync(correlationRandom);
    correlationAt = 0;
  }
  return uuidv7({ random: correlationRandom.subarray(correlationAt, (correlationAt += 16)) });
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && validate(value);
}

export function isUuidV7(value: unknown): value is string {
  return isUuid(value) && version(value) === 7;
}
