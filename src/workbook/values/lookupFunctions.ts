import { scalarOf, toNumber } from './coerce';
import { compareValues } from './compare';
import { FunctionSpec } from './functionSpec';
import { hasWildcards, wildcardPattern } from './wildcards';
import { asMatrix, excelError, isError, Matrix, Scalar, Value } from './values';

/** Rows (or columns) chosen by a 1-based index, 0 meaning all of them; undefined when out of range. */
function chosen(index: number, size: number): number[] | undefined {
  if (index < 0 || index > size) return undefined;
  return index === 0 ? Array.from({ length: size }, (_, i) => i) : [index - 1];
}

function slice(matrix: Matrix, rows: number[], cols: number[]): Value {
  if (rows.length === 1 && cols.length === 1) return matrix.values[rows[0] * matrix.cols + cols[0]];
  return { rows: rows.length, cols: cols.length, values: rows.flatMap((row) => cols.map((col) => matrix.values[row * matrix.cols + col])) };
}

/**
 * INDEX(array, row, [column]): the value at a 1-based position; in a single row the one index
 * counts columns; 0 takes a whole row or column; outside the array #REF!.
 *
 * @example
 * index([{ rows: 1, cols: 3, values: [7, 8, 9] }, 2]) // => 8
 */
export function index(args: readonly Value[]): Value {
  const matrix = asMatrix(args[0]);
  const positions: number[] = [];
  for (const arg of args.slice(1)) {
    const number = toNumber(arg);
    if (isError(number)) return number;
    positions.push(Math.trunc(number));
  }
  const [row, col] = positions.length === 1 && matrix.rows === 1 ? [1, positions[0]] : [positions[0], positions[1] ?? (matrix.cols === 1 ? 1 : 0)];
  const rows = chosen(row, matrix.rows);
  const cols = chosen(col, matrix.cols);
  return rows && cols ? slice(matrix, rows, cols) : excelError('#REF!');
}

function exactPosition(sought: Scalar, values: readonly Scalar[]): number {
  const pattern = typeof sought === 'string' && hasWildcards(sought) ? wildcardPattern(sought, true) : undefined;
  return values.findIndex((value) => (pattern ? typeof value === 'string' && pattern.test(value) : typeof value === typeof sought && compareValues(value, sought) === 0));
}

/** The last position of a sorted run that does not pass the sought value (ascending for 1, descending for −1). */
function sortedPosition(sought: Scalar, values: readonly Scalar[], direction: 1 | -1): number {
  let found = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || typeof value !== typeof sought) continue;
    if ((compareValues(value, sought) as number) * direction > 0) break;
    found = i;
  }
  return found;
}

/**
 * MATCH(value, row or column, [type]): the 1-based position of the value; type 0 an exact match
 * (text without regard to case, with wildcards), 1 the largest not above it in ascending data,
 * −1 the smallest not below it in descending data; #N/A when there is none.
 *
 * @example
 * match(['b', { rows: 3, cols: 1, values: ['a', 'B', 'c'] }, 0]) // => 2
 */
export function match(args: readonly Value[]): Value {
  const sought = scalarOf(args[0]);
  if (isError(sought)) return sought;
  const type = args[2] === undefined ? 1 : toNumber(args[2]);
  if (isError(type)) return type;
  const array = asMatrix(args[1]);
  if (array.rows !== 1 && array.cols !== 1) return excelError('#N/A');
  const position = type === 0 ? exactPosition(sought, array.values) : sortedPosition(sought, array.values, type > 0 ? 1 : -1);
  return position < 0 ? excelError('#N/A') : position + 1;
}

/**
 * CHOOSE(index, value1, value2, …): the value at the 1-based index; #VALUE! outside 1..the number
 * of values.
 *
 * @example
 * choose([2, 'Jan', 'Feb']) // => 'Feb'
 */
export function choose([position, ...options]: readonly Value[]): Value {
  const at = toNumber(scalarOf(position));
  if (isError(at)) return at;
  const chosen = options[Math.trunc(at) - 1];
  return at < 1 || chosen === undefined ? excelError('#VALUE!') : scalarOf(chosen);
}

export const LOOKUP_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  CHOOSE: { minArgs: 2, maxArgs: 255, apply: choose },
  INDEX: { minArgs: 2, maxArgs: 3, apply: index },
  MATCH: { minArgs: 2, maxArgs: 3, apply: match },
  ROWS: { minArgs: 1, maxArgs: 1, apply: ([array]) => asMatrix(array).rows },
};
