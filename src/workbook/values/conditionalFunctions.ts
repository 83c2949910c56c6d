import { scalarOf } from './coerce';
import { criterionOf } from './criteria';
import { FunctionSpec } from './functionSpec';
import { asMatrix, isError, Value } from './values';

function countIf([range, criterion]: readonly Value[]): Value {
  const test = criterionOf(scalarOf(criterion));
  if (isError(test)) return test;
  return asMatrix(range).values.filter(test).length;
}

/**
 * SUMIF: the numbers of the sum range (the range itself when there is none) whose cell of the
 * range meets the criterion. Excel stretches a sum range of another size from its corner; the
 * blueprint never writes one, so it is refused here rather than guessed.
 */
function sumIf([range, criterion, sumRange]: readonly Value[]): Value {
  const test = criterionOf(scalarOf(criterion));
  if (isError(test)) return test;
  const tested = asMatrix(range);
  const summed = sumRange === undefined ? tested : asMatrix(sumRange);
  if (summed.rows !== tested.rows || summed.cols !== tested.cols) {
    throw new Error(`SUMIF with a ${summed.rows}×${summed.cols} sum range for a ${tested.rows}×${tested.cols} range is not supported.`);
  }
  let total = 0;
  for (let index = 0; index < tested.values.length; index++) {
    if (!test(tested.values[index])) continue;
    const value = summed.values[index];
    if (isError(value)) return value;
    if (typeof value === 'number') total += value;
  }
  return total;
}

export const CONDITIONAL_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  COUNTIF: { minArgs: 2, maxArgs: 2, apply: countIf },
  SUMIF: { minArgs: 2, maxArgs: 3, apply: sumIf },
};
