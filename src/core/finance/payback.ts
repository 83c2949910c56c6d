import { fail, ok, Result } from '../result';

/**
 * Periods until the cumulative net cash flow, having been negative, first reaches 0, linearly
 * interpolated inside the period that crosses. The initial amount sits at t = 0.
 * 0 when the cumulative flow is never negative.
 *
 * @param flows - net cash flows of periods 1..n
 * @param initial - amount at t = 0 (usually the negative one-time cost)
 * @returns periods to pay back, or a 'neverPaysBack' error when the cumulative flow is still
 *   negative at the end
 *
 * @example
 * paybackPeriod([50, 50, 50], -120) // => ok(2.4)
 */
export function paybackPeriod(flows: readonly number[], initial = 0): Result<number> {
  let cumulative = initial;
  let everNegative = cumulative < 0;
  for (let t = 1; t <= flows.length; t++) {
    const flow = flows[t - 1];
    const next = cumulative + flow;
    if (next < 0) everNegative = true;
    if (cumulative < 0 && next >= 0) return ok(t - 1 + -cumulative / flow);
    cumulative = next;
  }
  if (!everNegative) return ok(0);
  // Flows near the largest double can sum past it: say so rather than "ends at -Infinity".
  if (!Number.isFinite(cumulative)) return fail('overflow', 'The cumulative net cash flow is too large to compute: check the size of the flows.', 'cash_flows');
  return fail(
    'neverPaysBack',
    `Never pays back within these ${flows.length} periods: the cumulative net cash flow ends at ${cumulative.toFixed(2)}.`,
    'cash_flows',
  );
}
