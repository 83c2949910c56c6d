import { toNumber } from './coerce';
import { compareValues } from './compare';
import { hasWildcards, wildcardPattern } from './wildcards';
import { ExcelError, isError, Scalar } from './values';

/** Whether a cell meets a COUNTIF/SUMIF criterion. */
export type Criterion = (value: Scalar) => boolean;

const OPERATOR = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/;

function orderTest(operator: string): (order: number) => boolean {
  switch (operator) {
    case '<': return (order) => order < 0;
    case '>': return (order) => order > 0;
    case '<=': return (order) => order <= 0;
    case '>=': return (order) => order >= 0;
    case '<>': return (order) => order !== 0;
    default: return (order) => order === 0;
  }
}

/** Cells of the operand's kind compared with it; "<>" also takes every cell of another kind. */
function typed(operator: string, operand: number | boolean, isKind: (value: Scalar) => boolean): Criterion {
  const test = orderTest(operator);
  return (value) => (isKind(value) ? test(compareValues(value, operand) as number) : operator === '<>');
}

function textCriterion(operator: string, operand: string): Criterion {
  if (operand === '') {
    if (operator === '<>') return (value) => value !== null;
    // "" takes blank cells and empty text; "=" only blank cells.
    return operator === '=' ? (value) => value === null : (value) => value === null || value === '';
  }
  if (operator === '' || operator === '=' || operator === '<>') {
    const pattern = hasWildcards(operand) ? wildcardPattern(operand, true) : undefined;
    const upper = operand.toUpperCase();
    const matches = (value: Scalar) => typeof value === 'string' && (pattern ? pattern.test(value) : value.toUpperCase() === upper);
    return operator === '<>' ? (value) => !matches(value) : matches;
  }
  const test = orderTest(operator);
  return (value) => typeof value === 'string' && test(compareValues(value, operand) as number);
}

const isNumber = (value: Scalar) => typeof value === 'number';
const isBoolean = (value: Scalar) => typeof value === 'boolean';

/**
 * The test a COUNTIF or SUMIF criterion stands for: a number or boolean matches equal cells; a
 * text may start with =, <>, <, >, <= or >= and compares numerically when the rest is a number
 * ("<0", ">1"), as a boolean for TRUE/FALSE, otherwise as text without regard to case, with wildcards.
 *
 * @example
 * criterionOf('<0')!(-1) // => true
 * criterionOf('pause')!('Pause') // => true
 */
export function criterionOf(criterion: Scalar): Criterion | ExcelError {
  if (isError(criterion)) return criterion;
  if (typeof criterion === 'number') return typed('=', criterion, isNumber);
  if (typeof criterion === 'boolean') return typed('=', criterion, isBoolean);
  const [, operator = '', operand] = OPERATOR.exec(criterion ?? '')!;
  const number = operand.trim() === '' ? undefined : toNumber(operand);
  if (typeof number === 'number') return typed(operator, number, isNumber);
  const upper = operand.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return typed(operator, upper === 'TRUE', isBoolean);
  return textCriterion(operator, operand);
}
