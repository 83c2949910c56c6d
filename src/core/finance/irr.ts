import { fail, ok, Result } from '../result';
import { annualise, periodRate } from './periodRate';

/** relative step size at which an iteration has converged: near double precision */
const TOLERANCE = 1e-14;
const NEWTON_STEPS = 100;
const LOWEST_RATE = -0.99;
/** per-period starting points: ~12.7% a year first, then Excel's 10% guess, then losses */
const NEWTON_GUESSES = [0.01, 0.1, -0.05, -0.3, -0.6];
/** Dense scan grids for the fallback: fine steps catch two roots close together. */
const UPWARD_GRID = Array.from({ length: 200 }, (_, i) => 0.001 * (Math.pow(1.06, i) - 1));
const DOWNWARD_GRID = Array.from({ length: 100 }, (_, i) => (-i * -LOWEST_RATE) / 99);
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
    // A root at a loss of 99% or more per period is meaningless for a business case and usually
    // a second root of flows with several sign changes: let the bracketing search near 0 decide.
    if (!Number.isFinite(next) || next <= LOWEST_RATE) return undefined;
    if (Math.abs(next - rate) < TOLERANCE * Math.max(1, Math.abs(next))) {
      return Math.abs(presentValue(flows, next)) < 1e-6 * scale(flows) ? next : undefined;
    }
    rate = next;
  }
  return undefined;
}

/** The largest absolute flow (at least 1). A loop: spreading 130,000+ flows into Math.max overflows the call stack. */
function scale(flows: readonly number[]): number {
  let largest = 1;
  for (const flow of flows) largest = Math.max(largest, Math.abs(flow));
  return largest;
}

/**
 * Finds a rate bracket where the present value changes sign, scanning outwards from 0 (first up,
 * then down), so that of several roots the one nearest a plausible rate is chosen.
 */
function bracket(flows: readonly number[]): [number, number] | undefined {
  for (const grid of [UPWARD_GRID, DOWNWARD_GRID]) {
    for (let index = 1; index < grid.length; index++) {
      const [a, b] = [grid[index - 1], grid[index]];
      const [valueA, valueB] = [presentValue(flows, a), presentValue(flows, b)];
      if (Number.isFinite(valueA) && Number.isFinite(valueB) && Math.sign(valueA) !== Math.sign(valueB)) {
        return a < b ? [a, b] : [b, a];
      }
    }
  }
  return undefined;
}

function bisect(flows: readonly number[], [lowStart, highStart]: [number, number]): number {
  let low = lowStart;
  let high = highStart;
  let lowValue = presentValue(flows, low);
  for (let step = 0; step < BISECTION_STEPS && high - low > TOLERANCE * Math.max(1, Math.abs(low)); step++) {
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
 * (1 + irr_period)^periods_per_year − 1. Newton's method from the guess, if any, then from a few
 * starting rates (1% per period first), falling back to bisection on a bracketed sign change
 * when Newton diverges.
 *
 * Which root: with exactly one sign change the flows have exactly one IRR (Descartes' rule of
 * signs) and that one is returned whatever the guess. With several sign changes there can be
 * several IRRs: the one Newton reaches from the guess is returned, or without a guess (or when
 * Newton fails from it) the root the fixed strategy finds nearest a plausible rate. Such an IRR
 * is not a reliable ranking figure: prefer MIRR for those flows.
 *
 * @param flowsWithT0 - net cash flows, first one at t = 0
 * @param periodsPerYear - periods in a year (12 for monthly flows)
 * @param guess - optional ANNUAL rate to start from, like the result (0.2 = 20% a year)
 * @returns the annual IRR, or a 'noSolution' error when the flows have no sign change or no root
 *
 * @example
 * irr([-1000, 1100], 1) // => ok(0.1)
 * irr([-1000, 2300, -1320], 1, 0.05) // => ok(0.1) (roots 10% and 20%: the one near the guess)
 * irr([-1000, 2300, -1320], 1, 0.25) // => ok(0.2)
 */
export function irr(flowsWithT0: readonly number[], periodsPerYear = 12, guess?: number): Result<number> {
  const hasPositive = flowsWithT0.some((flow) => flow > 0);
  const hasNegative = flowsWithT0.some((flow) => flow < 0);
  if (!hasPositive || !hasNegative) {
    return fail(
      'noSolution',
      'IRR needs cash flows with at least one negative and one positive amount (an investment and a return); these have no sign change.',
      'cash_flows_with_t0',
    );
  }
  const starts = guess === undefined ? NEWTON_GUESSES : [periodRate(guess, periodsPerYear), ...NEWTON_GUESSES];
  let perPeriod: number | undefined;
  for (const start of starts) {
    perPeriod = newton(flowsWithT0, start);
    if (perPeriod !== undefined) break;
  }
  if (perPeriod === undefined) {
    const range = bracket(flowsWithT0);
    if (range === undefined) {
      return fail('noSolution', 'IRR has no solution for these cash flows (no rate makes their present value zero).', 'cash_flows_with_t0');
    }
    perPeriod = bisect(flowsWithT0, range);
  }
  const annual = annualise(perPeriod, periodsPerYear);
  return Number.isFinite(annual)
    ? ok(annual)
    : fail('noSolution', 'IRR is too large to express as an annual rate for these cash flows.', 'cash_flows_with_t0');
}
