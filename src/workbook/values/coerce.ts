import { numberText } from './numberText';
import { isoDateSerial } from './serialDates';
import { ExcelError, excelError, isError, isMatrix, Scalar, Value } from './values';

const NUMERIC_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?\s*(%?)\s*$/i;

/**
 * A value as arithmetic sees it: a blank is 0, TRUE 1, numeric or ISO-date text its number;
 * other text is #VALUE!, and a range of more than one cell is #VALUE! too (no implicit intersection).
 *
 * @example
 * toNumber('2.5') // => 2.5
 * toNumber(null) // => 0
 * toNumber('abc') // => { error: '#VALUE!' }
 */
export function toNumber(value: Value): number | ExcelError {
  const scalar = scalarOf(value);
  if (typeof scalar === 'number') return scalar;
  if (scalar === null) return 0;
  if (typeof scalar === 'boolean') return scalar ? 1 : 0;
  if (typeof scalar === 'string') return textNumber(scalar) ?? excelError('#VALUE!');
  return scalar;
}

function textNumber(text: string): number | undefined {
  const match = NUMERIC_TEXT.exec(text);
  if (match) {
    const number = Number(text.trim().replace(/%$/, ''));
    return match[1] === '%' ? number / 100 : number;
  }
  return isoDateSerial(text);
}

/**
 * A value as "&" sees it: a blank is "", a boolean TRUE or FALSE, a number up to 15 digits.
 *
 * @example
 * toText(3) // => '3'
 * toText(true) // => 'TRUE'
 */
export function toText(value: Value): string | ExcelError {
  const scalar = scalarOf(value);
  if (typeof scalar === 'string') return scalar;
  if (scalar === null) return '';
  if (typeof scalar === 'number') return numberText(scalar);
  if (typeof scalar === 'boolean') return scalar ? 'TRUE' : 'FALSE';
  return scalar;
}

/**
 * A value as IF, AND and OR see it: a number is TRUE unless 0, a blank FALSE, the texts "TRUE"
 * and "FALSE" their boolean, other text #VALUE!.
 *
 * @example
 * toBoolean(2) // => true
 */
export function toBoolean(value: Value): boolean | ExcelError {
  const scalar = scalarOf(value);
  if (typeof scalar === 'boolean') return scalar;
  if (scalar === null) return false;
  if (typeof scalar === 'number') return scalar !== 0;
  if (typeof scalar === 'string') {
    const upper = scalar.toUpperCase();
    return upper === 'TRUE' ? true : upper === 'FALSE' ? false : excelError('#VALUE!');
  }
  return scalar;
}

/**
 * One value from a function argument: a single cell's range is its value, a larger one #VALUE!
 * (Excel 2016 without array entry takes no block where one value is asked for).
 *
 * @example
 * scalarOf({ rows: 1, cols: 1, values: [5] }) // => 5
 */
export function scalarOf(value: Value): Scalar {
  if (!isMatrix(value)) return value;
  return value.rows === 1 && value.cols === 1 ? value.values[0] : excelError('#VALUE!');
}

/** Numbers from the arguments, or the first error among them. */
export function numbersOf(values: readonly Value[]): number[] | ExcelError {
  const numbers: number[] = [];
  for (const value of values) {
    const number = toNumber(value);
    if (isError(number)) return number;
    numbers.push(number);
  }
  return numbers;
}
