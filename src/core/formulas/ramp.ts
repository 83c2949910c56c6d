
// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;
export type RampShape = 'linear' | 's_curve';

/**
 * Adoption in a month, from 0 before go-live to 1 at full adoption.
 * Linear: min(1, (month − go_live + 1)/months_to_full). The S-curve is the smoothstep of the
 * linear value, x²(3 − 2x): it starts and ends with the linear ramp, slower at first.
 *
 * @param month - month on the timeline (1 = first month)
 * @param goLiveMonth - first month with any adoption
 * @param monthsToFull - months from go-live to full adoption (≥ 1; 0 is treated as 1: full at go-live)
 * @param shape - 'linear' or 's_curve'
 * @returns adoption, 0..1
 *
 * @example
 * ramp(2, 1, 4, 'linear') // => 0.5
 * ramp(5, 3, 6, 'linear') // => 0.5
 */
export function ramp(month: number, goLiveMonth: number, monthsToFull: number, shape: RampShape = 'linear'): number {
  if (month < goLiveMonth) return 0;
  const linear = math.min(1, (month - goLiveMonth + 1) / math.max(1, monthsToFull));
  return shape === 's_curve' ? linear * linear * (3 - 2 * linear) : linear;
}
