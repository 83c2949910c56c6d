import { fail, ok, Result } from '../result';
import { annualise, periodRate } from './periodRate';

/**
 * ln Σ exp(terms) without overflow or underflow: over a long monthly horizon the compounded
 * flows pass 1e308 (or fall below 1e-308) long before their ratio, the MIRR, does.
 */
function logSumExp(terms: readonly number[]): number {
  let largest = -Infinity;
  for (const term of terms) largest = Math.max(largest, term);
  let sum = 0;
  for (const term of terms) sum += Math.exp(term - largest);
  return largest + Math.log(sum);
}

/**
 * Modified internal rate of return of periodic flows (the first at t = 0), annualised like
 * irr(): Excel's MIRR on the periodic flows with the annual rates converted to per-period
 * rates. With n flows, MIRR_p = (FV of the positive flows at the reinvest rate to period n − 1
 * / −PV of the negative flows at the finance rate to period 0)^(1/(n − 1)) − 1, and the result
 * is (1 + MIRR_p)^periods_per_year − 1. Unlike IRR it always has exactly one value, however
 * often the flows change sign. Computed in logarithms so that 200,000 periods do not overflow.
 *
 * @param flowsWithT0 - net cash flows, first one at t = 0
 * @param financeRate - ANNUAL effective rate paid on the money invested (the negative flows)
 * @param reinvestRate - ANNUAL effective rate earned on the returns (the positive flows)
 * @param periodsPerYear - periods in a year (12 for monthly flows)
 * @returns the annual MIRR; a 'divideByZero' error (Excel's #DIV/0!) without both a negative
 * and a positive flow; 'invalid' for a rate at or below −100%; 'overflow' when too large
 *
 * @example
 * mirr([-1000, 600, 600], 0.1, 0.1, 1) // => ok(0.12249…): (600·1.1 + 600)/1000 = 1.26, √1.26 − 1
 */
export function mirr(flowsWithT0: readonly number[], financeRate: number, reinvestRate: number, periodsPerYear = 12): Result<number> {
  for (const [name, rate] of [['finance_rate', financeRate], ['reinvest_rate', reinvestRate]] as const) {
    if (!(rate > -1)) return fail('invalid', `MIRR needs ${name} above −100%; got ${rate}.`, name);
  }
  const logFinance = Math.log1p(periodRate(financeRate, periodsPerYear));
  const logReinvest = Math.log1p(periodRate(reinvestRate, periodsPerYear));
  const last = flowsWithT0.length - 1;
  const positive: number[] = [];
  const negative: number[] = [];
  flowsWithT0.forEach((flow, t) => {
    if (flow > 0) positive.push(Math.log(flow) + (last - t) * logReinvest);
    else if (flow < 0) negative.push(Math.log(-flow) - t * logFinance);
  });
  if (positive.length === 0 || negative.length === 0) {
    return fail(
      'divideByZero',
      'MIRR needs cash_flows_with_t0 with at least one negative and one positive amount (an investment and a return).',
      'cash_flows_with_t0',
    );
  }
  const perPeriod = Math.expm1((logSumExp(positive) - logSumExp(negative)) / last);
  const annual = annualise(perPeriod, periodsPerYear);
  return Number.isFinite(annual)
    ? ok(annual)
    : fail('overflow', 'MIRR is too large to express as an annual rate for these cash_flows_with_t0.', 'cash_flows_with_t0');
}
