import { fail, ok, Result } from '../result';
import { annualise } from './periodRate';

const TOLERANCE = 1e-10;
const NEWTON_STEPS = 50;
const BISECTION_STEPS = 300;

/** Present value of flows at a per-period rate, with t = 0 for the first flow. */
function presentValue(flows: readonly number[], rate: number): number {
  const growth = 1 + rate;
  let factor = 1;
  let total = 0;
  for (const flow of flows) {
    total += flow * factor;
    factor /= growth;
  }
  return total;
}

function derivative(flows: readonly number[], rate: number): number {
  const growth = 1 + rate;
  let factor = 1 / growth;
  let total = 0;
  for (let t = 1; t < flows.length; t++) {
    total -= t * flows[t] * factor;
    factor /= growth;
  }
  return total;
}

function newton(flows: readonly number[], guess: number): number | undefined {
  let rate = guess;
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const value = presentValue(flows, rate);
    const slope = derivative(flows, rate);
    if (!Number.isFinite(value) || !Number.isFinite(slope) || slope === 0) return undefined;
    const next = rate - value / slope;
    if (!Number.isFinite(next) || next <= -1) return undefined;
    if (Math.abs(next - rate) < TOLERANCE * Math.max(1, Math.abs(next))) {
      return Math.abs(presentValue(flows, next)) < 1e-6 * scale(flows) ? next : undefined;
    }
    rate = next;
  }
  return undefined;
}

function scale(flows: readonly number[]): number {
  return Math.max(1, ...flows.map(Math.abs));
}

/** Finds a rate bracket [low, high] where the present value changes sign, scanning outwards. */
function bracket(flows: readonly number[]): [number, number] | undefined {
  const grid = [-0.99, -0.9, -0.5, -0.2, -0.05, 0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 100];
  let previousRate = grid[0];
  let previousValue = presentValue(flows, previousRate);
  for (const rate of grid.slice(1)) {
    const value = presentValue(flows, rate);
    if (Number.isFinite(previousValue) && Number.isFinite(value) && Math.sign(value) !== Math.sign(previousValue)) {
      return [previousRate, rate];
    }
    previousRate = rate;
    previousValue = value;
  }
  return undefined;
}

function bisect(flows: readonly number[], [lowStart, highStart]: [number, number]): number {
  let low = lowStart;
  let high = highStart;
  let lowValue = presentValue(flows, low);
  for (let step = 0; step < BISECTION_STEPS && high - low > TOLERANCE; step++) {
    const middle = (low + high) / 2;
    const value = presentValue(flows, middle);
    if (Math.sign(value) === Math.sign(lowValue)) {
      low = middle;
      lowValue = value;
    } else {
      high = middle;
    }
  }
  return (low + high) / 2;
}

/**
 * Internal rate of return of periodic flows (the first at t = 0), annualised:
 * (1 + irr_period)^periods_per_year − 1. Newton's method from a 1%-per-period guess, falling
 * back to bisection on a bracketed sign change when Newton diverges or lands off the root.
 *
 * @param flowsWithT0 - net cash flows, first one at t = 0
 * @param periodsPerYear - periods in a year (12 for monthly flows)
 * @returns the annual IRR, or a 'noSolution' error when the flows have no sign change or no root
 *
 * @example
 * irr([-1000, 1100], 1) // => ok(0.1)
 */
export function irr(flowsWithT0: readonly number[], periodsPerYear = 12): Result<number> {
  const hasPositive = flowsWithT0.some((flow) => flow > 0);
  const hasNegative = flowsWithT0.some((flow) => flow < 0);
  if (!hasPositive || !hasNegative) {
    return fail(
      'noSolution',
      'IRR needs cash flows with at least one negative and one positive amount (an investment and a return); these have no sign change.',
      'cash_flows',
    );
  }
  let perPeriod = newton(flowsWithT0, 0.01);
  if (perPeriod === undefined) {
    const range = bracket(flowsWithT0);
    if (range === undefined) {
      return fail('noSolution', 'IRR has no solution for these cash flows (no rate makes their present value zero).', 'cash_flows');
    }
    perPeriod = bisect(flowsWithT0, range);
  }
  const annual = annualise(perPeriod, periodsPerYear);
  return Number.isFinite(annual)
    ? ok(annual)
    : fail('noSolution', 'IRR is too large to express as an annual rate for these cash flows.', 'cash_flows');
}
