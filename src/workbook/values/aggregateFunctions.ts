import { toNumber } from './coerce';
import { FunctionSpec } from './functionSpec';
import { asMatrix, ExcelError, excelError, isError, isMatrix, Value } from './values';

const MANY = 255;

/**
 * The numbers SUM, MIN and MAX take: from a range or array only its numbers (text, booleans and
 * blanks skipped), from a value typed or computed in the argument list its number (TRUE is 1,
 * numeric text counts, other text is #VALUE!); the first error met is returned. AVERAGE, STDEV
 * and PERCENTILE read their samples the same way.
 */
export function aggregateNumbers(args: readonly Value[]): number[] | ExcelError {
  const numbers: number[] = [];
  for (const arg of args) {
    if (isMatrix(arg)) {
      for (const value of arg.values) {
        if (typeof value === 'number') numbers.push(value);
        else if (isError(value)) return value;
      }
      continue;
    }
    const number = toNumber(arg);
    if (isError(number)) return number;
    numbers.push(number);
  }
  return numbers;
}

function aggregate(reduce: (numbers: number[]) => number): FunctionSpec {
  return {
    minArgs: 1,
    maxArgs: MANY,
    apply: (args) => {
      const numbers = aggregateNumbers(args);
      return isError(numbers) ? numbers : reduce(numbers);
    },
  };
}

function sum(numbers: number[]): number {
  let total = 0;
  for (const number of numbers) total += number;
  return total;
}

/** COUNT: numbers in ranges; arguments given directly also count as numbers when they convert to one. */
function count(args: readonly Value[]): number {
  let counted = 0;
  for (const arg of args) {
    if (isMatrix(arg)) counted += arg.values.filter((value) => typeof value === 'number').length;
    else if (arg !== null && !isError(toNumber(arg))) counted += 1;
  }
  return counted;
}

/**
 * SUMPRODUCT: arrays of one shape multiplied element by element and summed; an element that is
 * not a number (text, a boolean, a blank) counts as 0, which is why comparisons are coerced with *1.
 *
 * @example
 * sumProduct([{ rows: 1, cols: 2, values: [1, 2] }, { rows: 1, cols: 2, values: [3, true] }]) // => 3
 */
export function sumProduct(args: readonly Value[]): Value {
  const arrays = args.map(asMatrix);
  const [first] = arrays;
  if (arrays.some((array) => array.rows !== first.rows || array.cols !== first.cols)) return excelError('#VALUE!');
  let total = 0;
  for (let index = 0; index < first.values.length; index++) {
    let product = 1;
    for (const array of arrays) {
      const value = array.values[index];
      if (isError(value)) return value;
      product *= typeof value === 'number' ? value : 0;
    }
    total += product;
  }
  return Number.isFinite(total) ? total : excelError('#NUM!');
}

export const AGGREGATE_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  SUM: aggregate(sum),
  MIN: aggregate((numbers) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.min(a, b)))),
  MAX: aggregate((numbers) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.max(a, b)))),
  COUNT: { minArgs: 1, maxArgs: MANY, apply: count },
  SUMPRODUCT: { minArgs: 1, maxArgs: MANY, apply: sumProduct },
};
