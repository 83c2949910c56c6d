import { irr } from '../../core/finance/irr';
import { mirr } from '../../core/finance/mirr';
import { numbersOf } from './coerce';
import { FunctionSpec } from './functionSpec';
import { asMatrix, ExcelError, excelError, isError, Value } from './values';

/** The cash flows of a range: its numbers in order, text, booleans and blanks skipped, as Excel's IRR takes them. */
function flowsOf(values: Value): number[] | ExcelError {
  const flows: number[] = [];
  for (const value of asMatrix(values).values) {
    if (isError(value)) return value;
    if (typeof value === 'number') flows.push(value);
  }
  return flows;
}

/**
 * IRR(values, [guess]): the rate per period at which the flows' NPV is zero, from the guess
 * (10% by default); #NUM! when there is none. The core's solver (Newton from the guess, then a
 * bracketed search), so the workbook's stored IRR is the core's.
 *
 * @example
 * excelIrr([{ rows: 1, cols: 2, values: [-1000, 1100] }]) // => 0.1 (to rounding)
 */
export function excelIrr([values, guess]: readonly Value[]): Value {
  const flows = flowsOf(values);
  if (isError(flows)) return flows;
  const start = guess === undefined ? [0.1] : numbersOf([guess]);
  if (isError(start)) return start;
  const result = irr(flows, 1, start[0]);
  return result.ok ? result.value : excelError('#NUM!');
}

/**
 * MIRR(values, finance_rate, reinvest_rate) per period, as Excel defines it; #DIV/0! without
 * both a negative and a positive flow.
 *
 * @example
 * excelMirr([{ rows: 1, cols: 3, values: [-1000, 600, 600] }, 0.1, 0.1]) // => 0.12249… (√1.26 − 1)
 */
export function excelMirr([values, financeRate, reinvestRate]: readonly Value[]): Value {
  const flows = flowsOf(values);
  if (isError(flows)) return flows;
  const rates = numbersOf([financeRate, reinvestRate]);
  if (isError(rates)) return rates;
  const result = mirr(flows, rates[0], rates[1], 1);
  if (result.ok) return result.value;
  return excelError(result.error.kind === 'divideByZero' ? '#DIV/0!' : '#NUM!');
}

export const FINANCE_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  IRR: { minArgs: 1, maxArgs: 2, apply: excelIrr },
  MIRR: { minArgs: 3, maxArgs: 3, apply: excelMirr },
};
