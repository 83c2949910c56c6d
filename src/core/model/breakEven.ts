import { formatBound } from '../validation/numberSpec';
import type { BusinessCaseInputs } from '../inputs/schema';
import { SensitivityDriverId, baseNpv, driverValue, sensitivityDriverBounds, sensitivityDriverLabel, withDriver } from './sensitivity';

/** The drivers a CFO asks the break-even of, in the order the workbook lists them. */
export const BREAK_EVEN_DRIVERS = ['deflection_rate', 'ai_cost_per_contact', 'human_cost_per_contact', 'contacts_per_month', 'one_time_costs'] as const satisfies readonly SensitivityDriverId[];
export type BreakEvenDriver = (typeof BREAK_EVEN_DRIVERS)[number];

export interface BreakEven {
  readonly driver: BreakEvenDriver;
  readonly base: number;
  /** the driver's value at which the base case's NPV is zero, within its accepted range; null when there is none */
  readonly value: number | null;
  /** why there is no break-even, when value is null */
  readonly reason: string | null;
}

const GRID = 64;

/** Points across the range, the base among them, where the NPV is tried for a change of sign. */
function gridOf(min: number, max: number, base: number): number[] {
  const points = Array.from({ length: GRID + 1 }, (_, i) => min + ((max - min) * i) / GRID);
  return [...new Set([...points, base])].sort((a, b) => a - b);
}

/**
 * The root inside a bracket whose ends differ in sign: halved until both ends lie on one straight
 * piece of the NPV (it is piecewise linear in these drivers, kinked where a line changes sign),
 * then one secant step, which is exact on a straight piece.
 */
function rootIn(npvAt: (x: number) => number, low: number, high: number): number {
  let [a, b, fa, fb] = [low, high, npvAt(low), npvAt(high)];
  for (let step = 0; step < 200; step++) {
    const secant = a - (fa * (b - a)) / (fb - fa);
    const fs = npvAt(secant);
    if (Math.abs(fs) < 1e-7 || b - a <= Math.abs(b) * 1e-15) return secant;
    const mid = (a + b) / 2;
    const fm = npvAt(mid);
    if (Math.sign(fm) === Math.sign(fa)) [a, fa] = [mid, fm];
    else [b, fb] = [mid, fm];
  }
  return a - (fa * (b - a)) / (fb - fa);
}

/**
 * The value of one driver at which the base case's NPV is zero, the other inputs as they are: the
 * sign change nearest the driver's base value within its accepted range, or none, with the reason.
 *
 * @example
 * breakEven(seedInputs, 'deflection_rate') // { value: 0.1234…, reason: null, … }: below it the case loses money
 */
export function breakEven(inputs: BusinessCaseInputs, driver: BreakEvenDriver): BreakEven {
  const base = driverValue(inputs, driver);
  const [min, max] = sensitivityDriverBounds(driver);
  const npvAt = (x: number) => baseNpv(withDriver(inputs, driver, x));
  const points = gridOf(min, max, base);
  const values = points.map(npvAt);
  const zero = points.findIndex((_, i) => values[i] === 0);
  const brackets = points.slice(1).map((x, i) => ({ low: points[i], high: x, flips: Math.sign(values[i]) * Math.sign(values[i + 1]) < 0 })).filter((b) => b.flips);
  if (zero < 0 && brackets.length === 0) return { driver, base, value: null, reason: noRootReason(driver, values[0] > 0, min, max) };
  const candidates = [...(zero >= 0 ? [points[zero]] : []), ...brackets.map((b) => rootIn(npvAt, b.low, b.high))];
  const value = candidates.reduce((best, x) => (Math.abs(x - base) < Math.abs(best - base) ? x : best));
  return { driver, base, value, reason: null };
}

function noRootReason(driver: BreakEvenDriver, positive: boolean, min: number, max: number): string {
  const unit = driver === 'deflection_rate' ? 'rate' : driver === 'contacts_per_month' ? 'count' : 'money';
  return `The NPV stays ${positive ? 'above' : 'below'} zero for every ${sensitivityDriverLabel(driver).toLowerCase()} from ${formatBound(min, unit)} to ${formatBound(max, unit)}.`;
}

/** Every break-even driver's value at NPV zero. */
export function buildBreakEvens(inputs: BusinessCaseInputs): BreakEven[] {
  return BREAK_EVEN_DRIVERS.map((driver) => breakEven(inputs, driver));
}
