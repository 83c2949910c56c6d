/**
 * The values a formula works with, as Excel has them: a number, a text, a boolean, an error, or
 * a blank (null: an empty cell, which is 0 to arithmetic and "" to text). A range or an array
 * expression is a Matrix of them.
 */

export type ErrorCode = '#NULL!' | '#DIV/0!' | '#VALUE!' | '#REF!' | '#NAME?' | '#NUM!' | '#N/A';

/** An Excel error value, in the form ExcelJS writes as a cell's result. */
export interface ExcelError {
  readonly error: ErrorCode;
}

export type Scalar = number | string | boolean | ExcelError | null;

/** A rectangular block of values, row by row. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly values: readonly Scalar[];
}

export type Value = Scalar | Matrix;

/** What a formula cell holds once calculated: never a blank (Excel shows a formula's blank as 0). */
export type CellValue = number | string | boolean | ExcelError;

const ERRORS = new Map<ErrorCode, ExcelError>(
  (['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'] as const).map((code) => [code, Object.freeze({ error: code })]),
);

/**
 * The error value of a code, one shared frozen object per code.
 *
 * @example
 * excelError('#N/A') // => { error: '#N/A' }
 */
export function excelError(code: ErrorCode): ExcelError {
  return ERRORS.get(code)!;
}

/** Whether a code is one of Excel's error values (for literals such as #N/A in a formula). */
export function isErrorCode(text: string): text is ErrorCode {
  return ERRORS.has(text as ErrorCode);
}

/** Whether a value (or a function's intermediate result, such as a list of numbers or a test) is an error. */
export function isError(value: unknown): value is ExcelError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export function isMatrix(value: Value): value is Matrix {
  return typeof value === 'object' && value !== null && 'values' in value;
}

/** A single value as a 1×1 matrix, so that functions over arrays take scalars too. */
export function asMatrix(value: Value): Matrix {
  return isMatrix(value) ? value : { rows: 1, cols: 1, values: [value] };
}

/** The first error among values, if any: Excel propagates the first one it meets. */
export function firstError(values: readonly Scalar[]): ExcelError | undefined {
  for (const value of values) if (isError(value)) return value;
  return undefined;
}
