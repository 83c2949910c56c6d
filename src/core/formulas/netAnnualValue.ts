/**
 * The seed article's first-pass net value: labor + rework + capacity + experience −
 * implementation − operating − review.
 *
 * @param labor - annual labour savings
 * @param rework - avoided rework
 * @param capacity - capacity value
 * @param experience - customer-experience value
 * @param implementation - implementation cost
 * @param operating - operating cost
 * @param review - human review cost
 * @returns net annual value, in currency
 *
 * @example
 * netAnnualValue(1000000, 50000, 100000, 50000, 300000, 200000, 50000) // => 650000
 */
export function netAnnualValue(
  labor: number,
  rework: number,
  capacity: number,
  experience: number,
  implementation: number,
  operating: number,
  review: number,
): number {
  return labor + rework + capacity + experience - implementation - operating - review;
}
