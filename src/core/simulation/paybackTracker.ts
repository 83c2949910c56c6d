
// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;
/**
 * Simple payback per trial, month by month as the flows arrive, defined exactly as the core's
 * (src/core/model/outputs.ts): on the cumulative risk-adjusted net flow read to the cent, the
 * first month whose cumulative, below zero before, is at least zero, interpolated inside that
 * month and at most that month; 0 when the cumulative is never below zero; and, when it never
 * turns within the horizon, the sentinel horizon + 1 (no payback is ever above the horizon, so
 * the sentinel cannot be mistaken for one, and no NaN or Infinity is stored).
 */

/**
 * The payback value that means "not paid back within the horizon".
 *
 * @example
 * notPaidBack(36) // => 37
 */
export function notPaidBack(horizonMonths: number): number {
  return horizonMonths + 1;
}

/**
 * Whether ROUND(value, 2) < 0 (half away from zero, as the core and Excel round): the rounded
 * value is negative exactly when the value is, and its cents, |value|·100, round to at least 1.
 *
 * @example
 * belowZeroToTheCent(-0.005) // => true; belowZeroToTheCent(-0.004) // => false
 */
export function belowZeroToTheCent(value: number): boolean {
  return value < 0 && -value * 100 >= 0.5;
}

/** Where a trial's cumulative stands: never below zero yet, below zero now, or paid back (decided; it cannot be back at zero without deciding). */
const NEVER_NEGATIVE = 0;
const NEGATIVE = 1;
const DECIDED = 2;

/** Simple payback per trial, fed each month's net flows. */
export class PaybackTracker {
  private readonly cumulative: Float64Array;
  private readonly state: Uint8Array;
  private undecided: number;
  readonly months: Float64Array;

  constructor(trials: number) {
    this.cumulative = new Float64Array(trials);
    this.state = new Uint8Array(trials);
    this.months = new Float64Array(trials);
    this.undecided = trials;
  }

  /** Whether some trial has not yet paid back (or is not yet known never to need to): later months' flows still matter. */
  get pending(): boolean {
    return this.undecided > 0;
  }

  /**
   * One month's net flows of every trial. (In month 0 the cumulative before is 0, never below
   * zero, so no payback is found there, as in the core.)
   */
  addMonth(month: number, net: Float64Array): void {
    if (this.undecided === 0) return;
    const { cumulative, state, months } = this;
    for (let t = 0; t < net.length; t++) {
      const was = state[t];
      if (was === DECIDED) continue;
      const before = cumulative[t];
      const next = before + net[t];
      cumulative[t] = next;
      if (belowZeroToTheCent(next)) state[t] = NEGATIVE;
      else if (was === NEGATIVE) {
        months[t] = math.min(month, month - 1 - before / (next - before));
        state[t] = DECIDED;
        this.undecided -= 1;
      }
    }
  }

  /** Every trial's payback after the last month: 0 for never below zero, notPaidBack for never turning. */
  finish(horizonMonths: number): Float64Array {
    const never = notPaidBack(horizonMonths);
    for (let t = 0; t < this.months.length; t++) {
      if (this.state[t] === NEVER_NEGATIVE) this.months[t] = 0;
      else if (this.state[t] !== DECIDED) this.months[t] = never;
    }
    return this.months;
  }
}
