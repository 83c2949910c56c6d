import { IMMEDIATE_PAYBACK, PERCENT_DISPLAY_LIMIT } from '../../core/model/summaryTable';
import type { NumberField } from '../../core/inputs/fields';

/**
 * Excel number formats. Money carries the workbook's ISO currency code (validated as three
 * capital letters, so it is safe inside a quoted format section).
 */
export interface Formats {
  /** whole currency amounts: monthly flows, annual totals */
  readonly money: string;
  /** currency with cents: unit costs, per-contact figures */
  readonly moneyCents: string;
  readonly count: string;
  /** amounts of a billion and more, e.g. an input's accepted maximum: "USD 1,000 bn" */
  readonly moneyBillions: string;
  readonly countBillions: string;
  readonly rate: string;
  /** small rates shown to four decimals, e.g. a monthly discount rate */
  readonly rate4: string;
  /** ROI and other returns shown as percentages; above 1,000% only that (the value stays in the cell) */
  readonly percent: string;
  /** payback months: 0 reads "immediate (no initial investment)" */
  readonly paybackMonths: string;
  readonly multiplier: string;
  readonly months: string;
  readonly decimal: string;
  readonly date: string;
  readonly factor: string;
  /** the ISO currency code, for labels that name the unit, e.g. a chart's axis title "NPV (USD)" */
  readonly currency: string;
  /** a chart axis in thousands: 1,500,000 reads "1,500k" (the axis title names the currency) */
  readonly chartThousands: string;
}

/** Month dates, e.g. "Jan 2027": the Model's timeline and the start-month input. */
export const DATE_FORMAT = 'mmm yyyy';

export function formatsFor(currency: string): Formats {
  const code = `"${currency} "`;
  return {
    // Negatives in parentheses, the finance convention: "(367,500)" reads as money out at a glance.
    money: `${code}#,##0;${code}(#,##0);${code}0`,
    moneyCents: `${code}#,##0.00;${code}(#,##0.00);${code}0.00`,
    count: '#,##0',
    moneyBillions: `${code}#,##0,,," bn"`,
    countBillions: '#,##0,,," bn"',
    rate: '0.0%',
    rate4: '0.0000%',
    // An explicit negative section: LibreOffice drops the minus of a negative in a conditional format's "else" section.
    percent: `[>${PERCENT_DISPLAY_LIMIT}]"> 1,000%";[<0]-0.0%;0.0%`,
    paybackMonths: `0.0;-0.0;"${IMMEDIATE_PAYBACK}"`,
    multiplier: '0.00"×"',
    months: '0.0',
    decimal: '#,##0.00',
    date: DATE_FORMAT,
    factor: '0.0000',
    currency,
    chartThousands: '#,##0,"k";-#,##0,"k";0',
  };
}

/** The format of a number input's cell: its unit's, money to the cent only where the field says cents matter. */
export function inputFormat(field: Pick<NumberField, 'unit' | 'cents'>, formats: Formats): string {
  switch (field.unit) {
    case 'money':
      return field.cents ? formats.moneyCents : formats.money;
    case 'rate':
      return formats.rate;
    case 'ratio':
      return formats.decimal;
    case 'count':
      return formats.count;
    case 'months':
    case 'month':
    case 'periods':
      return '0';
    case 'minutes':
    case 'hours':
      return '#,##0.0';
  }
}
