/** Excel shows at most 15 significant digits of a number. */
const SIGNIFICANT_DIGITS = 15;

/**
 * A number as Excel turns it into text (in "&" or a text function): up to 15 significant
 * digits, trailing zeros dropped, scientific with a two-digit exponent for very large or small
 * magnitudes.
 *
 * @example
 * numberText(1 / 3) // => '0.333333333333333'
 * numberText(1e20) // => '1E+20'
 */
export function numberText(value: number): string {
  if (value === 0) return '0';
  const precise = value.toPrecision(SIGNIFICANT_DIGITS);
  const [mantissa, exponent] = precise.split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  if (exponent === undefined) return trimmed;
  const power = Number(exponent);
  const digits = String(Math.abs(power)).padStart(2, '0');
  return `${trimmed}E${power < 0 ? '-' : '+'}${digits}`;
}
