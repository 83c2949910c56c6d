/**
 * The FAST timeline flags: 1 or 0 in every timeline column, so a row switches its amounts on and
 * off by multiplying, with one formula across the row, instead of an IF buried in it.
 */
export interface TimelineFlagRows {
  /** month 0: the one-time amounts */
  readonly initial: number;
  /** months 1 on: the running amounts */
  readonly operating: number;
  /** months from go-live (implementation_months + 1) on: adoption */
  readonly goLive: number;
  /** months up to horizon_months: a month past it counts for nothing */
  readonly inHorizon: number;
}

export type TimelineFlag = keyof TimelineFlagRows;

/** The parts of a line's amount in one column, as formula text without "=". */
export interface LineAmountParts {
  readonly month0?: string;
  readonly running?: string;
}

/**
 * A line's formula in one column: its one-time amount under the month-0 flag plus its running
 * amount under the operating and in-horizon flags; `flag` gives a flag's cell in that column.
 *
 * @example
 * lineAmountFormula({ month0: 'one_time', running: 'fee' }, (f) => `${f}!E$9`) // '=initial!E$9*(one_time)+operating!E$9*inHorizon!E$9*(fee)'
 */
export function lineAmountFormula(parts: LineAmountParts, flag: (name: TimelineFlag) => string): string {
  const terms: string[] = [];
  if (parts.month0 !== undefined) terms.push(`${flag('initial')}*(${parts.month0})`);
  if (parts.running !== undefined) terms.push(`${flag('operating')}*${flag('inHorizon')}*(${parts.running})`);
  return `=${terms.join('+')}`;
}
