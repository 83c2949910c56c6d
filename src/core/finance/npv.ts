import { periodRate } from './periodRate';

/**
 * Net present value with an undiscounted amount at t = 0:
 * initial + Σ flows[t−1]/(1 + p)^t, p = (1 + annual_rate)^(1/periods_per_year) − 1.
 * Unlike Excel's NPV, which discounts its first value, the initial amount here is not
 * discounted: it is the money spent on day one.
 *
 * @param annualRate - effective annual discount rate (> −1)
 * @param flows - net cash flows of periods 1..n
 * @param initial - amount at t = 0 (usually negative), not discounted
 * @param periodsPerYear - periods in a year (12 for monthly flows)
 * @returns the present value, in currency
 *
 * @example
 * npv(0.1, [110], -100, 1) // => 0
 */
export function npv(annualRate: number, flows: readonly number[], initial = 0, periodsPerYear = 12): number {
  const growth = 1 + periodRate(annualRate, periodsPerYear);
  let factor = 1;
  let total = initial;
  for (const flow of flows) {
    factor /= growth;
    total += flow * factor;
  }
  return total;
}
