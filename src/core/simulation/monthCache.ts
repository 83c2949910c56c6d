import type { BatchClock } from './stagedExpression';

/**
 * compute as a function computed once per month of the clock: the value is kept until the
 * clock moves, so a quantity read by several lines in a month is computed once.
 *
 * @example
 * const adoption = perMonth(clock, () => ramp(clock.month, …)); adoption(); adoption() // one ramp call this month
 */
export function perMonth<T>(clock: BatchClock, compute: () => T): () => T {
  let computedFor = Number.NaN;
  let cached: T;
  return () => {
    if (computedFor !== clock.month) {
      cached = compute();
      computedFor = clock.month;
    }
    return cached;
  };
}
