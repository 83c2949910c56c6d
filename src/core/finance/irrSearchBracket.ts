import { fail, ok, Result } from '../result';

/**
 * The monthly rates between which the business case looks for its IRR, in the core and in the
 * workbook's bisection alike, so both report the same root or both report none. −99% a month
 * is a total loss; 10,000% a month (about 10^24 a year) is beyond any business meaning, and
 * (1 + rate)^−120 stays well inside every engine's floating-point range at both ends.
 */
export const IRR_SEARCH_BRACKET = { lowPerMonth: -0.99, highPerMonth: 100 } as const;

/** Why an IRR is missing when the bracket holds no root, worded from the bracket itself. */
export const IRR_OUTSIDE_BRACKET = `no rate between ${percentText(IRR_SEARCH_BRACKET.lowPerMonth)} and +${percentText(IRR_SEARCH_BRACKET.highPerMonth)} a month makes the NPV zero`;

function percentText(rate: number): string {
  return `${(rate * 100).toLocaleString('en-US').replace('-', '−')}%`;
}

const MONTHS_A_YEAR = 12;
const MAX_HALVINGS = 200;

function npvAtMonthlyRate(flows: readonly number[], monthsPerPeriod: number, rate: number): number {
  let total = 0;
  for (let t = 0; t < flows.length; t++) total += flows[t] * Math.pow(1 + rate, -t * monthsPerPeriod);
  return total;
}

/**
 * The IRR of flows with exactly one sign change (so exactly one root), found as the workbook
 * finds it: bisection of NPV(monthly rate) over IRR_SEARCH_BRACKET, halved until the ends meet
 * in double precision, then annualised. Period t sits at month t·12/periods_per_year.
 *
 * @param flows - period flows, the first at t = 0
 * @param periodsPerYear - 12 for monthly flows, 1 for annual ones
 * @returns the annual IRR, or 'noSolution' when the bracket's ends have NPVs of one sign
 *
 * @example
 * irrInBracket([-1000, 1100], 1) // => ok(0.1) (to about 1e-15)
 */
export function irrInBracket(flows: readonly number[], periodsPerYear: number): Result<number> {
  const monthsPerPeriod = MONTHS_A_YEAR / periodsPerYear;
  let low: number = IRR_SEARCH_BRACKET.lowPerMonth;
  let high: number = IRR_SEARCH_BRACKET.highPerMonth;
  const lowSign = Math.sign(npvAtMonthlyRate(flows, monthsPerPeriod, low));
  if (lowSign * Math.sign(npvAtMonthlyRate(flows, monthsPerPeriod, high)) >= 0) {
    return fail('noSolution', `${IRR_OUTSIDE_BRACKET}.`);
  }
  for (let step = 0; step < MAX_HALVINGS; step++) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) break;
    if (Math.sign(npvAtMonthlyRate(flows, monthsPerPeriod, middle)) === lowSign) low = middle;
    else high = middle;
  }
  return ok(Math.pow(1 + (low + high) / 2, MONTHS_A_YEAR) - 1);
}
