import { Result } from '../result';
import { readArgs } from './params';
import { RoiFunctionName, roiFunctionSpec } from './specs';

/**
 * Validates raw arguments against the function's parameter table, then computes.
 * The one entry point the custom functions, the tests and the command line share.
 *
 * @example
 * evaluateRoiFunction('DEFLECTION_SAVINGS', [100000, 4, 0.4, 0.5]) // => ok(140000)
 */
export function evaluateRoiFunction(name: RoiFunctionName, rawArgs: readonly unknown[]): Result<number> {
  const spec = roiFunctionSpec(name);
  const args = readArgs(spec.params, rawArgs);
  return args.ok ? spec.compute(args.value) : args;
}
