/**
 * The monthly timeline shared by the Model, the scenario blocks and Tracking: the same columns
 * on every sheet, so a row's formula can refer to another sheet's row in its own column.
 */
export interface Timeline {
  /** H, months after month 0 */
  readonly months: number;
  readonly month0Col: number;
  readonly firstCol: number;
  readonly lastCol: number;
  /** year columns on the Annual sheet: ceil(H/12), the last one partial when H is not a multiple of 12 */
  readonly years: number;
}

/** Columns before the timeline: label, unit, parameter (risk or driver), total. */
export const LABEL_COL = 0;
export const UNIT_COL = 1;
export const PARAM_COL = 2;
export const TOTAL_COL = 3;
const MONTH0_COL = 4;
/** wide enough for a bold seven-digit amount with its currency code, e.g. "USD 1,400,000" */
export const MONTH_WIDTH = 14;

export function makeTimeline(months: number): Timeline {
  return { months, month0Col: MONTH0_COL, firstCol: MONTH0_COL + 1, lastCol: MONTH0_COL + months, years: Math.ceil(months / 12) };
}

