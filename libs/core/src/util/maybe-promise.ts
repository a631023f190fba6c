/**
 * A value now, or a promise of it: what a function on a hot path returns when it can often answer
 * without waiting (a cache hit), so its callers do not pay for a promise they do not need. A
 * decision made at once is also thrown at once; one that waits rejects its promise.
 */
export type MaybePromise<T> = T | Promise<T>;

/** `next` applied to `value`: at once when it is a value (a throw from `next` is thrown), else when it resolves. */
export function thenMaybe<T, U>(value: MaybePromise<T>, next: (resolved: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}
