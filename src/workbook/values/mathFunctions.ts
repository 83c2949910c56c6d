import { FunctionSpec, numeric } from './functionSpec';
import { excelError, Scalar } from './values';

/** Excel rounds the number as shown to 15 significant digits, so ROUND(2.675, 2) is 2.68, not binary's 2.67. */
const SIGNIFICANT_DIGITS = 15;

function roundWith(value: number, digits: number, step: (magnitude: number) => number): number {
  const places = Math.trunc(digits);
  const factor = 10 ** Math.abs(places);
  const scaled = places >= 0 ? Math.abs(value) * factor : Math.abs(value) / factor;
  if (!Number.isFinite(scaled) || scaled === 0) return value;
  const magnitude = step(Number(scaled.toPrecision(SIGNIFICANT_DIGITS)));
  const result = Math.sign(value) * (places >= 0 ? magnitude / factor : magnitude * factor);
  return Number.isFinite(result) ? result : value;
}

/**
 * ROUND: half away from zero, on the value's 15 significant digits.
 *
 * @example
 * excelRound(2.5, 0) // => 3
 * excelRound(-2.5, 0) // => -3
 * excelRound(2.675, 2) // => 2.68
 */
export function excelRound(value: number, digits: number): number {
  return roundWith(value, digits, (magnitude) => Math.floor(magnitude + 0.5));
}

/**
 * ROUNDUP: away from zero, on the value's 15 significant digits (0.1 + 0.2 rounds up to 0.3 at one place).
 *
 * @example
 * excelRoundUp(-3.2, 0) // => -4
 */
export function excelRoundUp(value: number, digits: number): number {
  return roundWith(value, digits, Math.ceil);
}

function mod(number: number, divisor: number): Scalar {
  if (divisor === 0) return excelError('#DIV/0!');
  // The result takes the divisor's sign, as in Excel: MOD(-1, 12) = 11.
  return number - divisor * Math.floor(number / divisor);
}

export const MATH_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  ABS: numeric(1, 1, Math.abs),
  SIGN: numeric(1, 1, (value) => (value > 0 ? 1 : value < 0 ? -1 : 0)),
  MOD: numeric(2, 2, mod),
  ROUND: numeric(2, 2, excelRound),
  ROUNDUP: numeric(2, 2, excelRoundUp),
};
