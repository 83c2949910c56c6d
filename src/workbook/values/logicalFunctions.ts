import { toBoolean } from './coerce';
import { FunctionSpec, scalar } from './functionSpec';
import { ExcelError, excelError, isError, isMatrix, Value } from './values';

/**
 * The truth values AND and OR combine: in a range its booleans and numbers (text and blanks
 * skipped), a value given directly as IF reads it; none at all is #VALUE!.
 */
function truthValues(args: readonly Value[]): boolean[] | ExcelError {
  const truths: boolean[] = [];
  for (const arg of args) {
    const values = isMatrix(arg) ? arg.values.filter((value) => typeof value !== 'string' && value !== null) : [arg];
    for (const value of values) {
      const truth = toBoolean(value);
      if (isError(truth)) return truth;
      truths.push(truth);
    }
  }
  return truths.length === 0 ? excelError('#VALUE!') : truths;
}

function combine(every: boolean): FunctionSpec {
  return {
    minArgs: 1,
    maxArgs: 255,
    apply: (args) => {
      const truths = truthValues(args);
      if (isError(truths)) return truths;
      return every ? truths.every(Boolean) : truths.some(Boolean);
    },
  };
}

/** IF and IFERROR are not here: they evaluate only the branch they return (evaluate.ts). */
export const LOGICAL_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  AND: combine(true),
  OR: combine(false),
  ISBLANK: scalar(1, 1, (value) => value === null),
  ISNUMBER: scalar(1, 1, (value) => typeof value === 'number'),
};
