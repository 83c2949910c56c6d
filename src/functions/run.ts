import { evaluateRoiFunction } from '../core/roiFunctions/evaluate';
import { RoiFunctionName } from '../core/roiFunctions/specs';
import { toExcelError } from './excelErrors';

/** Evaluates one =ROI.* call: the number, or a thrown CustomFunctions.Error Excel shows in the cell. */
export function runRoiFunction(name: RoiFunctionName, args: readonly unknown[]): number {
  const result = evaluateRoiFunction(name, args);
  if (!result.ok) throw toExcelError(result.error);
  return result.value;
}
