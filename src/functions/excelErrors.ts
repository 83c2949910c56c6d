import { RoiError, RoiErrorKind } from '../core/result';

/**
 * The one mapping from core error kinds to Excel error values. Excel shows a custom message
 * only with #VALUE! and #N/A, so the message is attached to those two only.
 */
const EXCEL_ERROR_CODE: Record<RoiErrorKind, CustomFunctions.ErrorCode> = {
  invalid: '#VALUE!' as CustomFunctions.ErrorCode.invalidValue,
  divideByZero: '#DIV/0!' as CustomFunctions.ErrorCode.divisionByZero,
  noSolution: '#NUM!' as CustomFunctions.ErrorCode.invalidNumber,
  neverPaysBack: '#N/A' as CustomFunctions.ErrorCode.notAvailable,
  overflow: '#NUM!' as CustomFunctions.ErrorCode.invalidNumber,
};

export function excelErrorCode(kind: RoiErrorKind): CustomFunctions.ErrorCode {
  return EXCEL_ERROR_CODE[kind];
}

const CODES_WITH_MESSAGE: ReadonlySet<RoiErrorKind> = new Set<RoiErrorKind>(['invalid', 'neverPaysBack']);

export function toExcelError(error: RoiError): CustomFunctions.Error {
  const code = excelErrorCode(error.kind);
  return CODES_WITH_MESSAGE.has(error.kind) ? new CustomFunctions.Error(code, error.message) : new CustomFunctions.Error(code);
}
