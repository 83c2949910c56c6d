import { toNumber, toText } from './coerce';
import { FunctionSpec } from './functionSpec';
import { wildcardPattern } from './wildcards';
import { excelError, isError, Value } from './values';

/**
 * SEARCH(find, within, [start]): the 1-based position of find in within from start, without
 * regard to case and with wildcards; #VALUE! when it is not there or start is out of range.
 *
 * @example
 * search(['pause', 'Pause expansion']) // => 1
 */
export function search([find, within, start]: readonly Value[]): Value {
  const needle = toText(find);
  if (isError(needle)) return needle;
  const haystack = toText(within);
  if (isError(haystack)) return haystack;
  const from = start === undefined ? 1 : toNumber(start);
  if (isError(from)) return from;
  const offset = Math.trunc(from) - 1;
  if (offset < 0 || offset > haystack.length) return excelError('#VALUE!');
  const found = wildcardPattern(needle, false).exec(haystack.slice(offset));
  return found ? offset + found.index + 1 : excelError('#VALUE!');
}

export const TEXT_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  SEARCH: { minArgs: 2, maxArgs: 3, apply: search },
};
