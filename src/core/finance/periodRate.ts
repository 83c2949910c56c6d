/**
 * The per-period rate equivalent to an annual rate: (1 + annual)^(1/periods) − 1, so that
 * twelve monthly periods compound to exactly the annual rate.
 *
 * @param annualRate - effective annual rate (> −1)
 * @param periodsPerYear - periods in a year (12 for months)
 * @returns the rate per period
 *
 * @example
 * periodRate(0.1, 12) // => 0.00797414…
 */
export function periodRate(annualRate: number, periodsPerYear: number): number {
  return Math.pow(1 + annualRate, 1 / periodsPerYear) - 1;
}

/**
 * Annualises a per-period rate: (1 + rate)^periods − 1.
 *
 * @example
 * annualise(0.01, 12) // => 0.126825…
 */
export function annualise(ratePerPeriod: number, periodsPerYear: number): number {
  return Math.pow(1 + ratePerPeriod, periodsPerYear) - 1;
}
