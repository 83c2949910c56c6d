import { numbersOf, scalarOf } from './coerce';
import { isError, Scalar, Value } from './values';

/** A worksheet function: how many arguments it takes and what it makes of their values. */
export interface FunctionSpec {
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly apply: (args: readonly Value[]) => Value;
}

/**
 * A function of single numbers: each argument coerced as arithmetic does, the first error returned.
 *
 * @example
 * numeric(1, 1, (x) => Math.abs(x)).apply(['-3']) // => 3
 */
export function numeric(minArgs: number, maxArgs: number, compute: (...numbers: number[]) => Scalar): FunctionSpec {
  return {
    minArgs,
    maxArgs,
    apply: (args) => {
      const numbers = numbersOf(args);
      return isError(numbers) ? numbers : compute(...numbers);
    },
  };
}

/**
 * A function of single values, each argument reduced to one value (a one-cell range to its value).
 *
 * @example
 * scalar(1, 1, (value) => value === null).apply([{ rows: 1, cols: 1, values: [null] }]) // => true
 */
export function scalar(minArgs: number, maxArgs: number, compute: (...values: Scalar[]) => Scalar): FunctionSpec {
  return { minArgs, maxArgs, apply: (args) => compute(...args.map(scalarOf)) };
}
