import { compareValues } from './compare';
import { scalarOf, toBoolean, toNumber } from './coerce';
import { FUNCTIONS } from './functions';
import { applyBinary, applyUnary } from './operators';
import { FormulaNode } from './parser';
import { excelError, isError, Matrix, Scalar, Value } from './values';

/** Where a formula is evaluated: its sheet, the workbook's cells and its names. */
export interface EvaluationContext {
  readonly sheet: string;
  /** a cell's value (a blank is null; a sheet that does not exist is #REF!) */
  cell(sheet: string, row: number, col: number): Scalar;
  /** the parsed reference of a workbook name (names are case-insensitive), undefined when there is none */
  name(name: string): FormulaNode | undefined;
}

type RefNode = Extract<FormulaNode, { type: 'ref' }>;

function block(node: RefNode, context: EvaluationContext): Matrix {
  const sheet = node.sheet ?? context.sheet;
  const [top, bottom] = [Math.min(node.start.row, node.end.row), Math.max(node.start.row, node.end.row)];
  const [left, right] = [Math.min(node.start.col, node.end.col), Math.max(node.start.col, node.end.col)];
  const cols = right - left + 1;
  const values: Scalar[] = [];
  for (let row = top; row <= bottom; row++) {
    for (let col = left; col <= right; col++) values.push(context.cell(sheet, row, col));
  }
  return { rows: bottom - top + 1, cols, values };
}

function isSingleCell(node: RefNode): boolean {
  return node.start.row === node.end.row && node.start.col === node.end.col;
}

/** A name's or a reference's target, with names followed to what they refer to. */
function referenced(node: FormulaNode, context: EvaluationContext): FormulaNode | undefined {
  if (node.type !== 'name') return node;
  return context.name(node.name);
}

/**
 * An argument of a function: a reference (or a name for one) stays a block, even of one cell, so
 * that SUM, COUNT and AND treat its text as a range's and ignore it, as Excel does.
 */
function argument(node: FormulaNode, context: EvaluationContext): Value {
  const target = referenced(node, context);
  if (target?.type === 'ref') return block(target, context);
  return evaluateNode(node, context);
}

function conditional(args: readonly FormulaNode[], context: EvaluationContext): Value {
  const condition = toBoolean(evaluateNode(args[0], context));
  if (isError(condition)) return condition;
  if (condition) return evaluateNode(args[1], context);
  return args.length > 2 ? evaluateNode(args[2], context) : false;
}

function orOnError(args: readonly FormulaNode[], context: EvaluationContext): Value {
  const value = evaluateNode(args[0], context);
  const single = scalarOf(value);
  return isError(single) ? evaluateNode(args[1], context) : value;
}

/** IF and IFERROR take their arguments unevaluated: only the branch returned is computed. */
const LAZY: Readonly<Record<string, { min: number; max: number; apply: (args: readonly FormulaNode[], context: EvaluationContext) => Value }>> = {
  IF: { min: 2, max: 3, apply: conditional },
  IFERROR: { min: 2, max: 2, apply: orOnError },
};

function checkArity(name: string, count: number, min: number, max: number): void {
  if (count < min || count > max) throw new Error(`${name} takes ${min === max ? min : `${min} to ${max}`} arguments; got ${count}.`);
}

function call(node: Extract<FormulaNode, { type: 'call' }>, context: EvaluationContext): Value {
  const { name, args } = node;
  const lazy = LAZY[name];
  if (lazy !== undefined) {
    checkArity(name, args.length, lazy.min, lazy.max);
    return lazy.apply(args, context);
  }
  const spec = FUNCTIONS.get(name);
  if (spec === undefined) throw new Error(`The function ${name} is not one the workbook's evaluator knows.`);
  checkArity(name, args.length, spec.minArgs, spec.maxArgs);
  return spec.apply(args.map((arg) => argument(arg, context)));
}

/**
 * The value of a parsed formula, with Excel's semantics: a single-cell reference is its value,
 * a range a block of values, IF and IFERROR evaluate only the branch they take. Throws for a
 * function it does not know (rather than store a value Excel would not show).
 *
 * @example
 * evaluateNode(parseFormula('=1+2*3'), context) // => 7
 */
export function evaluateNode(node: FormulaNode, context: EvaluationContext): Value {
  switch (node.type) {
    case 'literal': return node.value;
    case 'ref': return isSingleCell(node) ? context.cell(node.sheet ?? context.sheet, node.start.row, node.start.col) : block(node, context);
    case 'name': {
      const target = context.name(node.name);
      return target === undefined ? excelError('#NAME?') : evaluateNode(target, context);
    }
    case 'unary': return applyUnary(node.operator, evaluateNode(node.operand, context));
    case 'binary': return applyBinary(node.operator, evaluateNode(node.left, context), evaluateNode(node.right, context));
    case 'call': return call(node, context);
  }
}

/**
 * A whole formula's value. Excel corrects the last operation of a formula when it is an addition
 * or subtraction whose operands cancel to within 15 significant digits: the result is 0, not the
 * binary rounding residue (=SUM(A)-SUM(B) of equal totals shows 0, not 1.1E-08). Only the last
 * operation: Excel shows =1*(0.5-0.4-0.1) as -2.78E-17.
 *
 * @example
 * evaluateFormula(parseFormula('=0.5-0.4-0.1'), context) // => 0
 */
export function evaluateFormula(node: FormulaNode, context: EvaluationContext): Value {
  if (node.type !== 'binary' || (node.operator !== '+' && node.operator !== '-')) return evaluateNode(node, context);
  const left = evaluateNode(node.left, context);
  const right = evaluateNode(node.right, context);
  const result = applyBinary(node.operator, left, right);
  if (typeof result !== 'number' || result === 0) return result;
  const [a, b] = [toNumber(left), toNumber(right)];
  if (typeof a !== 'number' || typeof b !== 'number') return result;
  return compareValues(a, node.operator === '-' ? b : -b) === 0 ? 0 : result;
}
