import { aggregateNumbers } from './aggregateFunctions';
import { toNumber } from './coerce';
import { FunctionSpec } from './functionSpec';
import { excelError, isError, isMatrix, Value } from './values';

const MANY = 255;

function mean(numbers: readonly number[]): number {
  let total = 0;
  for (const number of numbers) total += number;
  return total / numbers.length;
}

/**
 * AVERAGE: the mean of the numbers; #DIV/0! when there are none.
 *
 * @example
 * average([{ rows: 3, cols: 1, values: [1, 'x', 5] }]) // => 3
 */
export function average(args: readonly Value[]): Value {
  const numbers = aggregateNumbers(args);
  if (isError(numbers)) return numbers;
  return numbers.length === 0 ? excelError('#DIV/0!') : mean(numbers);
}

/**
 * STDEV (STDEV.S): the sample standard deviation (n − 1); #DIV/0! below two numbers.
 *
 * @example
 * stdevS([{ rows: 4, cols: 1, values: [2, 4, 4, 6] }]) // => √(8/3) ≈ 1.633
 */
export function stdevS(args: readonly Value[]): Value {
  const numbers = aggregateNumbers(args);
  if (isError(numbers)) return numbers;
  if (numbers.length < 2) return excelError('#DIV/0!');
  const centre = mean(numbers);
  let squares = 0;
  for (const number of numbers) squares += (number - centre) * (number - centre);
  return Math.sqrt(squares / (numbers.length - 1));
}

/**
 * PERCENTILE (PERCENTILE.INC): linear interpolation between the sorted numbers at rank (n − 1)·k; #NUM! for
 * k outside 0..1 or no numbers.
 *
 * @example
 * percentileInc([{ rows: 4, cols: 1, values: [4, 1, 3, 2] }, 0.1]) // => 1.3
 */
export function percentileInc(args: readonly Value[]): Value {
  const numbers = aggregateNumbers([args[0]]);
  if (isError(numbers)) return numbers;
  const k = toNumber(isMatrix(args[1]) ? args[1].values[0] : args[1]);
  if (isError(k)) return k;
  if (numbers.length === 0 || k < 0 || k > 1) return excelError('#NUM!');
  const sorted = [...numbers].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * k;
  const below = Math.floor(rank);
  if (below >= sorted.length - 1) return sorted[sorted.length - 1];
  return sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below]);
}

export const STATISTICAL_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  AVERAGE: { minArgs: 1, maxArgs: MANY, apply: average },
  // The legacy names are what the workbook writes: an .xlsx stores STDEV.S and PERCENTILE.INC only with an _xlfn. prefix.
  STDEV: { minArgs: 1, maxArgs: MANY, apply: stdevS },
  'STDEV.S': { minArgs: 1, maxArgs: MANY, apply: stdevS },
  PERCENTILE: { minArgs: 2, maxArgs: 2, apply: percentileInc },
  'PERCENTILE.INC': { minArgs: 2, maxArgs: 2, apply: percentileInc },
};
