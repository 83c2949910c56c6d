import { absRef, ref } from './a1';
import { Formats } from './formats';
import { IRR_SEARCH_HIGH_NAME, IRR_SEARCH_LOW_NAME } from './inputNames';
import { SheetBuilder } from './sheetBuilder';
import { LABEL_COL, PARAM_COL, TOTAL_COL, UNIT_COL } from './timeline';

/**
 * Halvings of the IRR bracket: 101 / 2^40 ≈ 1e-10 per month (an annual rate to about 1e-9), so the
 * bisection alone pins the rate and Excel's IRR, started there, converges at once in every engine.
 */
export const IRR_BISECTION_STEPS = 40;

/** Left of the month columns (month 0 at most), so the table never mixes with a timeline row. */
const COL = { step: LABEL_COL, low: UNIT_COL, high: PARAM_COL, middle: TOTAL_COL, npvMiddle: TOTAL_COL + 1 } as const;

export interface IrrSearchCells {
  /** 1 when NPV changes sign between the bracket's ends (a root lies inside), else 0 */
  readonly bracketHolds: number;
  /** the monthly IRR: Excel's IRR started from the bisection's rate */
  readonly monthlyIrr: number;
  readonly nextRow: number;
}

/**
 * A bisection of NPV(rate) = 0 written as a table, one step per row: why a workbook IRR needs
 * no guess to converge. NPV at a monthly rate x is SUMPRODUCT(flows, (1 + x)^−month) over the
 * period flows (monthly, or each year's net in its last month under end-of-year discounting).
 * The low end's NPV keeps its sign throughout, so each row compares the middle's sign with it.
 */
export function writeIrrSearch(sheet: SheetBuilder, startRow: number, periodFlows: string, months: string, formats: Formats): IrrSearchCells {
  const npvAt = (rate: string) => `SUMPRODUCT(${periodFlows},(1+${rate})^(-${months}))`;
  let row = startRow;
  sheet.text(row++, LABEL_COL, 'IRR search: bisection of NPV(monthly rate) = 0 between the bracket on the Inputs sheet', 'note');
  const [lowSign, highSign, bracketHolds, monthlyIrr, header] = [row++, row++, row++, row++, row++];
  const scalar = (at: number, label: string, formula: string, numberFormat: string) => {
    sheet.text(at, LABEL_COL, label, 'label');
    sheet.formula(at, PARAM_COL, formula, 'calculation', numberFormat);
  };
  scalar(lowSign, 'Sign of the NPV at the lowest rate', `=SIGN(${npvAt(IRR_SEARCH_LOW_NAME)})`, '0');
  scalar(highSign, 'Sign of the NPV at the highest rate', `=SIGN(${npvAt(IRR_SEARCH_HIGH_NAME)})`, '0');
  scalar(bracketHolds, 'IRR bracket holds a root (the two signs differ; 1 = yes)', `=IF(${absRef(lowSign, PARAM_COL)}*${absRef(highSign, PARAM_COL)}<0,1,0)`, '0');
  const headers: [number, string][] = [[COL.step, 'Step'], [COL.low, 'Low rate'], [COL.high, 'High rate'], [COL.middle, 'Middle rate'], [COL.npvMiddle, 'NPV at middle']];
  for (const [col, text] of headers) sheet.text(header, col, text, 'tableHeader');
  const first = header + 1;
  const keepsLowSign = absRef(lowSign, PARAM_COL);
  for (let step = 0; step < IRR_BISECTION_STEPS; step++) {
    const at = first + step;
    sheet.text(at, COL.step, `Step ${step + 1}`, 'label');
    if (step === 0) {
      sheet.formula(at, COL.low, `=${IRR_SEARCH_LOW_NAME}`, 'calculation', formats.rate4);
      sheet.formula(at, COL.high, `=${IRR_SEARCH_HIGH_NAME}`, 'calculation', formats.rate4);
    } else {
      const sameSign = `SIGN(${ref(at - 1, COL.npvMiddle)})=${keepsLowSign}`;
      sheet.formula(at, COL.low, `=IF(${sameSign},${ref(at - 1, COL.middle)},${ref(at - 1, COL.low)})`, 'calculation', formats.rate4);
      sheet.formula(at, COL.high, `=IF(${sameSign},${ref(at - 1, COL.high)},${ref(at - 1, COL.middle)})`, 'calculation', formats.rate4);
    }
    sheet.formula(at, COL.middle, `=(${ref(at, COL.low)}+${ref(at, COL.high)})/2`, 'calculation', formats.rate4);
    sheet.formula(at, COL.npvMiddle, `=${npvAt(ref(at, COL.middle))}`, 'calculation', formats.money);
  }
  const last = first + IRR_BISECTION_STEPS - 1;
  const bisected = absRef(last, COL.middle);
  scalar(monthlyIrr, 'IRR per month (Excel\'s IRR started from the bisection)', `=IFERROR(IRR(${periodFlows},${bisected}),${bisected})`, formats.rate4);
  return { bracketHolds, monthlyIrr, nextRow: last + 1 };
}
