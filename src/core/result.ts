/**
 * Every core calculation returns a Result instead of throwing or returning NaN/Infinity, so
 * the custom functions, the model and the command line can all show the same clear message.
 */

/** Why a calculation has no numeric answer. Each kind maps to exactly one Excel error value. */
export type RoiErrorKind =
  /** a wrong type, a value outside its accepted range, a malformed range (Excel #VALUE!) */
  | 'invalid'
  /** a divisor that is zero, e.g. ROI with zero cost (Excel #DIV/0!) */
  | 'divideByZero'
  /** an iterative solution that does not exist or does not converge, e.g. IRR (Excel #NUM!) */
  | 'noSolution'
  /** the investment never pays back within the flows given (Excel #N/A) */
  | 'neverPaysBack'
  /** a result too large for a number, e.g. a ratio over a near-zero cost (Excel #NUM!) */
  | 'overflow';

export interface RoiError {
  readonly kind: RoiErrorKind;
  /** the parameter at fault, in the public snake_case spelling of MODEL.md, when there is one */
  readonly param?: string;
  /** a sentence a finance user understands, naming the parameter and the accepted range */
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RoiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(kind: RoiErrorKind, message: string, param?: string): Result<T> {
  return { ok: false, error: param === undefined ? { kind, message } : { kind, message, param } };
}

/** Guards the no-NaN/no-Infinity promise at the last step of every calculation. */
export function finite(value: number, what: string): Result<number> {
  return Number.isFinite(value)
    ? ok(value)
    : fail('overflow', `${what} is too large to compute: check for a divisor close to zero.`);
}
