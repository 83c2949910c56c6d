import { toNumber, toText } from './coerce';
import { compareValues } from './compare';
import { BinaryOperator } from './parser';
import { excelError, isError, isMatrix, Matrix, Scalar, Value } from './values';

type ScalarOperation = (left: Scalar, right: Scalar) => Scalar;

/** A finite number, or Excel's #NUM! for an overflow. */
function finiteOrNum(value: number): Scalar {
  return Number.isFinite(value) ? value : excelError('#NUM!');
}

function arithmetic(apply: (a: number, b: number) => Scalar): ScalarOperation {
  return (left, right) => {
    const a = toNumber(left);
    if (isError(a)) return a;
    const b = toNumber(right);
    if (isError(b)) return b;
    return apply(a, b);
  };
}

function power(base: number, exponent: number): Scalar {
  if (base === 0 && exponent === 0) return excelError('#NUM!');
  if (base === 0 && exponent < 0) return excelError('#DIV/0!');
  return finiteOrNum(Math.pow(base, exponent));
}

function comparison(test: (order: number) => boolean): ScalarOperation {
  return (left, right) => {
    const order = compareValues(left, right);
    return isError(order) ? order : test(order);
  };
}

const OPERATIONS: Record<BinaryOperator, ScalarOperation> = {
  '+': arithmetic((a, b) => finiteOrNum(a + b)),
  '-': arithmetic((a, b) => finiteOrNum(a - b)),
  '*': arithmetic((a, b) => finiteOrNum(a * b)),
  '/': arithmetic((a, b) => (b === 0 ? excelError('#DIV/0!') : finiteOrNum(a / b))),
  '^': arithmetic(power),
  '&': (left, right) => {
    const a = toText(left);
    if (isError(a)) return a;
    const b = toText(right);
    return isError(b) ? b : a + b;
  },
  '=': comparison((order) => order === 0),
  '<>': comparison((order) => order !== 0),
  '<': comparison((order) => order < 0),
  '>': comparison((order) => order > 0),
  '<=': comparison((order) => order <= 0),
  '>=': comparison((order) => order >= 0),
};

/**
 * An element of an operand stretched to a shape: a single row is repeated down, a single column
 * across, and a position outside a larger block is #N/A, as in Excel's array arithmetic.
 */
function elementAt(matrix: Matrix, row: number, col: number): Scalar {
  const r = matrix.rows === 1 ? 0 : row;
  const c = matrix.cols === 1 ? 0 : col;
  return r < matrix.rows && c < matrix.cols ? matrix.values[r * matrix.cols + c] : excelError('#N/A');
}

function elementWise(left: Matrix, right: Matrix, operation: ScalarOperation): Matrix {
  const rows = Math.max(left.rows, right.rows);
  const cols = Math.max(left.cols, right.cols);
  const values: Scalar[] = new Array(rows * cols);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) values[row * cols + col] = operation(elementAt(left, row, col), elementAt(right, row, col));
  }
  return { rows, cols, values };
}

const SINGLE = (value: Scalar): Matrix => ({ rows: 1, cols: 1, values: [value] });

/**
 * Applies a binary operator with Excel's coercions, element by element over arrays.
 *
 * @example
 * applyBinary('+', '2', true) // => 3
 * applyBinary('>', { rows: 1, cols: 2, values: [1, 3] }, 2) // => { rows: 1, cols: 2, values: [false, true] }
 */
export function applyBinary(operator: BinaryOperator, left: Value, right: Value): Value {
  const operation = OPERATIONS[operator];
  if (!isMatrix(left) && !isMatrix(right)) return operation(left, right);
  return elementWise(isMatrix(left) ? left : SINGLE(left), isMatrix(right) ? right : SINGLE(right), operation);
}

function unaryScalar(operator: '-' | '+' | '%', operand: Scalar): Scalar {
  // Unary plus leaves a value as it is, text included.
  if (operator === '+') return operand;
  const number = toNumber(operand);
  if (isError(number)) return number;
  return operator === '-' ? -number : number / 100;
}

/**
 * Applies unary minus, unary plus or a percent sign, element by element over arrays.
 *
 * @example
 * applyUnary('-', '3') // => -3
 * applyUnary('%', 50) // => 0.5
 */
export function applyUnary(operator: '-' | '+' | '%', operand: Value): Value {
  if (!isMatrix(operand)) return unaryScalar(operator, operand);
  return { rows: operand.rows, cols: operand.cols, values: operand.values.map((value) => unaryScalar(operator, value)) };
}
