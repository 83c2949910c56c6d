import { ExcelError, isError, Scalar } from './values';

/** Numbers a few units in the last of Excel's 15 digits apart compare equal, as in Excel and LibreOffice. */
const RELATIVE_EQUALITY = 2 ** -48;

function typeRank(value: number | string | boolean): number {
  return typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2;
}

/** A blank compared with something takes that thing's empty value: 0, "" or FALSE. */
function emptyLike(other: Scalar): number | string | boolean {
  return typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
}

function compareNumbers(a: number, b: number): number {
  if (a === b || Math.abs(a - b) <= RELATIVE_EQUALITY * Math.max(Math.abs(a), Math.abs(b))) return 0;
  return a < b ? -1 : 1;
}

/**
 * Orders two values as Excel's comparison operators do: numbers before text before booleans,
 * text without regard to case, a blank as the other side's empty value; an error wins.
 *
 * @example
 * compareValues('ok', 'OK') // => 0
 * compareValues(null, 0) // => 0
 * compareValues(1, 'a') // => -1
 */
export function compareValues(left: Scalar, right: Scalar): number | ExcelError {
  if (isError(left)) return left;
  if (isError(right)) return right;
  const a = left === null ? emptyLike(right) : left;
  const b = right === null ? emptyLike(left) : right;
  const rankDifference = typeRank(a) - typeRank(b);
  if (rankDifference !== 0) return Math.sign(rankDifference);
  if (typeof a === 'number') return compareNumbers(a, b as number);
  if (typeof a === 'string') {
    const [upperA, upperB] = [a.toUpperCase(), (b as string).toUpperCase()];
    return upperA === upperB ? 0 : upperA < upperB ? -1 : 1;
  }
  return a === b ? 0 : a ? 1 : -1;
}
